import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, formatProblem, type ContentProblem } from '../../src/build/content-check.ts';
import { firstMatch } from '../../src/build/content-rules/england-only.ts';
import { englandOnlySchema } from '../../src/schemas/data.ts';
import { contentWith } from '../helpers/fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsFor(badCase?: string): string[] {
	const fixture = contentWith(badCase);
	cleanup = fixture.cleanup;
	return checkContent(fixture.dir, fixture.dir).problems.map(formatProblem);
}

describe('content checks on fixture content', () => {
	it('accept the valid fixture site', () => {
		expect(problemsFor()).toEqual([]);
	});

	// Each bad case must fail with a message naming the file, the line, the field and what is expected.
	const cases: [string, RegExp][] = [
		['missing-field', /^guidance\/no-sources\.mdx:\d+:\d+ — sources: is required/],
		['impossible-date', /^guidance\/bad-date\.mdx:7:\d+ — lastReviewed: this date does not exist in the calendar/],
		[
			'review-before',
			/^guidance\/due-before\.mdx:8:\d+ — reviewDue: reviewDue \(2025-01-01\) must be after lastReviewed \(2026-11-23\)/,
		],
		['duplicate-module', /^training\/m01-again\.mdx:\d+:\d+ — moduleId: M01 is already used by training\/m01-a\.mdx/],
		[
			'session-plan',
			/^training\/m02-wrong-total\.mdx:\d+:\d+ — activities: session plan for M02 adds up to 35 minutes but durationMinutes is 30/,
		],
		[
			'missing-term',
			/^guidance\/unknown-term\.mdx:\d+:\d+ — Term: the term "no-such-term" has no glossary entry; add content\/glossary\/no-such-term\.yaml/,
		],
		[
			'wrong-section',
			/^easy-read\/says-guidance\.mdx:4:\d+ — section: is "guidance" but the file is in the easy-read\/ folder; set section: easy-read/,
		],
		['long-description', /^guidance\/long\.mdx:3:\d+ — description: description must be at most 160 characters/],
		['hostile-title', /^guidance\/title\.mdx:2:\d+ — title: title is plain text: remove the < and > characters/],
		['hostile-body', /^guidance\/body\.mdx:14:\d+ — body: a raw <script> element is not allowed in content/],
		['unknown-field', /^guidance\/extra-field\.mdx:5:\d+ — checkedWithReaders: is not a field for this kind of page/],
		[
			'section-order',
			/^training\/m03-out-of-order\.mdx:31:\d+ — ModuleSection: section 2 is kind="case-study" but kind="law-and-guidance" is expected here; a training module has exactly these 7 <ModuleSection kind="…"> sections, in this order: key-messages, law-and-guidance, case-study, discussion-questions, activities, trainer-notes, further-reading$/,
		],
	];
	it.each(cases)('reject %s with a message naming file, line and field', (badCase, expected) => {
		const problems = problemsFor(badCase);
		expect(problems.length).toBeGreaterThan(0);
		expect(
			problems.some((p) => expected.test(p)),
			problems.join('\n'),
		).toBe(true);
	});

	it('reports every unsafe thing in a body: script, event handler, javascript: link, at its line and column', () => {
		const problems = problemsFor('hostile-body').join('\n');
		expect(problems).toContain('guidance/body.mdx:14:1 — body: a raw <script> element');
		expect(problems).toContain('guidance/body.mdx:16:6 — body: an event handler attribute');
		expect(problems).toContain('guidance/body.mdx:18:1 — body: a javascript: address');
	});

	it('sees component tags written over several lines (Term, Row, Aside, ModuleSection)', () => {
		expect(problemsFor('multiline-tags')).toEqual([
			expect.stringMatching(/^easy-read\/multiline-row\.mdx:19:1 — Row: every Row needs a picture="…"/),
			expect.stringMatching(/^guidance\/multiline\.mdx:18:11 — Term: the term "no-such-term" has no glossary entry/),
			expect.stringMatching(/^guidance\/multiline\.mdx:21:1 — Wales: an <Aside title="In Wales"> written by hand/),
		]);
		expect(problemsFor('section-order-multiline')).toEqual([
			expect.stringMatching(
				/^training\/m03-out-of-order\.mdx:31:1 — ModuleSection: section 2 is kind="case-study" but kind="law-and-guidance" is expected here/,
			),
		]);
	});

	it('reports MDX that cannot be parsed with its line and column and what to do, rather than crashing', () => {
		expect(problemsFor('mdx-syntax-error')).toEqual([
			expect.stringMatching(
				/^guidance\/unclosed\.mdx:21:18 — MDX: this is not valid MDX, so the page cannot be built: Unexpected end of file in expression, expected a corresponding closing brace for `\{`\. Close every tag you open/,
			),
		]);
	});

	it('reports a bad pictures.yaml with the line, column and field of each problem', () => {
		expect(problemsFor('pictures-bad')).toEqual([
			'data/pictures.yaml:2:8 — court.alt: is required. alt is required: what the picture shows, in a few plain words, for people who cannot see it',
			'data/pictures.yaml:3:19 — free.openmoji: openmoji must be an OpenMoji code in capitals, for example 1F4E8 or 1F468-200D-1F469',
		]);
	});

	it('reports a checklist item id used twice, at its line, from the collection schema', () => {
		expect(problemsFor('checklist-duplicate-id')).toEqual([
			'data/sgo-checklist.yaml:10:13 — groups[0].items[1].id: item id "child-views" is used twice; ids must be unique',
		]);
	});

	it('points the missing-term error at the line of the <Term>', () => {
		const problems = problemsFor('missing-term');
		// front matter is lines 1-12, the import line 14, the sentence with the term line 16
		expect(problems.join('\n')).toContain('guidance/unknown-term.mdx:16:22');
	});

	it('reports only the out-of-order section for a module whose sections are swapped', () => {
		const problems = problemsFor('section-order');
		expect(problems.filter((p) => p.includes('ModuleSection'))).toHaveLength(1);
	});
});

