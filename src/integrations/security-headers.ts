/**
 * After the build, in one pass over the pages (each page is read and written once):
 * - the component stylesheets are moved from the body to the head (src/lib/hoist-stylesheets.ts);
 * - module script tags go straight to the modules: no file that only imports another, no empty
 *   file, no module twice (src/lib/module-scripts.ts);
 * - the markup only the search indexer needed is removed (src/lib/index-only.ts). Starlight
 *   builds the Pagefind index in its own astro:build:done hook, which runs before this one
 *   (integrations run in the order of astro.config.mjs, and this one comes after starlight());
 * - Astro's CSP <meta> lists the hashes of every script Astro processes, inline or not, but
 *   not the is:inline scripts (the theme and text size script); each page's <meta> is set here
 *   to the hashes of exactly the inline scripts it has (scripts loaded from files are allowed
 *   by 'self');
 * - the hash of every inline script of the site goes into dist/_headers, so the
 *   HTTP Content-Security-Policy allows exactly the site's own scripts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../build/list-files.mjs';
import { stripIndexOnly } from '../lib/index-only.ts';
import { hoistStylesheets } from '../lib/hoist-stylesheets.ts';
import { simplifyModuleScripts } from '../lib/module-scripts.ts';
import { HASH_PLACEHOLDER, addScriptHashesToMeta, inlineScripts, sha256 } from '../build/csp.ts';

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'family-justice-guides:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				if (!existsSync(join(root, 'pagefind', 'pagefind-entry.json'))) {
					throw new Error(
						'security-headers: dist/pagefind/ is missing, so the search index was not built before this step. Keep securityHeaders() after starlight() in astro.config.mjs.',
					);
				}
				const hashes = new Set<string>();
				const scripts = new Map<string, string | undefined>();
				const readScript = (src: string) => {
					if (!scripts.has(src)) {
						const file = join(root, src);
						scripts.set(src, src.startsWith('/_astro/') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
					}
					return scripts.get(src);
				};
				for (const file of listFiles(root, { ext: '.html' })) {
					const html = readFileSync(file, 'utf8');
					const stripped = simplifyModuleScripts(hoistStylesheets(stripIndexOnly(html)), readScript);
					const pageHashes = inlineScripts(stripped).map(sha256);
					pageHashes.forEach((h) => hashes.add(h));
					const patched = addScriptHashesToMeta(stripped, pageHashes);
					if (patched !== html) writeFileSync(file, patched);
				}
				const headersFile = join(root, '_headers');
				const headers = readFileSync(headersFile, 'utf8');
				if (!headers.includes(HASH_PLACEHOLDER))
					throw new Error(`public/_headers must contain ${HASH_PLACEHOLDER} in script-src`);
				writeFileSync(headersFile, headers.replaceAll(HASH_PLACEHOLDER, [...hashes].sort().join(' ')));
				logger.info(
					`component stylesheets moved to the head; index-only markup removed; _headers: ${hashes.size} inline script hashes in the Content-Security-Policy`,
				);
			},
		},
	};
}
