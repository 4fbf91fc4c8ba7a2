import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSprite } from '~/build/pictures.ts';

/** The sprite of every easy-read picture (the pictures collection), built once at build time. */
export const GET: APIRoute = async () => {
	const pictures = (await getCollection('pictures')).map((entry) => ({ name: entry.id, ...entry.data }));
	return new Response(buildSprite(pictures), { headers: { 'Content-Type': 'image/svg+xml' } });
};
