/**
 * Content rules that look at one page (or glossary entry) at a time, each in its
 * own module. checkContent (src/build/content-check.ts) runs every rule listed
 * here on every page, so the build stops with the file and line.
 */
import { checkMadeLinks } from './made-links.ts';
import { checkFreeAdvice } from './free-advice.ts';
import { checkGlossaryRightToRemove, checkRightToRemove } from './right-to-remove.ts';
import {
	checkGlossaryWales,
	checkHandWrittenWalesNote,
	checkEnglandPassages,
	checkWalesNote,
	checkWalesPage,
} from './wales-note.ts';
import type { EnglandOnlyEntry } from './england-only.ts';
import type { ContentProblem, RuleGlossaryEntry, RulePage } from './types.ts';

export type { RuleGlossaryEntry, RulePage } from './types.ts';

/** What the rules may need besides the page: data loaded once from content/data/. */
export interface RuleContext {
	/** content/data/england-only.yaml */
	englandOnly: readonly EnglandOnlyEntry[];
}

export const PAGE_RULES: { name: string; check: (page: RulePage, context: RuleContext) => ContentProblem[] }[] = [
	{ name: 'wales-note', check: (page, context) => checkWalesNote(page, context.englandOnly) },
	{ name: 'wales-passage', check: (page, context) => checkEnglandPassages(page, context.englandOnly) },
	{ name: 'wales-aside', check: (page) => checkHandWrittenWalesNote(page) },
	{ name: 'wales-page', check: (page) => checkWalesPage(page) },
	{ name: 'made-links', check: (page) => checkMadeLinks(page) },
	{ name: 'free-advice', check: (page) => checkFreeAdvice(page) },
	{ name: 'right-to-remove', check: (page) => checkRightToRemove(page) },
];

export const GLOSSARY_RULES: {
	name: string;
	check: (entry: RuleGlossaryEntry, context: RuleContext) => ContentProblem[];
}[] = [
	{ name: 'glossary-wales', check: (entry, context) => checkGlossaryWales(entry, context.englandOnly) },
	{
		name: 'glossary-right-to-remove',
		check: (entry) => checkGlossaryRightToRemove(entry.id, entry.data, entry.file, (field) => entry.lineOf([field])),
	},
];
