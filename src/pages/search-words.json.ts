import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { vocabularyFrom } from '~/lib/query.ts';

/** The site's vocabulary, for correcting misspelt searches in the browser. */
export const GET: APIRoute = async () => {
	const glossary = await getCollection('glossary');
	const docs = await getCollection('docs');
	const words = vocabularyFrom([
		...glossary.flatMap((g) => [g.data.term, ...g.data.alsoKnownAs]),
		...docs.flatMap((d) => [d.data.title, d.data.description ?? '']),
	]);
	return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
