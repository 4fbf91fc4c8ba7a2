/**
 * Facts the December 2026 legal review found stated wrongly, each kept right by a small rule
 * that checks what is said, not the exact words (shared brief: review-2026-12.md and facts.md
 * "Added December 2026"). One rule an entry; each reports the line and what to write instead.
 *
 * - M5: a family page that says what the court may decide at the end of care proceedings
 *   names foster care and adoption too, not only the hopeful outcomes.
 * - M8: the family group conference trial compared children whose families were *referred
 *   for* a conference: a page quoting its figures says so, and never "with a conference".
 * - M9: a special guardian exercises parental responsibility to the exclusion of others
 *   *apart from another special guardian* (Children Act 1989 s.14C(1)(b)).
 * - M10: "3 of the last 5 years" carries its s.10(10) limit (ended no more than 3 months
 *   before); a foster parent's year is "immediately before" the application (s.14A(5)(d)).
 * - M11: a page that points at "pages for children" links only to pages for children.
 * - M12: the letter before proceedings is expected, not required: never "unless it is an
 *   emergency, the council sends" as if it were a rule without exception in law.
 */
import type { ContentProblem } from '../content-check.ts';
import { bodyLines, isForFamilies, type BodyLine, type RulePage } from './page-text.ts';
import type { SiteRule } from './types.ts';

interface FactRule {
	finding: string;
	check: (
		page: RulePage,
		lines: BodyLine[],
		audienceOf: (path: string) => string[] | undefined,
	) => { line: number; message: string }[];
}

const textOf = (lines: BodyLine[]) => lines.map((l) => l.text).join('\n');

export const FACT_RULES: FactRule[] = [
	{
		finding: 'M5',
		check: (page, lines) => {
			if (!isForFamilies(page) || !/care proceedings/i.test(page.body)) return [];
			const end = lines.find((l) => /\b(?:the court|it) (?:might|may|could) decide\b/i.test(l.text));
			if (!end) return [];
			const text = textOf(lines);
			const missing = ['foster', 'adopt'].filter((w) => !new RegExp(`\\b${w}`, 'i').test(text));
			return missing.length
				? [
						{
							line: end.line,
							message: `says what the court may decide but not that it can be foster care or adoption (${missing.join(', ')} missing). Say so, kindly`,
						},
					]
				: [];
		},
	},
	{
		finding: 'M8',
		check: (_page, lines) => {
			const figure = lines.find((l) => /36\.2\s?%/.test(l.text));
			if (!figure) return [];
			const out: { line: number; message: string }[] = [];
			if (!/referred for/i.test(textOf(lines)))
				out.push({
					line: figure.line,
					message:
						'quotes the family group conference trial without saying it compared children whose families were "referred for" a conference',
				});
			for (const l of lines) {
				if (/(?:36\.2|59)\s?%[^.\n|]*\bwith a (?:family group )?conference\b/i.test(l.text)) {
					out.push({
						line: l.line,
						message:
							'the trial compared families referred for a conference, not families "with a conference": write "referred for a conference"',
					});
				}
			}
			return out;
		},
	},
	{
		finding: 'M9',
		check: (_page, lines) =>
			lines
				.filter(
					(l) =>
						/to the exclusion of/i.test(l.text) &&
						/special guardian/i.test(l.text) &&
						!/(?:apart from|other than|except) another special guardian/i.test(l.text),
				)
				.map((l) => ({
					line: l.line,
					message:
						'a special guardian exercises parental responsibility to the exclusion of others "apart from another special guardian" (s.14C(1)(b)): add it',
				})),
	},
	{
		finding: 'M10',
		check: (_page, lines) => {
			const out: { line: number; message: string }[] = [];
			lines.forEach((l, i) => {
				const near = lines
					.slice(i, i + 3)
					.map((n) => n.text)
					.join(' ');
				if (/\b(?:3|three) of the last (?:5|five) years\b/i.test(l.text) && !/(?:3|three) months/i.test(near)) {
					out.push({
						line: l.line,
						message:
							'"3 of the last 5 years" needs its limit: the period must not have ended more than 3 months before the application (s.10(10))',
					});
				}
				if (
					/foster (?:carer|parent)/i.test(l.text) &&
					/\b(?:1|one) year\b/i.test(l.text) &&
					!/immediately before/i.test(l.text)
				) {
					out.push({
						line: l.line,
						message:
							'a local authority foster parent: the child has lived with them for at least 1 year "immediately before" the application (s.14A(5)(d))',
					});
				}
			});
			return out;
		},
	},
	{
		finding: 'M11',
		// Sentence by sentence: "… are written for parents, not children" must not count.
		check: (_page, lines, audienceOf) =>
			lines.flatMap((l) =>
				l.text
					.split(/(?<=[.!?])\s+(?=[A-Z[])/)
					.filter(
						(sentence) =>
							/\b(?:pages?|leaflets?|guides?) (?:written )?for children\b|\bchildren['’]s (?:pages|leaflets)\b/i.test(
								sentence,
							) && !/\bnot (?:for )?children\b/i.test(sentence),
					)
					.flatMap((sentence) =>
						[...sentence.matchAll(/\]\((\/[^)#]*)/g)]
							.map((m) => m[1])
							.filter((path) => {
								const audience = audienceOf(path);
								return audience !== undefined && !audience.includes('children-and-young-people');
							})
							.map((path) => ({
								line: l.line,
								message: `calls ${path} a page for children, but it is not for children and young people`,
							})),
					),
			),
	},
	{
		finding: 'M12',
		check: (_page, lines) =>
			lines
				.filter((l) =>
					/\b(?:unless it is|except in) an emergency,? (?:the council|the local authority)(?: first)? sends?\b/i.test(
						l.text,
					),
				)
				.map((l) => ({
					line: l.line,
					message:
						'the letter before proceedings is what statutory guidance expects, not a legal precondition: write "usually, unless it is urgent"',
				})),
	},
];

/** Runs every fact rule on a page. `audienceOf` gives the audiences of the page at a site path, when known. */
export function checkReviewFacts(
	page: RulePage,
	audienceOf: (path: string) => string[] | undefined = () => undefined,
): ContentProblem[] {
	const lines = bodyLines(page);
	return FACT_RULES.flatMap((rule) =>
		rule.check(page, lines, audienceOf).map((p) => ({
			file: page.file,
			line: p.line,
			column: firstWord(lines, p.line),
			field: `legal review ${rule.finding}`,
			message: p.message,
		})),
	);
}

/** The column of the first word on a body line: a fact rule reads a line, not a spot on it. */
function firstWord(lines: BodyLine[], line: number): number {
	const text = lines.find((l) => l.line === line)?.text ?? '';
	return text.length - text.trimStart().length + 1;
}

/** Needs every page first: a page that points at "pages for children" is checked against the linked page's audience. */
export const reviewFacts: SiteRule = {
	name: 'review-facts',
	check: (pages, { sitePathOf }) => {
		const audienceByPath = new Map(pages.map((p) => [sitePathOf(p.file), (p.data.audience as string[]) ?? []]));
		return pages.flatMap((page) => checkReviewFacts(page, (path) => audienceByPath.get(path)));
	},
};
