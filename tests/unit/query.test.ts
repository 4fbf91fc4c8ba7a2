import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	NO_SEARCH_DATA,
	VOCABULARY_URL,
	addProtected,
	addWords,
	applySynonyms,
	correctQuery,
	editDistance,
	filtersFor,
	keyWords,
	lexicon,
	keepReason,
	loadVocabulary,
	orderByAudience,
	protectedShardsFor,
	registerOf,
	runQuery,
	tokens,
	wordShardsFor,
	type Hit,
	type SearchData,
	type SearchEngine,
} from '../../src/lib/query.ts';
import { searchSynonyms, synonymsByStrength } from '../../src/build/search-terms.ts';
import { englishWords, protectedWords, wordFrequencies } from '../../src/build/search-words.ts';
import { contentSearchData } from '../helpers/search-content.ts';

/** A small index: words and how often they occur. */
function data(words: Record<string, number>, extra: Partial<SearchData> = {}): SearchData {
	const sorted = Object.keys(words).sort();
	return {
		...NO_SEARCH_DATA,
		words: sorted,
		freq: sorted.map((w) => words[w]),
		register: { family: ['my', 'nan'], professional: ['threshold'] },
		...extra,
	};
}

const SITE = data({
	special: 40,
	guardianship: 60,
	guardian: 30,
	family: 90,
	group: 20,
	conference: 15,
	letter: 25,
	before: 30,
	proceedings: 50,
	sgo: 10,
	newport: 2,
	gran: 3,
	using: 5,
	chair: 1,
	other: 12,
	baby: 8,
	grandparent: 4,
});

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps', () => {
		expect(editDistance('gaurdian', 'guardian')).toBe(1);
		expect(editDistance('conferance', 'conference')).toBe(1);
		expect(editDistance('leter', 'letter')).toBe(1);
		expect(editDistance('abc', 'abcdefgh', 3)).toBe(4);
	});
});

describe('correctQuery', () => {
	it('corrects unknown words to the closest index word, the most frequent of equals', () => {
		expect(correctQuery('special gaurdianship', SITE)).toEqual({ query: 'special guardianship', changed: true });
		expect(correctQuery('family group conferance', SITE).query).toBe('family group conference');
	});
	it('leaves known words, word starts, short words, numbers and far words alone', () => {
		expect(correctQuery('SGO 26 weeks', SITE)).toEqual({ query: 'sgo 26 weeks', changed: false });
		expect(correctQuery('guard', SITE).changed).toBe(false);
		expect(correctQuery('zebra', SITE).changed).toBe(false);
	});
	it('never replaces a protected English word, even one edit from an index word', () => {
		const d = data({ newport: 2, using: 5, chair: 1, other: 12, gran: 3 }, { protectedShards: ['n', 'h', 'm'] });
		// Before its letter is loaded, a word that could be English is left alone …
		expect(correctQuery('newborn housing', d).changed).toBe(false);
		expect(protectedShardsFor('newborn housing hair', d).sort()).toEqual(['h', 'n']);
		addProtected(d, 'n', ['newborn']);
		addProtected(d, 'h', ['housing', 'hair']);
		addProtected(d, 'm', ['mother']);
		// … and once loaded, English words are kept and a misspelling is still corrected.
		expect(correctQuery('newborn housing hair mother', d)).toEqual({
			query: 'newborn housing hair mother',
			changed: false,
		});
		expect(correctQuery('nwport', d).query).toBe('newport');
	});
	it('offers "Did you mean" for a rare index word beside a far more frequent one, without replacing it', () => {
		const d = data({ guardian: 60, guardain: 1 });
		expect(correctQuery('guardain', d)).toEqual({ query: 'guardain', changed: false, suggestion: 'guardian' });
	});
	it('copes with empty and odd input', () => {
		expect(correctQuery('', SITE)).toEqual({ query: '', changed: false });
		expect(tokens('<script>alert(1)</script>')).toEqual(['script', 'alert', '1', 'script']);
	});
});