/** The problems for a fixture, as objects: file, line, field, rule, message. */
function rawProblemsFor(badCase: string): ContentProblem[] {
	const fixture = contentWith(badCase);
	cleanup = fixture.cleanup;
	return checkContent(fixture.dir, fixture.dir).problems;
}

const where = (p: ContentProblem) => ({ file: p.file, line: p.line, rule: p.rule });

describe('Wales notes: England-only instruments on pages for both countries (content/data/england-only.yaml)', () => {
	it('reject a both page that names SI 2005/1109 without a Wales note, at the line of the mention', () => {
		const problems = rawProblemsFor('wales-missing-note');
		// The passage is also not marked as England's (<ForCountry only="england">): issue 19.
		expect(problems.map(where)).toEqual([
			{ file: 'guidance/sgo-both.mdx', line: 18, rule: 'wales-note' },
			{ file: 'guidance/sgo-both.mdx', line: 18, rule: 'wales-passage' },
		]);
		expect(formatProblem(problems[0])).toBe(
			'guidance/sgo-both.mdx:18:46 — Wales: names the Special Guardianship Regulations 2005 (SI 2005/1109) (England only) but has no <WalesNote> naming "Special Guardianship (Wales) Regulations 2005" or "2005/1513". Add a <WalesNote> that says what applies in Wales (see content/data/england-only.yaml, entry si-2005-1109)',
		);
	});

	it('accept the same page with a WalesNote, over several lines, naming the Welsh regulations', () => {
		expect(rawProblemsFor('wales-note-ok')).toEqual([]);
	});

	it('reject a WalesNote that names nothing relevant, and say where the note is', () => {
		const problems = rawProblemsFor('wales-note-irrelevant');
		expect(problems.map(where)).toEqual([
			{ file: 'guidance/sgo-both.mdx', line: 18, rule: 'wales-note' },
			{ file: 'guidance/sgo-both.mdx', line: 18, rule: 'wales-passage' },
		]);
		expect(problems[0].message).toContain(
			'its <WalesNote> (line 20) does not name "Special Guardianship (Wales) Regulations 2005"',
		);
	});

	it('find a mention in a source title (at the title line) and the 2016 date in the body', () => {
		const problems = rawProblemsFor('wales-source-title');
		expect(problems.map(where)).toEqual([
			{ file: 'guidance/sgo-source.mdx', line: 13, rule: 'wales-note' },
			{ file: 'guidance/sgo-source.mdx', line: 21, rule: 'wales-note' },
			// A source's title is not a passage; the body's mention is (issue 19).
			{ file: 'guidance/sgo-source.mdx', line: 21, rule: 'wales-passage' },
		]);
		expect(problems[0].message).toContain('entry si-2005-1109');
		expect(problems[1].message).toContain(
			'names the Special Guardianship (Amendment) Regulations 2016 (SI 2016/111) (England only)',
		);
	});

	it('accept pages for Wales only or England only that name it, and a both page naming only the Welsh regulations', () => {
		expect(rawProblemsFor('wales-not-both')).toEqual([]);
	});

	it('reject a Wales note written by hand as <Aside title="In Wales">, but not other asides', () => {
		const problems = rawProblemsFor('wales-aside');
		expect(problems.map(where)).toEqual([{ file: 'guidance/aside.mdx', line: 20, rule: 'wales-aside' }]);
		expect(problems[0].message).toContain('write <WalesNote>…</WalesNote> instead');
	});

	it('reject a glossary entry for the support fund, or naming it, with no wales field', () => {
		const problems = rawProblemsFor('glossary-fund-no-wales');
		expect(problems.map(where)).toEqual([
			{ file: 'glossary/adoption-and-special-guardianship-support-fund.yaml', line: 1, rule: 'glossary-wales' },
			{ file: 'glossary/therapy.yaml', line: 3, rule: 'glossary-wales' },
		]);
		expect(formatProblem(problems[0])).toMatch(
			/^glossary\/adoption-and-special-guardianship-support-fund\.yaml:1:\d+ — wales: is missing, but this entry names the Adoption and Special Guardianship Support Fund, which applies in England only\. Add wales: /,
		);
	});

	it('reject a glossary wales field that says nothing about the fund, at its line', () => {
		expect(rawProblemsFor('glossary-fund-wales-irrelevant').map(where)).toEqual([
			{ file: 'glossary/adoption-and-special-guardianship-support-fund.yaml', line: 5, rule: 'glossary-wales' },
		]);
	});

	it('accept glossary wales fields that say "England only" or name the fund', () => {
		expect(rawProblemsFor('glossary-fund-wales-ok')).toEqual([]);
	});

	it('report a bad england-only.yaml with its line and field', () => {
		expect(rawProblemsFor('england-only-bad').map(formatProblem)).toEqual([
			'data/england-only.yaml:2:3 — [0].walesNoteNames: is required. walesNoteNames must be a list of names, at least one of which a Wales note must contain',
		]);
		expect(rawProblemsFor('england-only-duplicate').map(formatProblem)).toEqual([
			'data/england-only.yaml:7:7 — [1].id: si-2005-1109 is used twice; give each entry its own id',
		]);
	});

	it('report a missing england-only.yaml rather than checking nothing', () => {
		const fixture = contentWith();
		cleanup = fixture.cleanup;
		rmSync(join(fixture.dir, 'data', 'england-only.yaml'));
		expect(checkContent(fixture.dir, fixture.dir).problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^data\/england-only\.yaml — is missing: it lists the laws/),
		]);
	});
});

