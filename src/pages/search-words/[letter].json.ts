import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchData } from '~/build/site-search-data.ts';

/**
 * The index's words starting with one letter, with how often each occurs: fetched by the
 * browser for the letters of a query's words before it is corrected (src/lib/query.ts,
 * wordShardsFor and addWords).
 */
export const getStaticPaths: GetStaticPaths = async () => {
	const { wordShards } = await siteSearchData();
	return [...wordShards.keys()].map((letter) => ({ params: { letter } }));
};

export const GET: APIRoute = async ({ params }) => {
	const { wordShards } = await siteSearchData();
	return new Response(JSON.stringify(wordShards.get(params.letter!) ?? { words: [], freq: [] }), {
		headers: { 'Content-Type': 'application/json' },
	});
};
