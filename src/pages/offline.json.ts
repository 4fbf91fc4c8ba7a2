import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { hrefFor } from '~/build/collections.ts';
import { savedWithFamilyPages } from '~/lib/offline-pages.ts';
import { glossaryGroups, glossaryLetterPath } from '~/lib/glossary.ts';

/**
 * The pages "Save all family pages" saves (src/lib/offline-pages.ts chooses them): the easy-read
 * leaflets, the step-by-step pages, the family guidance, the glossary with its letter pages,
 * the home page, the families and children pages and staying safe online: what a family needs
 * with no signal (a court building, a meeting). Any other page is saved by itself.
 * After the build, src/integrations/offline.ts replaces this file with the full index
 * (each page's files and sizes, src/build/offline.ts).
 */
export const GET: APIRoute = async () => {
	const entries = await getCollection('docs', (entry) =>
		savedWithFamilyPages(entry.id, entry.data.section, entry.data.audience),
	);
	const terms = (await getCollection('glossary')).map((g) => ({ id: g.id, term: g.data.term }));
	const letters = glossaryGroups(terms).map((group) => glossaryLetterPath(group.letter));
	const family = [...new Set([...entries.map(hrefFor), ...letters])].sort();
	return new Response(JSON.stringify({ family }), { headers: { 'Content-Type': 'application/json' } });
};
