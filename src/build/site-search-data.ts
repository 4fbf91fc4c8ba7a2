/**
 * The site's search data, made once per build from the content collections and shared by the
 * endpoints that serve it (src/pages/search-words.json.ts, src/pages/search-words/[letter].json.ts,
 * src/pages/search-protected/[letter].json.ts).
 */
import { getCollection } from 'astro:content';
import { plainWords } from './mdx-text.ts';
import {
	protectedWords,
	readSynonymsFile,
	searchData,
	shardProtected,
	shardWords,
	synonymProblems,
} from './search-words.ts';
import type { SearchData } from '../lib/query.ts';

/** The address of a page from its collection id ("easy-read/index" or "easy-read" is /easy-read/, "index" is /). */
export const pagePath = (id: string) =>
	id === 'index' ? '/' : `/${id.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

interface SiteSearchData {
	data: SearchData;
	/** Protected English words by first letter. */
	shards: Map<string, string[]>;
	/** Index words by first letter. */
	wordShards: Map<string, { words: string[]; freq: number[] }>;
}
let made: Promise<SiteSearchData> | undefined;

export function siteSearchData(): Promise<SiteSearchData> {
	made ??= (async () => {
		const glossary = await getCollection('glossary');
		const docs = await getCollection('docs');
		const texts = [
			...glossary.flatMap((g) => [
				g.data.term,
				...g.data.alsoKnownAs,
				g.data.definition,
				g.data.easyReadDefinition,
				g.data.wales ?? '',
			]),
			...docs.flatMap((d) => [d.data.title, d.data.description ?? '', plainWords(d.body ?? '')]),
		];
		const paths = new Map(docs.map((d) => [pagePath(d.id), d.data.title]));
		const data = searchData(texts, readSynonymsFile(), paths);
		const problems = synonymProblems(data);
		if (problems.length) throw new Error(`content/data/search-synonyms.yaml: ${problems.join('; ')}`);
		return { data, shards: shardProtected(protectedWords(data.words)), wordShards: shardWords(data) };
	})();
	return made;
}
