/**
 * The content rules that came from the December 2026 legal review, each proved on fixture
 * content: free advice said only by <FreeAdvice> and only for its readers (findings 3, 4),
 * and the right to take a child home wherever a family reads about section 20/76 (1, 2).
 * The rules are checked, not the wording: each fixture breaks the rule in a new way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/build/content-check.ts';
import { readersOf } from '../../src/lib/readers.ts';
import { mentionsSection20, statesRightToRemove } from '../../src/build/content-rules/right-to-remove.ts';
import { contentWith } from '../helpers/fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsFor(badCase: string): string[] {
	const fixture = contentWith(badCase);
	cleanup = fixture.cleanup;
	return checkContent(fixture.dir, fixture.dir).problems.map(formatProblem);
}

describe('free advice: one rule, one place', () => {
	const rejected: [string, RegExp][] = [
		[
			'free-advice-own-words',
			/^guidance\/own-words\.mdx:16:\d+ — free advice: "whatever your income" says who gets free legal advice in the page's own words\. Use <FreeAdvice/,
		],
		[
			'free-advice-wrong-reader',
			/^easy-read\/for-relatives\.mdx:21:\d+ — WhoCanHelp: for="parents" is not for this page's readers \(kinship-carers\)/,
		],
		[
			'free-advice-children',
			/^easy-read\/for-children\.mdx:20:\d+ — FreeAdvice: for="parents" is not for this page's readers \(children\)/,
		],
		['free-advice-no-reader', /^guidance\/no-reader\.mdx:18:\d+ — FreeAdvice: say who it is for/],
	];
	it.each(rejected)('rejects %s, naming the file, the line and what to do', (badCase, expected) => {
		const problems = problemsFor(badCase);
		expect(
			problems.some((p) => expected.test(p)),
			problems.join('\n'),
		).toBe(true);
	});

	it('accepts the component for the right readers, a question about when help is free, and code', () => {
		expect(problemsFor('free-advice-allowed')).toEqual([]);
	});

	it('works out who a page is for from readers, toolkitRole and audience', () => {
		expect(readersOf({ readers: ['kinship-carers'], audience: ['families'] })).toEqual(['kinship-carers']);
		expect(readersOf({ toolkitRole: 'child', audience: ['families'] })).toEqual(['children']);
		expect(readersOf({ audience: ['children-and-young-people'] })).toEqual(['children']);
		expect(readersOf({ audience: ['families'] })).toContain('parents');
	});
});

describe('section 20 / 76: the right to take the child home', () => {
	it('rejects a family page that mentions section 20 without <RightToRemove>, at the line of the mention', () => {
		const problems = problemsFor('right-to-remove-missing');
		expect(problems.join('\n')).toMatch(
			/^guidance\/s20-no-right\.mdx:18:\d+ — section 20: this page for families mentions section 20 or section 76 but does not say the parent can object and can take the child home at any time/m,
		);
	});

	it('sees "s.76" in a term on an easy-read page', () => {
		expect(problemsFor('right-to-remove-term').join('\n')).toMatch(/^easy-read\/s76-term\.mdx:18:\d+ — section 20:/m);
	});

	it('accepts the page with <RightToRemove>, and a practitioners-only page', () => {
		expect(problemsFor('right-to-remove-present')).toEqual([]);
		expect(problemsFor('right-to-remove-practitioners')).toEqual([]);
	});

	it('requires the glossary definition of section 20 to state the right', () => {
		const problems = problemsFor('right-to-remove-glossary');
		expect(problems.join('\n')).toMatch(
			/^glossary\/section-20\.yaml:2:\d+ — definition: must say that a parent with parental responsibility can take \(remove\) the child home at any time/m,
		);
		expect(problems.some((p) => p.includes('easyReadDefinition'))).toBe(false);
	});

	it('reads a link address as no mention, and its words and the text around it as one', () => {
		expect(mentionsSection20('Read [being asked to agree](/situations/asked-to-agree-section-20/) first.')).toBe(false);
		expect(mentionsSection20('<a href="/situations/asked-to-agree-section-20/">being asked</a>')).toBe(false);
		expect(mentionsSection20('Read [about section 20](/situations/asked-to-agree-section-20/).')).toBe(true);
		expect(mentionsSection20('Agreeing under section-20 or s.76.')).toBe(true);
	});

	it('knows the right stated from "asking for the child back"', () => {
		expect(statesRightToRemove('You can take your child home at any time.')).toBe(true);
		expect(statesRightToRemove('A parent may remove the child at any time.')).toBe(true);
		expect(statesRightToRemove('You can ask for your child back at any time.')).toBe(false);
		expect(statesRightToRemove('You can take your child home.')).toBe(false);
	});
});