describe('no real English word is ever replaced (the site’s index and Hunspell en-GB)', () => {
	const { data: site, protectedWords: guarded } = contentSearchData();
	it('keeps the words the old corrector broke', () => {
		for (const phrase of [
			'they took my son into care',
			'my mother is worried about the baby',
			'housing',
			'hair',
			'newborn',
			'grant',
			'grandmother',
			'granted',
			'fostered',
		])
			expect(correctQuery(phrase, site), phrase).toMatchObject({ changed: false });
	});
	it('protects every dictionary word one edit from an index word (checked by making every such edit)', () => {
		const lex = lexicon(site);
		const english = englishWords();
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		const unsafe = new Set<string>();
		for (const word of site.words) {
			const edits: string[] = [];
			for (let i = 0; i <= word.length; i++) {
				for (const c of letters) edits.push(word.slice(0, i) + c + word.slice(i));
				if (i < word.length) {
					edits.push(word.slice(0, i) + word.slice(i + 1));
					for (const c of letters) edits.push(word.slice(0, i) + c + word.slice(i + 1));
				}
				if (i < word.length - 1) edits.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
			}
			for (const edit of edits) if (english.has(edit) && keepReason(edit, lex) === undefined) unsafe.add(edit);
		}
		expect([...unsafe]).toEqual([]);
		expect(guarded.length).toBeGreaterThan(1000);
	});
	it('keeps a sample of dictionary words through the whole corrector', () => {
		const all = [...englishWords()];
		const sample = Array.from({ length: 400 }, (_, i) => all[(i * 7919) % all.length]);
		const changed = sample.filter((w) => correctQuery(w, site).changed);
		expect(changed).toEqual([]);
	});
	it('still corrects real misspellings', () => {
		expect(correctQuery('speshal gaurdianship', site).query).toBe('special guardianship');
		expect(correctQuery('solicter', site).query).toBe('solicitor');
		expect(correctQuery('procedings', site).query).toBe('proceedings');
	});
});

describe('protectedWords', () => {
	it('lists English words near an index word that are not index words or their starts', () => {
		expect(
			protectedWords(['newport', 'solicitor', 'using'], ['newborn', 'housing', 'solicit', 'zebra', 'using']),
		).toEqual(['housing', 'newborn']);
	});
	it('counts word frequencies', () => {
		expect([...wordFrequencies(['The care plan', 'care order'])]).toEqual([
			['care', 2],
			['order', 1],
			['plan', 1],
			['the', 1],
		]);
	});
});

describe('applySynonyms', () => {
	const synonyms = [
		{ phrase: ['took', '*', 'into', 'care'], words: 'care proceedings' },
		{ phrase: ['nan'], words: 'grandparent' },
		{ phrase: ['social', 'services'], words: 'social worker' },
	];
	it('replaces everyday phrases, * standing for one or two words', () => {
		expect(applySynonyms(tokens('they took my son into care'), synonyms)).toEqual(['they', 'care', 'proceedings']);
		expect(applySynonyms(tokens('my nan'), synonyms)).toEqual(['my', 'grandparent']);
		expect(applySynonyms(tokens('Social Services came'), synonyms)).toEqual(['social', 'worker', 'came']);
		expect(applySynonyms(tokens('nothing here'), synonyms)).toEqual(['nothing', 'here']);
	});
});

describe('keyWords and registerOf', () => {
	it('drops the small words of a question, unless there is nothing else', () => {
		expect(keyWords('Will they take my baby?')).toEqual(['take', 'baby']);
		expect(keyWords('who can help')).toEqual(['help']);
		expect(keyWords('what is it')).toEqual(['what', 'is', 'it']);
	});
	it('tells family language from professional terms', () => {
		const register = { family: ['my', 'nan'], professional: ['threshold'] };
		expect(registerOf(tokens('my nan'), register)).toBe('family');
		expect(registerOf(tokens('threshold criteria'), register)).toBe('professional');
		expect(registerOf(tokens('special guardianship'), register)).toBe('neutral');
	});
});

describe('orderByAudience', () => {
	const hits: Hit[] = [
		{ id: 'judges', score: 10 },
		{ id: 'practice', score: 8 },
		{ id: 'family', score: 6 },
		{ id: 'easy', score: 5 },
	];
	const groups = {
		family: new Set(['family', 'easy']),
		professional: new Set(['judges', 'practice']),
		easyRead: new Set(['easy']),
	};
	it('puts family and easy-read pages first for family language', () => {
		expect(orderByAudience(hits, 'family', groups).map((h) => h.id)).toEqual(['easy', 'family', 'judges', 'practice']);
	});
	it('keeps practitioner pages first for professional terms, and Pagefind’s order otherwise', () => {
		expect(orderByAudience(hits, 'professional', groups).map((h) => h.id)).toEqual([
			'judges',
			'practice',
			'family',
			'easy',
		]);
		expect(orderByAudience(hits, 'neutral', groups).map((h) => h.id)).toEqual(hits.map((h) => h.id));
	});
});

