import type { APIRoute } from 'astro';

/** robots.txt, with the sitemap's full address (the standard wants an absolute URL), from SITE_URL. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
