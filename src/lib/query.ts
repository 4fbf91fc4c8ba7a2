/**
 * The one place search decides what to look for and in what order to show it, shared by the
 * /search/ page and the search dialog (src/client/site-search.ts), and tested without a browser
 * (tests/unit/query.test.ts). Pure: the index is reached through the `SearchEngine` passed in.
 *
 *  1. Everyday phrases become the site's words (content/data/search-synonyms.yaml).
 *  2. Spelling: a word is corrected only when it is unknown: not a word of the index (every
 *     word of every page, with its frequency), not the start of one (Pagefind matches word
 *     starts), and not a real English word (Hunspell en-GB: the build ships only the English
 *     words close enough to an index word to be mistaken for a misspelling of it). It becomes
 *     the closest index word, the most frequent of equals. A known but rare word with a far
 *     more frequent close neighbour is kept, and "Did you mean …?" offered instead.
 *  3. Who it is for: family words ("my", "nan", "baby") put family and easy-read pages first;
 *     professional terms put practitioner and judicial pages first.
 *  4. When nothing is found: fewer words, then the family starting points and key words that
 *     do find pages.
 */

export const STOP_WORDS = new Set(
	'a an and are about after as at be been being by can could do does did for from get got has have how i if in into is it its me my of on or our she he so that the their them they this to us was we were what when where which who why will with would you your want wants wanted need needs know think just really please im dont cant there then than also any some very much now still because doing going gonna wanna should shall may might must'.split(
		' ',
	),
);

/** A phrase (words, "*" for any one or two words) and the site's words for it. */
export interface Synonym {
	phrase: string[];
	words: string;
}

/** What the build ships for search (src/pages/search-words.json.ts), downloaded on first use. */
export interface SearchData {
	/**
	 * Every word of the index, sorted, and how often each occurs (same order). In the browser
	 * they come by first letter from /search-words/<letter>.json (`wordShards` lists the
	 * letters; search-words.json itself then has none), fetched for the letters of the words of
	 * a query before it is corrected (addWords): a first search downloads a few hundred words,
	 * not all 2,400 (about 10 KB gzip).
	 */
	words: string[];
	freq: number[];
	wordShards?: string[];
	/**
	 * Real English words that are not index words but are close to one: never corrected. Kept
	 * by first letter in /search-protected/<letter>.json (`protectedShards` lists the letters),
	 * fetched only when a word starting with that letter is about to be corrected.
	 */
	protected: string[];
	protectedShards: string[];
	synonyms: Synonym[];
	register: { family: string[]; professional: string[] };
	/** Where a family can start when nothing is found (only pages that exist in the build). */
	start: { title: string; href: string }[];
	/** Key words that find pages, offered when nothing is found. */
	suggestions: string[];
}

/** Damerau-Levenshtein distance (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string, max = 3): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		let rowMin = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			rowMin = Math.min(rowMin, d[i][j]);
		}
		if (rowMin > max) return max + 1;
	}
	return d[a.length][b.length];
}

export function tokens(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** How many edits a word of this length may be away from its correction (0: never corrected). */
export function editLimit(word: string): number {
	if (word.length < 4) return 0;
	return word.length <= 6 ? 1 : 2;
}

/** Words for the vocabulary: lower case, at least 3 characters. */
export function vocabularyFrom(texts: readonly string[]): string[] {
	const words = new Set<string>();
	for (const t of texts) for (const w of tokens(t)) if (w.length >= 3) words.add(w);
	return [...words].sort();
}

/** The look-ups correction needs, made once per SearchData. */
export interface Lexicon {
	data: SearchData;
	frequency: Map<string, number>;
	english: Set<string>;
	byLength: Map<number, string[]>;
	/** The letters whose protected words are in `english`. */
	loaded: Set<string>;
	/** The letters of `wordShards` whose words are in `frequency` and `byLength`. */
	wordsLoaded: Set<string>;
}

const lexicons = new WeakMap<SearchData, Lexicon>();