/** A fake index: pages with their words and audiences, AND semantics like Pagefind. */
function engine(
	pages: { id: string; words: string[]; audience: string; section?: string; countries?: string[] }[],
): SearchEngine & {
	calls: string[];
} {
	const calls: string[] = [];
	return {
		calls,
		async search(terms, filters = {}) {
			calls.push(terms);
			const ts = tokens(terms);
			return pages
				.filter((p) => ts.every((t) => p.words.some((w) => w.startsWith(t))))
				.filter((p) => {
					const a = filters.audience;
					if (!a) return true;
					return typeof a === 'string' ? p.audience === a : a.any.includes(p.audience);
				})
				.filter((p) => !filters.section || p.section === filters.section)
				.filter((p) => !filters.country || (p.countries ?? ['England', 'Wales']).includes(filters.country as string))
				.map((p, i) => ({ id: p.id, score: 10 - i }));
		},
	};
}

describe('index words fetched by first letter (wordShardsFor, addWords)', () => {
	const all = data({ special: 40, guardianship: 40, solicitor: 30, social: 20 });
	const lightData = (): SearchData => ({ ...all, words: [], freq: [], wordShards: ['g', 's'] });
	it('asks for the letters of the query’s words, once', () => {
		const light = lightData();
		expect(wordShardsFor('speshal gardianship', light).sort()).toEqual(['g', 's']);
		addWords(light, 's', { words: ['social', 'solicitor', 'special'], freq: [20, 30, 40] });
		expect(wordShardsFor('speshal gardianship', light)).toEqual(['g']);
	});
	it('leaves a word as typed while its letter is not loaded, and corrects it once it is', () => {
		const light = lightData();
		expect(correctQuery('speshal', light)).toMatchObject({ query: 'speshal', changed: false });
		addWords(light, 's', { words: ['solicitor', 'special'], freq: [30, 40] });
		expect(correctQuery('speshal', light)).toMatchObject({ query: 'special', changed: true });
		addWords(light, 'g', { words: ['guardianship'], freq: [40] });
		expect(light.words).toEqual(['guardianship', 'solicitor', 'special']);
		expect(correctQuery('speshal gardianship', light).query).toBe('special guardianship');
	});
	it('corrects as the whole vocabulary does once every letter is loaded', () => {
		const light = lightData();
		addWords(light, 's', { words: ['social', 'solicitor', 'special'], freq: [20, 30, 40] });
		addWords(light, 'g', { words: ['guardianship'], freq: [40] });
		for (const q of ['speshal gardianship', 'solisitor', 'socal'])
			expect(correctQuery(q, light)).toEqual(correctQuery(q, all));
	});
});

