import { describe, expect, it } from 'vitest';
import { forWhom } from '../../src/client/search-view.ts';
import type { ResultData } from '../../src/client/pagefind.ts';
import cy from '../../src/content/i18n/cy.json' with { type: 'json' };
import en from '../../src/content/i18n/en-GB.json' with { type: 'json' };

const result = (section: string, audience: string[]) =>
	({ filters: { section: [section], audience } }) as unknown as ResultData;
const words = (strings: Record<string, string>) => (key: string) => strings[key];

describe('forWhom', () => {
	it('says who a result is for from its filters, in English on English pages', () => {
		expect(forWhom(result('Easy read', ['Families']), en['siteSearch.forWhom'], words(en))).toBe(
			'Easy read · for families',
		);
		expect(
			forWhom(
				result('Guidance', ['Families', 'Judges, magistrates and trainers']),
				en['siteSearch.forWhom'],
				words(en),
			),
		).toBe('Guidance · for families, judges, magistrates and trainers');
	});

	it('in Welsh on Welsh pages, though the index holds the English names', () => {
		const template = cy['siteSearch.forWhom'] ?? en['siteSearch.forWhom'];
		const said = forWhom(result('Easy read', ['Families', 'Children and young people']), template, words(cy));
		expect(said).toContain(cy['section.easy-read']);
		expect(said).toContain(cy['audience.families'].toLowerCase());
		expect(said).toContain(cy['audience.children-and-young-people'].toLowerCase());
		expect(said).not.toMatch(/Easy read|families|children/i);
	});

	it('keeps a name it has no words for, and leaves out a missing section', () => {
		expect(forWhom(result('Something new', ['Families']), en['siteSearch.forWhom'])).toBe(
			'Something new · for families',
		);
		const noSection = { filters: { audience: ['Families'] } } as unknown as ResultData;
		expect(forWhom(noSection, en['siteSearch.forWhom'], words(en))).toBe('for families');
	});
});
