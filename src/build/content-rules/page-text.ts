/**
 * What the content rules read of a page: its body lines outside code fences, MDX comments,
 * import lines and front matter, each with its line number in the whole file.
 */
import { isForFamiliesOrChildren } from '../../lib/taxonomy.ts';

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