export function lexicon(data: SearchData): Lexicon {
	let found = lexicons.get(data);
	if (found) return found;
	const frequency = new Map(data.words.map((w, i) => [w, data.freq[i] ?? 1]));
	const byLength = new Map<number, string[]>();
	for (const w of data.words) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
	found = { data, frequency, english: new Set(data.protected), byLength, loaded: new Set(), wordsLoaded: new Set() };
	lexicons.set(data, found);
	return found;
}

/** True when some index word starts with `word` (Pagefind finds it as typed). */
export function startsAnIndexWord(word: string, words: readonly string[]): boolean {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (words[mid] < word) lo = mid + 1;
		else hi = mid;
	}
	return lo < words.length && words[lo].startsWith(word);
}

/** The closest index word within the edit limit, the most frequent of equals; undefined if none. */
export function closestWord(word: string, lex: Lexicon): { word: string; distance: number } | undefined {
	const limit = editLimit(word);
	let best: { word: string; distance: number; freq: number } | undefined;
	for (let length = word.length - limit; length <= word.length + limit; length++) {
		for (const candidate of lex.byLength.get(length) ?? []) {
			if (candidate === word) continue;
			const distance = editDistance(word, candidate, limit);
			if (distance > limit) continue;
			const freq = lex.frequency.get(candidate) ?? 0;
			if (!best || distance < best.distance || (distance === best.distance && freq > best.freq))
				best = { word: candidate, distance, freq };
		}
	}
	return best && { word: best.word, distance: best.distance };
}

