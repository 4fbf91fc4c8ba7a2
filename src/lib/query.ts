/**
 * Helping search understand people's own words: correct misspellings against
 * the site's vocabulary (glossary terms, their everyday names, page titles),
 * and fall back to the key words when a long question finds nothing.
 */

export const STOP_WORDS = new Set(
	'a an and are about after as at be been being by can could do does for from get got has have how i if in into is it its me my of on or our she he so that the their them they this to us was we were what when where which who why will with would you your'.split(
		' ',
	),
);

/** Damerau-Levenshtein distance (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string, max = 3): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

export function tokens(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Words for the vocabulary: lower case, at least 3 characters. */
export function vocabularyFrom(texts: readonly string[]): string[] {
	const words = new Set<string>();
	for (const t of texts) for (const w of tokens(t)) if (w.length >= 3) words.add(w);
	return [...words].sort();
}

/**
 * Replaces each word that is not in the vocabulary with the closest word that
 * is (1 edit for words of 4-6 letters, 2 for longer ones). Short words and
 * numbers are left alone.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): { query: string; changed: boolean } {
	const known = new Set(vocabulary);
	let changed = false;
	const corrected = tokens(query).map((word) => {
		if (word.length < 4 || known.has(word) || /\d/.test(word) || STOP_WORDS.has(word)) return word;
		const limit = word.length <= 6 ? 1 : 2;
		let best: { word: string; distance: number } | undefined;
		for (const candidate of vocabulary) {
			if (Math.abs(candidate.length - word.length) > limit) continue;
			const distance = editDistance(word, candidate, limit);
			if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
		}
		if (best) {
			changed = true;
			return best.word;
		}
		return word;
	});
	return { query: corrected.join(' '), changed };
}

/** The words that carry the meaning of a question, for a second try when it finds nothing. */
export function keyWords(query: string): string[] {
	return tokens(query).filter((w) => !STOP_WORDS.has(w));
}

/** Where the built site serves its vocabulary (src/pages/search-words.json.ts). */
export const VOCABULARY_URL = '/search-words.json';

/** The site's vocabulary, downloaded in the browser; empty (no correction) if it cannot be had. */
export async function loadVocabulary(): Promise<string[]> {
	try {
		const response = await fetch(VOCABULARY_URL);
		return response.ok ? ((await response.json()) as string[]) : [];
	} catch {
		return [];
	}
}

/** The words shown to a reader when the search used other words than theirs. */
export function showingResultsFor(query: string): string {
	return `Showing results for “${query}”.`;
}
