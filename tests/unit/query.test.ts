import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	VOCABULARY_URL,
	correctQuery,
	editDistance,
	keyWords,
	loadVocabulary,
	vocabularyFrom,
} from '../../src/lib/query.ts';
import { searchSynonyms, synonymsByStrength } from '../../src/build/search-terms.ts';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps', () => {
		expect(editDistance('gaurdian', 'guardian')).toBe(1);
		expect(editDistance('conferance', 'conference')).toBe(1);
		expect(editDistance('leter', 'letter')).toBe(1);
		expect(editDistance('abc', 'abcdefgh', 3)).toBe(4);
	});
});

describe('correctQuery', () => {
	const vocabulary = vocabularyFrom([
		'Special guardianship order',
		'Family group conference',
		'Letter before proceedings',
		'SGO',
	]);
	it('corrects misspelt words to the closest site word', () => {
		expect(correctQuery('special gaurdianship', vocabulary)).toEqual({ query: 'special guardianship', changed: true });
		expect(correctQuery('family group conferance', vocabulary).query).toBe('family group conference');
	});
	it('leaves known words, short words, numbers and unknown far words alone', () => {
		expect(correctQuery('SGO 26 weeks', vocabulary)).toEqual({ query: 'sgo 26 weeks', changed: false });
		expect(correctQuery('zebra', vocabulary).changed).toBe(false);
	});
	it('copes with empty and odd input', () => {
		expect(correctQuery('', vocabulary)).toEqual({ query: '', changed: false });
		expect(correctQuery('<script>alert(1)</script>', vocabulary).query).toBe('script alert 1 script');
	});
});

describe('keyWords', () => {
	it('drops the small words of a question', () => {
		expect(keyWords('Will they take my baby?')).toEqual(['take', 'baby']);
	});
});

describe('searchSynonyms', () => {
	const glossary = [
		{ id: 'special-guardianship-order', term: 'Special guardianship order', alsoKnownAs: ['SGO', 'nan', 'gran'] },
		{ id: 'section-20', term: 'Section 20', alsoKnownAs: ['s20'] },
	];
	it('adds the everyday words of terms the page wraps or names in its title', () => {
		expect(searchSynonyms({ body: '<Term id="section-20">section 20</Term>', title: 'A page' }, glossary)).toEqual([
			's20',
		]);
		expect(searchSynonyms({ body: '', title: 'Special guardianship orders explained' }, glossary)).toEqual([
			'SGO',
			'nan',
			'gran',
		]);
		expect(searchSynonyms({ body: 'Nothing here.', title: 'Other' }, glossary)).toEqual([]);
	});

	it('weighs the words of a term the title names above the words of terms the page only uses', () => {
		expect(
			synonymsByStrength({ body: '<Term id="section-20">section 20</Term>', title: 'Section 20: agreeing' }, glossary),
		).toEqual({ about: ['s20'], mentioned: [] });
		expect(
			synonymsByStrength(
				{ body: '<Term id="section-20">section 20</Term>', title: 'Special guardianship orders' },
				glossary,
			),
		).toEqual({ about: ['SGO', 'nan', 'gran'], mentioned: ['s20'] });
	});
});

describe('loadVocabulary', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reads the word list from the site', async () => {
		const fetch = vi.fn(async () => new Response(JSON.stringify(['guardianship', 'special'])));
		vi.stubGlobal('fetch', fetch);
		expect(await loadVocabulary()).toEqual(['guardianship', 'special']);
		expect(fetch).toHaveBeenCalledWith(VOCABULARY_URL);
	});

	it('gives no words, so nothing is corrected, when the list cannot be had', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('Not found', { status: 404 })),
		);
		expect(await loadVocabulary()).toEqual([]);
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => Promise.reject(new TypeError('offline'))),
		);
		const words = await loadVocabulary();
		expect(words).toEqual([]);
		expect(correctQuery('speshal guardianship', words)).toEqual({ query: 'speshal guardianship', changed: false });
	});
});
