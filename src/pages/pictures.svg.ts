import type { APIRoute } from 'astro';
import { buildSprite, loadPictures } from '~/build/pictures.ts';

/** The sprite of every easy-read picture, built once at build time. */
export const GET: APIRoute = () =>
	new Response(buildSprite(loadPictures().values()), { headers: { 'Content-Type': 'image/svg+xml' } });
