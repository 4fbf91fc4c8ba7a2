import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
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
		['missing-field', /^guidance\/no-sources\.mdx:\d+ — sources: is required/],
		['impossible-date', /^guidance\/bad-date\.mdx:7 — lastReviewed: this date does not exist in the calendar/],
		['review-before', /^guidance\/due-before\.mdx:8 — reviewDue: reviewDue \(2025-01-01\) must be after lastReviewed \(2026-11-23\)/],
		['duplicate-module', /^training\/m01-again\.mdx:\d+ — moduleId: M01 is already used by training\/m01-a\.mdx/],
		['session-plan', /^training\/m02-wrong-total\.mdx:\d+ — activities: session plan for M02 adds up to 35 minutes but durationMinutes is 30/],
		['missing-term', /^guidance\/unknown-term\.mdx:\d+ — Term: the term "no-such-term" has no glossary entry; add content\/glossary\/no-such-term\.yaml/],
		['wrong-section', /^easy-read\/says-guidance\.mdx:4 — section: is "guidance" but the file is in the easy-read\/ folder; set section: easy-read/],
		['long-description', /^guidance\/long\.mdx:3 — description: description must be at most 160 characters/],
		['hostile-title', /^guidance\/title\.mdx:2 — title: title is plain text: remove the < and > characters/],
		['hostile-body', /^guidance\/body\.mdx:14 — body: a raw <script> element is not allowed in content/],
		['unknown-field', /^guidance\/extra-field\.mdx:5 — checkedWithReaders: is not a field for this kind of page/],
		['section-order', /^training\/m03-out-of-order\.mdx:31 — ModuleSection: section 2 is kind="case-study" but kind="law-and-guidance" is expected here; a training module has exactly these 7 <ModuleSection kind="…"> sections, in this order: key-messages, law-and-guidance, case-study, discussion-questions, activities, trainer-notes, further-reading$/],
	];
	it.each(cases)('reject %s with a message naming file, line and field', (badCase, expected) => {
		const problems = problemsFor(badCase);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
	});

	it('reports every unsafe thing in a body: script, event handler, javascript: link', () => {
		const problems = problemsFor('hostile-body').join('\n');
		expect(problems).toContain('guidance/body.mdx:16 — body: an event handler attribute');
		expect(problems).toContain('guidance/body.mdx:18 — body: a javascript: address');
	});

	it('points the missing-term error at the line of the <Term>', () => {
		const problems = problemsFor('missing-term');
		// front matter is lines 1-12, the import line 14, the sentence with the term line 16
		expect(problems.join('\n')).toContain('guidance/unknown-term.mdx:16');
	});

	it('reports only the out-of-order section for a module whose sections are swapped', () => {
		const problems = problemsFor('section-order');
		expect(problems.filter((p) => p.includes('ModuleSection'))).toHaveLength(1);
	});
});
