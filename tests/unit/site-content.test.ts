/**
 * Every page of the real site, checked on every run: the content contract,
 * readability for its audience, and the easy-read lint on every leaflet.
 * A failure names the file, the line and the sentence to fix.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/build/content-check.ts';
import { checkReadability } from '../../src/build/readability.ts';
import { lintEasyReadPage } from '../../src/build/easy-read-lint.ts';
import type { Audience } from '../../src/lib/taxonomy.ts';
import { easyReadPages, glossary, isWelsh, leaflets, site } from '../helpers/site-content.ts';

describe('content/', () => {
	it('meets the content contract (schema, sections, module ids, terms, pictures)', () => {
		expect(site.problems.map(formatProblem).join('\n'), 'problems to fix').toBe('');
	});

	it('has pages to check', () => {
		expect(site.pages.length).toBeGreaterThan(10);
	});
});

describe.each(site.pages.map((p) => [p.file, p] as const))('readability of %s', (file, page) => {
	it('stays within the limits for its audience', () => {
		const { problems } = checkReadability(
			page.mdx,
			page.data.audience as Audience[],
			page.bodyStartLine - 1,
			isWelsh(file) ? 'cy' : 'en',
		);
		const report = problems.map(
			(p) =>
				`${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''} — ${p.message}${p.sentence ? `: "${p.sentence}"` : ''}`,
		);
		expect(report.join('\n'), 'problems to fix').toBe('');
	});
});

describe('easy-read leaflets', () => {
	it('there are at least 10', () => {
		expect(leaflets.length).toBeGreaterThanOrEqual(10);
	});

	it('the lint covers every page in content/easy-read/, the index too', () => {
		expect(easyReadPages.map((p) => p.file)).toContain('content/easy-read/index.mdx');
		// One index page in English; Welsh leaflets are leaflets too.
		expect(easyReadPages.filter((p) => !isWelsh(p.file)).length).toBe(
			leaflets.filter((p) => !isWelsh(p.file)).length + 1,
		);
	});
});

// Leaflets get every rule, the index the sentence rules; titles and descriptions too (the index lists them).
describe.each(easyReadPages.map((p) => [p.file, p] as const))('easy-read lint of %s', (file, page) => {
	it('follows the easy-read rules', () => {
		const problems = lintEasyReadPage(page, glossary);
		const report = problems.map(
			(p) =>
				`${file}:${p.line}:${p.column ?? 1} — ${p.field ? `${p.field}: ` : ''}${p.rule}: ${p.message}${p.sentence ? `: "${p.sentence}"` : ''}`,
		);
		expect(report.join('\n'), 'problems to fix').toBe('');
	});
});
