import type { APIRoute } from 'astro';
import { siteSearchData } from '~/build/site-search-data.ts';

/**
 * What search needs in the browser, downloaded when it is first used (src/lib/query.ts,
 * SearchData): the index's words with their frequencies, the everyday phrases, the letters of
 * protected English words, and where to start when nothing is found.
 */
export const GET: APIRoute = async () => {
	const { data } = await siteSearchData();
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