describe('the real england-only.yaml', () => {
	const entries = englandOnlySchema.parse(
		parse(readFileSync(resolve(import.meta.dirname, '../../content/data/england-only.yaml'), 'utf8')),
	);
	const matches = (id: string, text: string) => firstMatch(text, entries.find((e) => e.id === id)!.patterns) !== null;

	it('lists the instruments the December 2026 review found', () => {
		expect(entries.map((e) => e.id)).toEqual(
			expect.arrayContaining([
				'si-2005-1109',
				'si-2016-111',
				'adoption-and-special-guardianship-support-fund',
				'court-orders-and-pre-proceedings',
			]),
		);
	});

	it('matches the English regulations but not the Welsh ones', () => {
		expect(matches('si-2005-1109', 'the Special Guardianship Regulations 2005')).toBe(true);
		expect(matches('si-2005-1109', 'SI 2005/1109')).toBe(true);
		expect(matches('si-2005-1109', 'the special guardianship\nregulations 2005')).toBe(true);
		expect(matches('si-2005-1109', 'the Special Guardianship (Wales) Regulations 2005 (SI 2005/1513 (W.117))')).toBe(
			false,
		);
		expect(matches('si-2016-111', 'in force on 29 February 2016')).toBe(true);
		expect(matches('si-2016-111', 'SI 2016/1110')).toBe(false);
		expect(matches('si-2016-111', 'the Special Guardianship (Wales) (Amendment) Regulations 2018')).toBe(false);
		expect(matches('adoption-and-special-guardianship-support-fund', 'the ASGSF')).toBe(true);
	});
});

describe('links to legislation text as made', () => {
	it('reject a made-text url in a source and made-text links in the body (Markdown, href, bare)', () => {
		const problems = rawProblemsFor('made-link');
		expect(problems.map(where)).toEqual([
			{ file: 'guidance/made.mdx', line: 14, rule: 'made-links' },
			{ file: 'guidance/made.mdx', line: 20, rule: 'made-links' },
			{ file: 'guidance/made.mdx', line: 22, rule: 'made-links' },
			{ file: 'guidance/made.mdx', line: 24, rule: 'made-links' },
		]);
		expect(formatProblem(problems[0])).toBe(
			'guidance/made.mdx:14:10 — sources[0].url: https://www.legislation.gov.uk/uksi/2005/1109/contents/made is the text as made, without later amendments; link the latest text instead (drop /made: https://www.legislation.gov.uk/uksi/2005/1109/contents). If the page must show the text as first made, add to this source madeTextWhy: "<the reason>"',
		);
		expect(problems[1].message).toContain('(drop /made: https://www.legislation.gov.uk/uksi/2016/111/contents)');
		expect(problems[2].message).toContain('(drop /made: https://legislation.gov.uk/uksi/2005/1109/regulation/3)');
	});

	it('accept made text in a source with madeTextWhy, and the same address in the body', () => {
		expect(rawProblemsFor('made-link-why')).toEqual([]);
	});

	it('do not flag made-looking addresses on other sites, or the latest text', () => {
		expect(rawProblemsFor('made-link-other-site')).toEqual([]);
	});

	it('reject madeTextWhy on a source that does not link to made text', () => {
		expect(rawProblemsFor('made-why-unneeded').map(formatProblem)).toEqual([
			'guidance/why.mdx:15:18 — sources[0].madeTextWhy: is only for a source whose url is legislation.gov.uk text as made (…/made); remove it',
		]);
	});
});
