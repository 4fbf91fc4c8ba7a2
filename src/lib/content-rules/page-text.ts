/**
 * What the content rules read of a page: its body lines outside code fences, MDX comments,
 * import lines and front matter, each with its line number in the whole file.
 */
import { isForFamiliesOrChildren } from '../taxonomy.ts';

export interface RulePage {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	data: Record<string, unknown>;
	body: string;
	/** Line (1-based, in the whole file) of the first body line. */
	bodyStartLine: number;
}

export interface BodyLine {
	text: string;
	/** 1-based line in the whole file. */
	line: number;
}

export function bodyLines(page: RulePage): BodyLine[] {
	const out: BodyLine[] = [];
	let inFence = false;
	page.body.split(/\r?\n/).forEach((raw, i) => {
		if (/^\s*(```|~~~)/.test(raw)) {
			inFence = !inFence;
			return;
		}
		if (inFence || /^\s*(import|export)\s/.test(raw)) return;
		out.push({ text: raw.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' '), line: i + page.bodyStartLine });
	});
	return out;
}

/** The page's audiences from its front matter. */
export function audiences(page: RulePage): string[] {
	return Array.isArray(page.data.audience) ? page.data.audience.map(String) : [];
}

/** True when the page is for families or for children and young people. */
export function isForFamilies(page: RulePage): boolean {
	return isForFamiliesOrChildren(audiences(page));
}

export interface TagUse {
	attributes: Record<string, string>;
	/** 1-based line in the whole file where the tag starts. */
	line: number;
}

/**
 * Every opening tag <Name …> in the body, including one written over several lines (the
 * line-by-line helpers in mdx-text.ts miss those), outside code fences.
 */
export function componentUses(page: RulePage, name: string): TagUse[] {
	const lines = page.body.split(/\r?\n/);
	let inFence = false;
	// Blank out fenced code so offsets still map to lines.
	const text = lines
		.map((l) => {
			const fence = /^\s*(```|~~~)/.test(l);
			if (fence) inFence = !inFence;
			return fence || inFence ? '' : l;
		})
		.join('\n');
	const uses: TagUse[] = [];
	const tag = new RegExp(`<${name}(?=[\\s/>])([^>]*?)\\/?>`, 'g');
	for (const m of text.matchAll(tag)) {
		const attributes: Record<string, string> = {};
		for (const a of m[1].matchAll(/([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g)) {
			attributes[a[1]] = a[2] ?? a[3] ?? a[4] ?? 'true';
		}
		const line = text.slice(0, m.index).split('\n').length + page.bodyStartLine - 1;
		uses.push({ attributes, line });
	}
	return uses;
}
