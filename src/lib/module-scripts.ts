/**
 * Tidies a page's <script type="module" src="…"> tags after the build. Astro gives each
 * component's script its own entry file, and when the script is in a shared chunk that file is
 * only `import"./chunk.js";`: a page then asks for three or four such files to reach one chunk.
 * Here each tag of a file that only imports is replaced by tags for what it imports (in the same
 * place, so the order the modules run in is unchanged), a file that is empty is dropped (Starlight's
 * menu-state script, emptied in astro.config.mjs), and a module already on the page is not asked
 * for twice (a module runs once however many tags name it). Fewer requests, less HTML.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const ONLY_IMPORTS = /^\s*(?:import\s*["']\.\/[^"']+\.js["'];?\s*)+$/;
const IMPORT = /import\s*["']\.\/([^"']+\.js)["']/g;

/**
 * `readScript(src)` gives a script's text, or undefined when it is not a file of the site (its
 * tag is kept as it is).
 */
export function simplifyModuleScripts(html: string, readScript: (src: string) => string | undefined): string {
	const seen = new Set<string>();
	const expand = (src: string, depth = 0): string[] => {
		const text = readScript(src);
		if (text === undefined || depth > 5) return [src];
		if (text.trim() === '') return [];
		if (!ONLY_IMPORTS.test(text)) return [src];
		const folder = src.slice(0, src.lastIndexOf('/') + 1);
		return [...text.matchAll(IMPORT)].flatMap((m) => expand(folder + m[1], depth + 1));
	};
	return html.replace(MODULE_SCRIPT, (_tag, src: string) =>
		expand(src)
			.filter((s) => !seen.has(s) && seen.add(s))
			.map((s) => `<script type="module" src="${s}"></script>`)
			.join(''),
	);
}
