import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchData } from '~/build/site-search-data.ts';

/**
 * The real English words starting with one letter that search must never correct (Hunspell
 * en-GB words close to an index word): fetched by the browser only when a word starting with
 * that letter is about to be corrected (src/lib/query.ts, protectedShardsFor).
 */
export const getStaticPaths: GetStaticPaths = async () => {
	const { shards } = await siteSearchData();
	return [...shards.keys()].map((letter) => ({ params: { letter } }));
};

export const GET: APIRoute = async ({ params }) => {
	const { shards } = await siteSearchData();
	return new Response(JSON.stringify(shards.get(params.letter!) ?? []), {
		headers: { 'Content-Type': 'application/json' },
	});
};
