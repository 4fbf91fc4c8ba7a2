import type { APIRoute } from 'astro';
import { siteSearchData } from '~/build/site-search-data.ts';

/**
 * What search needs in the browser, downloaded when it is first used (src/lib/query.ts,
 * SearchData): the everyday phrases, the letters of the index's words and of the protected
 * English words (each letter's words are fetched when a query needs them), and where to start
 * when nothing is found.
 */
export const GET: APIRoute = async () => {
	const { data, wordShards } = await siteSearchData();
	const light = { ...data, words: [], freq: [], wordShards: [...wordShards.keys()].sort() };
	return new Response(JSON.stringify(light), { headers: { 'Content-Type': 'application/json' } });
};
