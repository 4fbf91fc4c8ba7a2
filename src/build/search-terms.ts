/**
 * Words people search with that a page may not use itself: the glossary's
 * alsoKnownAs (SGO, s20, nan, gran…) for every glossary term the page wraps in
 * <Term> or names in its title or description. They are indexed as hidden text,
 * so "my nan wants to look after me" finds the special guardianship pages.
 */
import { findTermUses } from './mdx-text.ts';

export interface SearchGlossaryEntry {
	id: string;
	term: string;
	alsoKnownAs: readonly string[];
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
	page: { body: string; title: string; description?: string },
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
	page: { body: string; title: string; description?: string },
	glossary: readonly SearchGlossaryEntry[],
): string[] {
	const wrapped = new Set(findTermUses(page.body).map((u) => u.id));
	const heading = `${page.title} ${page.description ?? ''}`;
	const words = new Set<string>();
	for (const entry of glossary) {
		if (!wrapped.has(entry.id) && !mentions(heading, entry.term)) continue;
		for (const alias of entry.alsoKnownAs) words.add(alias);
	}
	return [...words];
}
