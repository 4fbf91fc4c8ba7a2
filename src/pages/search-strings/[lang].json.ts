import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { SEARCH_DIALOG_KEYS, SEARCH_VIEW_LATER_KEYS } from '~/client/search-view.ts';

/**
 * The words of the search dialog's results and its filter (siteSearch.*, from the i18n collection), one file
 * per language, named as the i18n files in lower case (the dialog asks for its page's lang):
 * /search-strings/en-gb.json and /search-strings/cy.json. The dialog downloads
 * its language's file with Pagefind the first time it is opened, instead of every page
 * carrying these words in its HTML (0.3 KB gzip a page). A Welsh word not yet written is
 * the English one, as on the pages (Starlight's fallback).
 */
export const getStaticPaths: GetStaticPaths = async () =>
	(await getCollection('i18n')).map((entry) => ({ params: { lang: entry.id } }));

export const GET: APIRoute = async ({ params }) => {
	const entries = await getCollection('i18n');
	const english = entries.find((entry) => entry.id === 'en-gb')!.data as Record<string, string | undefined>;
	const own = entries.find((entry) => entry.id === params.lang)!.data as Record<string, string | undefined>;
	const strings = Object.fromEntries(
		[...SEARCH_VIEW_LATER_KEYS, ...SEARCH_DIALOG_KEYS].map((key) => [key, own[key] ?? english[key]]),
	);
	return new Response(JSON.stringify(strings), { headers: { 'Content-Type': 'application/json' } });
};
