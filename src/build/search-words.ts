/**
 * The search data the browser downloads on first use (src/pages/search-words.json.ts), made at
 * build time: every word of the index with its frequency; the real English words (Hunspell
 * en-GB, dictionary-en-gb through nspell) that are close enough to an index word to be taken for
 * a misspelling of it, so that correction never replaces them (the dictionary itself, 123,000
 * forms, stays on the build machine); the synonyms file; the starting points that exist.
 */
import dictionary from 'dictionary-en-gb';
import nspell from 'nspell';
import { STOP_WORDS, editDistance, editLimit, startsAnIndexWord, tokens, type SearchData } from '../lib/query.ts';
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchSynonymsSchema, type SearchSynonymsFile } from '../schemas/search-synonyms.ts';
import { CONTENT_DIR } from './paths.ts';

let english: Set<string> | undefined;
/** The protected words of an index, kept for the build's second endpoint. */
const protectedCache = new Map<string, string[]>();

/**
 * Every word form of the Hunspell en-GB dictionary of 4 letters or more, in lower case (loaded
 * once, about 0.5 s). Shorter words are never corrected; possessives ("mother's") are checked
 * without their 's.
 */
export function englishWords(): Set<string> {
	if (english) return english;
	const spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
	english = new Set(
		Object.keys((spell as unknown as { data: Record<string, unknown> }).data)
			.map((w) => w.toLowerCase().replace(/’/g, "'"))
			.filter((w) => /^[a-z]{4,}$/.test(w)),
	);
	return english;
}

/** How often each word (3 characters or more) occurs in the texts, sorted by word. */
export function wordFrequencies(texts: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts) for (const w of tokens(text)) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
	return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The strings made by deleting 1 letter, or up to 2 (SymSpell's trick: two words within n edits share one). */
function deletions(word: string, n: number): string[] {
	const one: string[] = [];
	for (let i = 0; i < word.length; i++) one.push(word.slice(0, i) + word.slice(i + 1));
	if (n < 2) return one;
	const all = new Set(one);
	for (const w of one) for (let i = 0; i < w.length; i++) all.add(w.slice(0, i) + w.slice(i + 1));
	return [...all];
}

/**
 * The English words the corrector could mistake for a misspelling: not index words, not the
 * start of one, and within the edit limit (editLimit) of some index word.
 */
export function protectedWords(index: readonly string[], dictionaryWords: Iterable<string> = englishWords()): string[] {
	const key = index.join(' ');
	const cached = dictionaryWords === english ? protectedCache.get(key) : undefined;
	if (cached) return cached;
	const known = new Set(index);
	const byDeletion = new Map<string, string[]>();
	for (const word of index) {
		for (const key of [word, ...deletions(word, 2)]) {
			const list = byDeletion.get(key);
			if (list) list.push(word);
			else byDeletion.set(key, [word]);
		}
	}
	const out: string[] = [];
	for (const word of dictionaryWords) {
		const limit = editLimit(word);
		if (limit === 0 || known.has(word) || STOP_WORDS.has(word) || startsAnIndexWord(word, index)) continue;
		const near = new Set<string>();
		for (const key of [word, ...deletions(word, limit)]) for (const w of byDeletion.get(key) ?? []) near.add(w);
		for (const candidate of near) {
			if (editDistance(word, candidate, limit) <= limit) {
				out.push(word);
				break;
			}
		}
	}
	out.sort();
	if (dictionaryWords === english) protectedCache.set(key, out);
	return out;
}

/** The protected words by first letter: the browser fetches only the letter it needs, when it needs it. */
export function shardProtected(words: readonly string[]): Map<string, string[]> {
	const shards = new Map<string, string[]>();
	for (const w of words) shards.set(w[0], [...(shards.get(w[0]) ?? []), w]);
	return shards;
}

/** The index words by first letter, with their frequencies (served as /search-words/<letter>.json). */
export function shardWords(data: Pick<SearchData, 'words' | 'freq'>): Map<string, { words: string[]; freq: number[] }> {
	const shards = new Map<string, { words: string[]; freq: number[] }>();
	data.words.forEach((w, i) => {
		const shard = shards.get(w[0]) ?? { words: [], freq: [] };
		shard.words.push(w);
		shard.freq.push(data.freq[i] ?? 1);
		shards.set(w[0], shard);
	});
	return shards;
}

/** Everything the browser's search needs, from the indexed texts and the synonyms file. */
export function searchData(
	texts: readonly string[],
	file: SearchSynonymsFile,
	pagePaths: ReadonlyMap<string, string>,
	dictionaryWords: Iterable<string> = englishWords(),
): SearchData {
	const frequencies = wordFrequencies(texts);
	const words = [...frequencies.keys()];
	return {
		words,
		freq: [...frequencies.values()],
		protected: [],
		protectedShards: [...shardProtected(protectedWords(words, dictionaryWords)).keys()],
		synonyms: file.synonyms.flatMap((s) => s.phrases.map((p) => ({ phrase: p.split(/\s+/), words: s.words }))),
		register: file.register,
		start: file.start
			.filter((s) => pagePaths.has(s.href))
			.map((s) => ({ href: s.href, title: s.title ?? pagePaths.get(s.href)! })),
		suggestions: file.suggestions,
	};
}

/** Problems with the synonyms file against the index: words no page uses, suggestions that find nothing. */
export function synonymProblems(data: SearchData): string[] {
	const known = new Set(data.words);
	const problems: string[] = [];
	const check = (what: string, text: string) => {
		for (const w of tokens(text))
			if (w.length >= 3 && !known.has(w) && !startsAnIndexWord(w, data.words))
				problems.push(`${what} "${text}": no page uses the word "${w}"`);
	};
	for (const s of data.synonyms) check('synonym words', s.words);
	for (const s of data.suggestions) check('suggestion', s);
	return [...new Set(problems)];
}

const NO_SYNONYMS: SearchSynonymsFile = {
	synonyms: [],
	register: { family: [], professional: [] },
	start: [],
	suggestions: [],
};

/**
 * content/data/search-synonyms.yaml, checked against its schema (an error names the file and the field).
 * A site without the file (a test fixture) searches with no synonyms, register words, starting points or
 * suggestions.
 */
export function readSynonymsFile(contentDir = CONTENT_DIR): SearchSynonymsFile {
	const file = join(contentDir, 'data', 'search-synonyms.yaml');
	if (!existsSync(file)) return NO_SYNONYMS;
	const parsed = searchSynonymsSchema.safeParse(parse(readFileSync(file, 'utf8')));
	if (!parsed.success)
		throw new Error(
			`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
		);
	return parsed.data;
}