/** Why a word is left as typed, or undefined when it may be corrected. */
export function keepReason(
	word: string,
	lex: Lexicon,
	{ unchecked = true } = {},
): 'short' | 'number' | 'known' | 'english' | 'prefix' | 'unchecked' | undefined {
	if (editLimit(word) === 0 || STOP_WORDS.has(word)) return 'short';
	if (/\d/.test(word)) return 'number';
	// Its letter's index words are not here (not fetched, or offline): it may be one of them.
	if (lex.data.wordShards?.includes(word[0]) && !lex.wordsLoaded.has(word[0])) return 'unchecked';
	if (lex.frequency.has(word)) return 'known';
	if (lex.english.has(word)) return 'english';
	const base = word.replace(/'s$/, '');
	if (base !== word && (lex.frequency.has(base) || lex.english.has(base))) return 'english';
	if (startsAnIndexWord(word, lex.data.words)) return 'prefix';
	// Its letter's protected words are not here (not fetched, or offline): it may be a real word.
	if (unchecked && lex.data.protectedShards.includes(word[0]) && !lex.loaded.has(word[0])) return 'unchecked';
	return undefined;
}

/**
 * The letters of protected words to fetch before correcting this query: the first letter of
 * each word that correction would change, whose letter is not loaded yet.
 */
export function protectedShardsFor(query: string, data: SearchData): string[] {
	const lex = lexicon(data);
	const letters = new Set<string>();
	for (const raw of applySynonyms(tokens(query), data.synonyms)) {
		const word = raw.replace(/'s$/, '');
		const letter = word[0];
		if (!letter || lex.loaded.has(letter) || !data.protectedShards.includes(letter)) continue;
		if (keepReason(word, lex, { unchecked: false }) === undefined && closestWord(word, lex)) letters.add(letter);
	}
	return [...letters];
}

/** The letters of index words to fetch before correcting this query: the first letter of each of its words, not loaded yet. */
export function wordShardsFor(query: string, data: SearchData): string[] {
	const lex = lexicon(data);
	const letters = new Set<string>();
	for (const word of applySynonyms(tokens(query), data.synonyms)) {
		const letter = word[0];
		if (letter && data.wordShards?.includes(letter) && !lex.wordsLoaded.has(letter)) letters.add(letter);
	}
	return [...letters];
}

/** Adds a fetched letter of index words (with their frequencies), keeping `data.words` sorted. */
export function addWords(data: SearchData, letter: string, shard: { words: string[]; freq: number[] }): void {
	const lex = lexicon(data);
	if (lex.wordsLoaded.has(letter)) return;
	const merged = [
		...data.words.map((w, i) => [w, data.freq[i] ?? 1] as const),
		...shard.words.map((w, i) => [w, shard.freq[i] ?? 1] as const),
	].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	data.words = merged.map(([w]) => w);
	data.freq = merged.map(([, f]) => f);
	shard.words.forEach((w, i) => {
		lex.frequency.set(w, shard.freq[i] ?? 1);
		lex.byLength.set(w.length, [...(lex.byLength.get(w.length) ?? []), w]);
	});
	lex.wordsLoaded.add(letter);
}

/** Where the index words starting with `letter` are served (src/pages/search-words/[letter].json.ts). */
export const wordsUrl = (letter: string) => `/search-words/${encodeURIComponent(letter)}.json`;

/** Adds a fetched letter of protected words. */
export function addProtected(data: SearchData, letter: string, words: readonly string[]): void {
	const lex = lexicon(data);
	for (const w of words) lex.english.add(w);
	lex.loaded.add(letter);
}

/** Where the protected words starting with `letter` are served (src/pages/search-protected/[letter].json.ts). */
export const protectedUrl = (letter: string) => `/search-protected/${letter}.json`;

/** A known word this rare, beside a close word this many times more frequent, earns a "Did you mean". */
const RARE = 2;
const MORE_FREQUENT = 20;

/**
 * Corrects the unknown words of a query (`query`, `changed`), and gives a "Did you mean"
 * (`suggestion`) when a known but rare word is close to a far more frequent one.
 */
export function correctQuery(
	query: string,
	data: SearchData,
): { query: string; changed: boolean; suggestion?: string } {
	const lex = lexicon(data);
	let changed = false;
	let suggested = false;
	const suggestion: string[] = [];
	const corrected = tokens(query).map((word) => {
		const reason = keepReason(word, lex);
		if (reason === undefined) {
			const best = closestWord(word, lex);
			if (best) changed = true;
			suggestion.push(best?.word ?? word);
			return best?.word ?? word;
		}
		const freq = lex.frequency.get(word) ?? 0;
		if (reason === 'known' && freq <= RARE && !lex.english.has(word)) {
			const best = closestWord(word, lex);
			if (best && (lex.frequency.get(best.word) ?? 0) >= freq * MORE_FREQUENT) {
				suggested = true;
				suggestion.push(best.word);
				return word;
			}
		}
		suggestion.push(word);
		return word;
	});
	return { query: corrected.join(' '), changed, ...(suggested ? { suggestion: suggestion.join(' ') } : {}) };
}

/** The length of the match of `phrase` at `words[at]`, or -1; "*" stands for one or two words. */
function matchAt(words: readonly string[], at: number, phrase: readonly string[]): number {
	if (phrase.length === 0) return 0;
	const [first, ...rest] = phrase;
	if (first === '*') {
		for (const take of [1, 2]) {
			if (at + take > words.length) break;
			const tail = matchAt(words, at + take, rest);
			if (tail >= 0) return take + tail;
		}
		return -1;
	}
	if (words[at] !== first) return -1;
	const tail = matchAt(words, at + 1, rest);
	return tail >= 0 ? 1 + tail : -1;
}

/** The query with its everyday phrases replaced by the site's words (the longest phrase first). */
export function applySynonyms(words: readonly string[], synonyms: readonly Synonym[]): string[] {
	const sorted = [...synonyms].sort((a, b) => b.phrase.length - a.phrase.length);
	const out: string[] = [];
	let i = 0;
	outer: while (i < words.length) {
		for (const { phrase, words: replacement } of sorted) {
			const length = phrase.length ? matchAt(words, i, phrase) : -1;
			if (length > 0) {
				out.push(...tokens(replacement));
				i += length;
				continue outer;
			}
		}
		out.push(words[i]);
		i++;
	}
	return out;
}

/** The words that carry the meaning of a question (all of them when every word is a small one). */
export function keyWords(query: string): string[] {
	const all = tokens(query);
	const key = all.filter((w) => !STOP_WORDS.has(w));
	return key.length ? key : all;
}

export type Register = 'family' | 'professional' | 'neutral';

/** Family language (my, nan, baby…) or professional terms, from the lists in the synonyms file. */
export function registerOf(words: readonly string[], register: SearchData['register']): Register {
	const family = new Set(register.family);
	const professional = new Set(register.professional);
	if (words.some((w) => family.has(w))) return 'family';
	if (words.some((w) => professional.has(w))) return 'professional';
	return 'neutral';
}

/** The audiences of the site, as the index's "audience" filter names them. */
export const FAMILY_AUDIENCES = ['Families', 'Children and young people'];
export const PROFESSIONAL_AUDIENCES = ['Practitioners', 'Judges, magistrates and trainers'];
export const EASY_READ_SECTION = 'Easy read';

/** How much a page for the reader's audience is lifted. */
export const AUDIENCE_BOOST = 2.5;
export const EASY_READ_BOOST = 1.3;

export interface Hit {
	id: string;
	score: number;
}

/** The index, as the shared logic needs it: search with filters; `{}` for none. */
export interface SearchEngine<H extends Hit = Hit> {
	search(terms: string, filters?: Record<string, string | { any: string[] }>): Promise<H[]>;
}

/** Hits ordered for the register: the reader's audience first, by Pagefind's score lifted for it. */
export function orderByAudience<H extends Hit>(
	hits: readonly H[],
	register: Register,
	groups: { family: ReadonlySet<string>; professional: ReadonlySet<string>; easyRead: ReadonlySet<string> },
): H[] {
	if (register === 'neutral') return [...hits];
	const lift = (h: H) => {
		let score = h.score;
		if (register === 'family') {
			if (groups.family.has(h.id)) score *= AUDIENCE_BOOST;
			if (groups.easyRead.has(h.id)) score *= EASY_READ_BOOST;
		} else if (groups.professional.has(h.id) && !groups.family.has(h.id)) score *= AUDIENCE_BOOST;
		return score;
	};
	return hits
		.map((h, index) => ({ h, score: lift(h), index }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ h }) => h);
}

export interface Outcome<H extends Hit = Hit> {
	/** What was typed, and the words searched for in the end. */
	typed: string;
	searched: string;
	/** "Showing results for …" (the search used other words) or "Did you mean …?" (it did not). */
	showingFor?: string;
	didYouMean?: string;
	register: Register;
	hits: H[];
	/** When nothing is found: where to start, and key words that find pages. */
	start: SearchData['start'];
	suggestions: string[];
}

/** Word sets to try when all the words together find nothing: one fewer each time, rarest dropped first. */
export function fewerWords(words: readonly string[], lex: Lexicon): string[][] {
	const rarest = [...words].sort((a, b) => (lex.frequency.get(a) ?? 0) - (lex.frequency.get(b) ?? 0));
	const tries: string[][] = [];
	for (let keep = words.length - 1; keep >= 1; keep--) {
		for (const drop of rarest) {
			const left = words.filter((w) => w !== drop);
			if (left.length === keep && !tries.some((t) => t.join(' ') === left.join(' '))) tries.push(left);
		}
		if (keep < words.length - 1) break;
	}
	// Then each word on its own, the most frequent first.
	for (const w of [...rarest].reverse()) if (!tries.some((t) => t.join(' ') === w)) tries.push([w]);
	return tries.filter((t) => t.length > 0);
}

/**
 * What the reader chose to see: an audience ("Families", as the index's "audience" filter names
 * it) and a country ("England" or "Wales": the "country" filter; a page for both countries has
 * both), each optional.
 */
export interface SearchChoice {
	audience?: string;
	country?: string;
}

/** The index filters for the reader's choice (an empty choice filters nothing). */
export function filtersFor(choice: SearchChoice): Record<string, string> {
	const filters: Record<string, string> = {};
	if (choice.audience) filters.audience = choice.audience;
	if (choice.country) filters.country = choice.country;
	return filters;
}

/** The whole search: phrases, spelling, fallback and audience order, within the reader's choice. */
export async function runQuery<H extends Hit>(
	typed: string,
	data: SearchData,
	engine: SearchEngine<H>,
	choice: SearchChoice = {},
): Promise<Outcome<H>> {
	const filters: Record<string, string | { any: string[] }> = filtersFor(choice);
	const lex = lexicon(data);
	const asTyped = tokens(typed);
	const register = registerOf(asTyped, data.register);
	const expanded = applySynonyms(asTyped, data.synonyms).join(' ');
	const corrected = correctQuery(expanded, data);
	const base = { typed, register, start: [], suggestions: [] };
	const attempt = async (words: string[]) => {
		const terms = words.join(' ');
		const hits = terms ? await engine.search(terms, filters) : [];
		return { terms, hits };
	};
	let found = await attempt(keyWords(corrected.query));
	let showingFor = corrected.changed ? corrected.query : undefined;
	let didYouMean = corrected.suggestion;
	if (!found.hits.length && corrected.suggestion) {
		found = await attempt(keyWords(corrected.suggestion));
		showingFor = corrected.suggestion;
		didYouMean = undefined;
	}
	if (!found.hits.length) {
		for (const words of fewerWords(keyWords(showingFor ?? corrected.query), lex)) {
			const next = await attempt(words);
			if (next.hits.length) {
				found = next;
				showingFor = next.terms;
				break;
			}
		}
	}
	if (!found.hits.length)
		return { ...base, searched: found.terms, hits: [], start: data.start, suggestions: data.suggestions };
	const hits =
		register === 'neutral'
			? found.hits
			: orderByAudience(found.hits, register, await groupsOf(found.terms, engine, filters));
	return {
		...base,
		searched: found.terms,
		hits,
		...(showingFor ? { showingFor } : {}),
		...(didYouMean ? { didYouMean } : {}),
	};
}

/** Which hits are family, professional and easy-read pages: the same words, searched with each filter. */
async function groupsOf(
	terms: string,
	engine: SearchEngine,
	filters: Record<string, string | { any: string[] }>,
): Promise<{ family: Set<string>; professional: Set<string>; easyRead: Set<string> }> {
	const ids = async (extra: Record<string, string | { any: string[] }>) =>
		new Set((await engine.search(terms, { ...filters, ...extra })).map((h) => h.id));
	const [family, professional, easyRead] = await Promise.all([
		ids({ audience: { any: FAMILY_AUDIENCES } }),
		ids({ audience: { any: PROFESSIONAL_AUDIENCES } }),
		ids({ section: EASY_READ_SECTION }),
	]);
	return { family, professional, easyRead };
}

/**
 * Pagefind's ranking at search time. Metadata is searched (Pagefind 1.5 and later): the title
 * weighs 8 (Pagefind's default is 5); the glossary's everyday words for what a family page is
 * about ("keywords") 6, for the terms a family page uses ("family") 1, and on other pages
 * ("mentioned") 0: still found by them, but not lifted (src/components/page/SearchMeta.astro).
 * Chosen with the test set (npm run bench): keywords at 20 put family pages first for
 * practitioners' "special guardianship assessment"; "mentioned" above 0 put practitioner pages
 * first for "SGO".
 */
export const SEARCH_RANKING = { metaWeights: { title: 8, keywords: 6, family: 1, mentioned: 0 } };

/** Where the built site serves the search data (src/pages/search-words.json.ts). */
export const VOCABULARY_URL = '/search-words.json';

/** An empty SearchData: search still works, with no correction, synonyms or starting points. */
export const NO_SEARCH_DATA: SearchData = {
	words: [],
	freq: [],
	protected: [],
	protectedShards: [],
	synonyms: [],
	register: { family: [], professional: [] },
	start: [],
	suggestions: [],
};

/** The search data, downloaded in the browser; empty (no correction) if it cannot be had. */
export async function loadVocabulary(): Promise<SearchData> {
	try {
		const response = await fetch(VOCABULARY_URL);
		return response.ok ? { ...NO_SEARCH_DATA, ...((await response.json()) as SearchData) } : NO_SEARCH_DATA;
	} catch {
		return NO_SEARCH_DATA;
	}
}
