import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { hrefFor } from '~/build/collections.ts';
import { savedWithFamilyPages } from '~/lib/offline-pages.ts';

/**
 * The pages "Save all family pages" saves: the easy-read leaflets, the step-by-step pages,
 * the home page, the families and children pages and staying safe online. They are what a
 * family needs with no signal (a court building, a meeting), and they fit the 1.5 MB the
 * site allows itself on a reader's phone (scripts/bench-budgets.json): with the family
 * guidance and the glossary's letter pages it would be 2.7 MB. Any other page is saved by
 * itself. Welsh pages are left out here: they are saved one by one.
 * After the build, src/integrations/offline.ts replaces this file with the full index
 * (each page's files and sizes, src/build/offline.ts), which the glossary's pages join.
 */
export const GET: APIRoute = async () => {
	const entries = await getCollection('docs', (entry) => savedWithFamilyPages(entry.id, entry.data.section));
	const family = entries.map(hrefFor).sort();
	return new Response(JSON.stringify({ family }), { headers: { 'Content-Type': 'application/json' } });
};
