/**
 * Words people search with that a page may not use itself: the glossary's
 * alsoKnownAs (SGO, s20, nan, gran…) for every glossary term the page wraps in
 * <Term> (termIdsIn) or names in its title or description. They are indexed as hidden text,
 * so "my nan wants to look after me" finds the special guardianship pages.
 */
export interface SearchGlossaryEntry {
	id: string;
	term: string;
	alsoKnownAs: readonly string[];
}

/**
 * The glossary ids a page body wraps in <Term id="…">, in order, once each: what
 * findTermUses (src/build/mdx-text.ts) finds with a full MDX parse, found with one pattern.
 * Search metadata needs it for every page as it is built, and parsing each page's MDX again
 * for it took about 5 ms a page (4.7 s of a 1,000-page build). It agrees with the parser on
 * every page of the site (tests/unit/search-terms.test.ts): bodies have no code, and
 * comments are skipped here.
 */
export function termIdsIn(body: string): string[] {
	const ids = new Set<string>();
	const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
	for (const m of text.matchAll(/<Term\s[^>]*?\bid=["']([^"']+)["']/g)) ids.add(m[1]);
	return [...ids];
}

function mentions(text: string, phrase: string): boolean {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\p{L}])${escaped}(s)?(?![\\p{L}])`, 'iu').test(text);
}

/**
 * The same words, split by how much the page is about them: `about` for terms its title
 * names (the page on section 20 is about "s20"), `mentioned` for the rest. Pagefind weighs
 * `about` more, so a page about a term comes before pages that only use it: otherwise every
 * page that matches only through these hidden words ties, and page length alone decides.
 */
export function synonymsByStrength(
	page: { termIds: Iterable<string>; title: string; description?: string },
	glossary: readonly SearchGlossaryEntry[],
): { about: string[]; mentioned: string[] } {
	// "Special guardianship: for family members" is about the special guardianship order.
	const aboutTerms = glossary.filter(
		(entry) => mentions(page.title, entry.term) || mentions(page.title, entry.term.replace(/\s+order$/i, '')),
	);
	const about = [...new Set(aboutTerms.flatMap((entry) => entry.alsoKnownAs))];
	const mentioned = searchSynonyms(page, glossary).filter((word) => !about.includes(word));
	return { about, mentioned };
}

export function searchSynonyms(
	page: { termIds: Iterable<string>; title: string; description?: string },
	glossary: readonly SearchGlossaryEntry[],
): string[] {
	const wrapped = new Set(page.termIds);
	const heading = `${page.title} ${page.description ?? ''}`;
	const words = new Set<string>();
	for (const entry of glossary) {
		if (!wrapped.has(entry.id) && !mentions(heading, entry.term)) continue;
		for (const alias of entry.alsoKnownAs) words.add(alias);
	}
	return [...words];
}
