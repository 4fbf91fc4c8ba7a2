/**
 * What the text rules read of a page: its body line by line as the reader's words are placed
 * in it (code, imports and exports, and MDX comments blanked out, from the syntax tree), each
 * line with its line number in the whole file.
 */
import { isForFamiliesOrChildren } from '../../lib/taxonomy.ts';
import { shownSource } from '../mdx-text.ts';
import type { MdxSource } from '../mdx-tree.ts';

/** What the text rules need of a page (a RulePage has all of it). */
export interface TextPage {
	file: string;
	data: Record<string, unknown>;
	body: string;
	/** The parsed body, when the caller has it (the content checks do): otherwise the body is parsed. */
	mdx?: MdxSource;
	/** Line (1-based, in the whole file) of the first body line. */
	bodyStartLine: number;
}

export type { TextPage as RulePage };

export interface BodyLine {
	text: string;
	/** 1-based line in the whole file. */
	line: number;
}

export function bodyLines(page: TextPage): BodyLine[] {
	return shownSource(page.mdx ?? page.body)
		.split('\n')
		.map((text, i) => ({ text: text.replace(/\r$/, ''), line: i + page.bodyStartLine }))
		.filter((l) => l.text.trim());
}

/** The 1-based column of a match in a line of text. */
export const columnOf = (text: string, pattern: RegExp): number => (pattern.exec(text)?.index ?? 0) + 1;

/** The page's audiences from its front matter. */
export function audiences(page: Pick<TextPage, 'data'>): string[] {
	return Array.isArray(page.data.audience) ? page.data.audience.map(String) : [];
}

/** True when the page is for families or for children and young people. */
export function isForFamilies(page: Pick<TextPage, 'data'>): boolean {
	return isForFamiliesOrChildren(audiences(page));
}
