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

export function searchSynonyms(page: { body: string; title: string; description?: string }, glossary: readonly SearchGlossaryEntry[]): string[] {
	const wrapped = new Set(findTermUses(page.body).map((u) => u.id));
	const heading = `${page.title} ${page.description ?? ''}`;
	const words = new Set<string>();
	for (const entry of glossary) {
		if (!wrapped.has(entry.id) && !mentions(heading, entry.term)) continue;
		for (const alias of entry.alsoKnownAs) words.add(alias);
	}
	return [...words];
}
