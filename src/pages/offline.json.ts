import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { hrefFor } from '~/build/collections.ts';
import { isForFamiliesOrChildren } from '~/lib/taxonomy.ts';

/**
 * The pages "Save all family pages" saves: every page whose readers include families or
 * children (leaflets, family guidance, the landing pages, the site's own pages for them).
 * After the build, src/integrations/offline.ts replaces this file with the full index
 * (each page's files and sizes, src/build/offline.ts), which the glossary's pages join.
 */
export const GET: APIRoute = async () => {
	const entries = await getCollection('docs', (entry) => isForFamiliesOrChildren(entry.data.audience ?? []));
	const family = entries.map(hrefFor).sort();
	return new Response(JSON.stringify({ family }), { headers: { 'Content-Type': 'application/json' } });
};
