/**
 * Section 20 / section 76: wherever a family reads about it, they read their right to say no
 * and to take their child home at any time (Children Act 1989 s.20(7)–(8); Williams v Hackney
 * [2018] UKSC 37). The December 2026 legal review's findings 1 and 2: pages said a parent
 * "can ask for their child back", and the easy-read leaflet never said they could.
 *
 * A page for families or children whose text mentions section 20 or section 76 must show
 * <RightToRemove> (src/components/content/RightToRemove.astro), the one wording of the right.
 * The glossary entries for section 20 and section 76 must say it in their own definitions,
 * since glossary pop-ups show them on any page.
 */
import type { ContentProblem } from '../content-check.ts';
import { findContainers } from '../mdx-text.ts';
import { bodyLines, columnOf, isForFamilies } from './page-text.ts';
import type { GlossaryRule, PageRule, RulePage } from './types.ts';

// "adran 76": a Welsh page (content/cy/) names it in Welsh.
const MENTION =
	/\b(?:section|adran)[\s-]+(?:20|76)\b|\bs\.\s?(?:20|76)\b|\bs(?:20|76)\b|<Term\s+id=["']section-(?:20|76)["']/i;

/**
 * Whether a line of page text mentions section 20 or 76. A link's address is not read as a
 * mention: the step-by-step page /situations/asked-to-agree-section-20/ is linked from pages
 * that do not talk about section 20, while the words of the link (and of every page that does
 * talk about it) still count.
 */
export function mentionsSection20(text: string): boolean {
	return MENTION.test(text.replace(/\]\([^)\s]*\)/g, ']()').replace(/\bhref=(["'])[^"']*\1/g, 'href=""'));
}

/** Glossary entries whose definitions must state the right, and the words that show they do. */
export const RIGHT_TO_REMOVE_TERMS = ['section-20', 'section-76'];
export function statesRightToRemove(text: string): boolean {
	return /\bany time\b/i.test(text) && /\b(?:remove|take (?:your|their|the) child (?:back )?home)\b/i.test(text);
}

export function checkRightToRemove(page: RulePage): ContentProblem[] {
	if (!isForFamilies(page)) return [];
	const first = bodyLines(page).find((l) => mentionsSection20(l.text));
	if (!first) return [];
	if (findContainers(page.mdx, 'RightToRemove').length) return [];
	return [
		{
			file: page.file,
			line: first.line,
			column: columnOf(first.text, MENTION),
			field: 'section 20',
			message:
				'this page for families mentions section 20 or section 76 but does not say the parent can object and can take the child home at any time. Add <RightToRemove /> (or <RightToRemove easyRead /> in easy read) where the page talks about it',
		},
	];
}

/** For a glossary entry: the problem when it is a section 20/76 entry that does not state the right. */
export function checkGlossaryRightToRemove(
	id: string,
	entry: { definition?: string; easyReadDefinition?: string },
	file: string,
	at: (field: string) => { line: number; column: number },
): ContentProblem[] {
	if (!RIGHT_TO_REMOVE_TERMS.includes(id)) return [];
	return (['definition', 'easyReadDefinition'] as const)
		.filter((field) => !statesRightToRemove(entry[field] ?? ''))
		.map((field) => ({
			file,
			...at(field),
			field,
			message:
				'must say that a parent with parental responsibility can take (remove) the child home at any time, without permission: glossary pop-ups show it on every page',
		}));
}

export const rightToRemove: PageRule = { name: 'right-to-remove', check: (page) => checkRightToRemove(page) };

export const glossaryRightToRemove: GlossaryRule = {
	name: 'glossary-right-to-remove',
	check: (entry) => checkGlossaryRightToRemove(entry.id, entry.data, entry.file, (field) => entry.at([field])),
};
