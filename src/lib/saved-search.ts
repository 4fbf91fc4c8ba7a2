/**
 * Search over the pages saved on this device (issue 20): when there is no signal, Pagefind's
 * index is not there (it is 0.8 MB, more than all the saved pages), so the saved-pages page
 * searches the saved pages' own words instead, read from Cache Storage. Pure: the words of a
 * page in, whether it matches and a short excerpt out, so the unit tests need no browser.
 */

/** The words of a query, lower case, without punctuation; words of one letter are left out. */
export function queryWords(query: string): string[] {
	return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [])]
		.map((w) => w.replace(/[’']/g, ''))
		.filter((w) => w.length > 1);
}

/** Letters only, lower case, apostrophes dropped: "Children’s" and "childrens" read the same. */
const fold = (text: string) => text.toLowerCase().replace(/[’']/g, '');

export interface SavedMatch {
	/** How many times the query's words appear, the title counting five times. */
	score: number;
	/** About 20 words around the first place a query word appears. */
	excerpt: string;
}

/**
 * Whether a saved page has every word of the query (as the start of one of its words, so
 * "solicitor" finds "solicitors"), and where. Undefined when it does not, or the query has no words.
 */
export function matchSaved(title: string, text: string, query: string): SavedMatch | undefined {
	const words = queryWords(query);
	if (!words.length) return undefined;
	const pageWords = fold(`${title} ${text}`).match(/[\p{L}\p{N}]+/gu) ?? [];
	const titleWords = new Set(fold(title).match(/[\p{L}\p{N}]+/gu) ?? []);
	let score = 0;
	for (const word of words) {
		const count = pageWords.filter((w) => w.startsWith(word)).length;
		if (!count) return undefined;
		score += count + ([...titleWords].some((w) => w.startsWith(word)) ? 5 : 0);
	}
	return { score, excerpt: excerptAround(text, words[0]) };
}

/** About 20 words of `text` around the first word that starts with `word`. */
function excerptAround(text: string, word: string): string {
	const all = text.split(/\s+/).filter(Boolean);
	const at = Math.max(
		0,
		all.findIndex((w) =>
			fold(w)
				.replace(/^[^\p{L}\p{N}]+/u, '')
				.startsWith(word),
		),
	);
	const from = Math.max(0, at - 8);
	const shown = all.slice(from, from + 20).join(' ');
	return `${from > 0 ? '… ' : ''}${shown}${from + 20 < all.length ? ' …' : ''}`;
}
