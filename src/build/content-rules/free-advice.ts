/**
 * Free advice: one rule, one place. Who gets free legal advice is said only by
 * <FreeAdvice for="…"> (src/components/content/FreeAdvice.astro), because a page that says it
 * in its own words drifts: the December 2026 legal review found the parents' promise on a
 * leaflet for relatives, and "It is free" said without its condition (findings 3 and 4).
 *
 * 1. No body states the rule in its own words (the phrases below are the rule's wording).
 * 2. Every <FreeAdvice> and <WhoCanHelp> says who it is for.
 * 3. Neither shows a version for a reader the page is not for: the parents' promise never
 *    appears on a page for relatives and friends or for children.
 */
import type { ContentProblem } from '../content-check.ts';
import { findContainers } from '../mdx-text.ts';
import { bodyLines } from './page-text.ts';
import type { PageRule, RulePage } from './types.ts';
import { ADVICE_READERS, readersOf, type AdviceReader } from '../../lib/readers.ts';

/** Wording that states who gets free legal advice. */
const RULE_WORDING: RegExp[] = [
	/whatever (?:your|their|my|his|her) income/i,
	/(?:does not|doesn['’]t) matter how much money/i,
	/means (?:or|and) merits test/i,
	// "advice is free" as a statement; "when (their) help is free" asks the question and may link to the answer.
	/(?<!\b(?:when|if|whether)\s+(?:[\w'’]+\s+){0,2})\b(?:advice|help|solicitors?) (?:is|are) free\b/i,
	/\bfree (?:legal )?(?:advice|help) from a (?:family )?solicitor/i,
	/\b(?:get|have) a free solicitor/i,
];

export function checkFreeAdvice(page: RulePage): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { text, line } of bodyLines(page)) {
		const hit = RULE_WORDING.map((re) => re.exec(text)).find(Boolean);
		if (hit) {
			problems.push({
				file: page.file,
				line,
				column: hit.index + 1,
				field: 'free advice',
				message: `"${hit[0]}" says who gets free legal advice in the page's own words. Use <FreeAdvice for="parents|kinship-carers|children|practitioners" /> instead: it is the one place the rule is said`,
			});
		}
	}
	const readers = readersOf(page.data);
	for (const name of ['FreeAdvice', 'WhoCanHelp']) {
		for (const use of findContainers(page.mdx, name)) {
			const place = page.bodyPlace(use);
			const reader = use.attributes.for;
			if (!reader || !(ADVICE_READERS as readonly string[]).includes(reader)) {
				problems.push({
					file: page.file,
					...place,
					field: name,
					message: `say who it is for: for="parents", "kinship-carers", "children"${name === 'FreeAdvice' ? ' or "practitioners"' : ''}`,
				});
			} else if (!readers.includes(reader as AdviceReader)) {
				problems.push({
					file: page.file,
					...place,
					field: name,
					message: `for="${reader}" is not for this page's readers (${readers.join(', ') || 'none'}). A page for relatives, friends or children must not show another reader's free-advice wording; set readers in the front matter if the page's readers are wrong`,
				});
			}
		}
	}
	return problems;
}

export const freeAdvice: PageRule = { name: 'free-advice', check: (page) => checkFreeAdvice(page) };