describe('runQuery (the page and the dialog)', () => {
	const pages = [
		{ id: 'training', words: ['care', 'proceedings', 'judges'], audience: 'Judges, magistrates and trainers' },
		{ id: 'family', words: ['care', 'proceedings', 'council'], audience: 'Families' },
		{ id: 'leaflet', words: ['care', 'proceedings', 'court'], audience: 'Families', section: 'Easy read' },
		{ id: 'sgo', words: ['special', 'guardianship', 'grandparent'], audience: 'Families' },
	];
	const site = data(
		{ care: 20, proceedings: 20, judges: 5, council: 5, court: 9, special: 9, guardianship: 9, grandparent: 2 },
		{
			synonyms: [{ phrase: ['took', 'my', 'son'], words: 'care proceedings' }],
			register: { family: ['my', 'nan'], professional: ['judges'] },
			start: [{ title: 'Easy-read leaflets', href: '/easy-read/' }],
			suggestions: ['special guardianship'],
		},
	);
	it('turns a parent’s words into the site’s and puts family pages first', async () => {
		const outcome = await runQuery('they took my son', site, engine(pages));
		expect(outcome.searched).toBe('care proceedings');
		expect(outcome.register).toBe('family');
		expect(outcome.hits.map((h) => h.id)).toEqual(['leaflet', 'family', 'training']);
	});
	it('says when it corrected the spelling', async () => {
		const outcome = await runQuery('speshal guardianship', site, engine(pages));
		expect(outcome).toMatchObject({ showingFor: 'special guardianship', searched: 'special guardianship' });
		expect(outcome.hits.map((h) => h.id)).toEqual(['sgo']);
	});
	it('tries fewer words when all of them find nothing, and says which', async () => {
		const outcome = await runQuery('special guardianship council', site, engine(pages));
		expect(outcome.hits.length).toBeGreaterThan(0);
		expect(outcome.showingFor).toBeDefined();
	});
	it('filters by the reader’s audience', async () => {
		const outcome = await runQuery('care proceedings', site, engine(pages), {
			audience: 'Judges, magistrates and trainers',
		});
		expect(outcome.hits.map((h) => h.id)).toEqual(['training']);
	});
	it('filters by the reader’s country: a page for both countries is in either', async () => {
		const both = [
			{ id: 'wales-hub', words: ['court'], audience: 'Families', countries: ['Wales'] },
			{ id: 'england-only', words: ['court'], audience: 'Families', countries: ['England'] },
			{ id: 'both', words: ['court'], audience: 'Families' },
		];
		const ids = async (country?: string) =>
			(await runQuery('court', site, engine(both), { country })).hits.map((h) => h.id).sort();
		expect(await ids('Wales')).toEqual(['both', 'wales-hub']);
		expect(await ids('England')).toEqual(['both', 'england-only']);
		expect(await ids()).toEqual(['both', 'england-only', 'wales-hub']);
		expect(filtersFor({ audience: 'Families', country: '' })).toEqual({ audience: 'Families' });
	});
	it('gives where to start and words that find pages when nothing is found', async () => {
		const outcome = await runQuery('xylophone', site, engine(pages));
		expect(outcome.hits).toEqual([]);
		expect(outcome.start).toEqual([{ title: 'Easy-read leaflets', href: '/easy-read/' }]);
		expect(outcome.suggestions).toEqual(['special guardianship']);
	});
});

describe('searchSynonyms', () => {
	const glossary = [
		{ id: 'special-guardianship-order', term: 'Special guardianship order', alsoKnownAs: ['SGO', 'nan', 'gran'] },
		{ id: 'section-20', term: 'Section 20', alsoKnownAs: ['s20'] },
	];
	it('adds the everyday words of terms the page shows or names in its title', () => {
		expect(searchSynonyms({ termIds: ['section-20'], title: 'A page' }, glossary)).toEqual(['s20']);
		expect(searchSynonyms({ termIds: [], title: 'Special guardianship orders explained' }, glossary)).toEqual([
			'SGO',
			'nan',
			'gran',
		]);
		expect(searchSynonyms({ termIds: [], title: 'Other' }, glossary)).toEqual([]);
	});

	it('weighs the words of a term the title names above the words of terms the page only uses', () => {
		expect(synonymsByStrength({ termIds: ['section-20'], title: 'Section 20: agreeing' }, glossary)).toEqual({
			about: ['s20'],
			mentioned: [],
		});
		expect(synonymsByStrength({ termIds: ['section-20'], title: 'Special guardianship orders' }, glossary)).toEqual({
			about: ['SGO', 'nan', 'gran'],
			mentioned: ['s20'],
		});
	});
});

describe('loadVocabulary', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reads the search data from the site', async () => {
		const fetch = vi.fn(async () => new Response(JSON.stringify({ words: ['guardianship'], freq: [3] })));
		vi.stubGlobal('fetch', fetch);
		expect(await loadVocabulary()).toMatchObject({ words: ['guardianship'], freq: [3], synonyms: [] });
		expect(fetch).toHaveBeenCalledWith(VOCABULARY_URL);
	});

	it('gives no words, so nothing is corrected, when the data cannot be had', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('Not found', { status: 404 })),
		);
		expect(await loadVocabulary()).toEqual(NO_SEARCH_DATA);
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => Promise.reject(new TypeError('offline'))),
		);
		const words = await loadVocabulary();
		expect(correctQuery('speshal guardianship', words)).toEqual({ query: 'speshal guardianship', changed: false });
	});
});
