/**
 * Welsh (issue 19): Starlight makes a page under /cy/ for every English page that has no Welsh
 * translation (a "fallback" page: the English entry under the Welsh interface, its <html> lang="cy"
 * and its <main> lang="en-GB"). The site keeps those addresses, so that every link in the Welsh
 * interface works, but makes each one a short page: the title and a notice, in Welsh, linking to
 * the English page (FallbackContentNotice.astro; MarkdownContent.astro leaves out the English words).
 * This middleware keeps them out of search and of search engines (and takes the sitemap link,
 * which robots.txt gives, out of every page's head):
 *  - not indexed by Pagefind (the Welsh index holds only Welsh pages);
 *  - noindex, with the English page as canonical; left out of the sitemap (astro.config.mjs);
 *  - hreflang alternates only between real translations: an English page without a Welsh twin
 *    names no Welsh alternate, and a fallback page names none.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { welshTwinIds } from './build/collections.ts';

const isAlternate = (tag: string, attrs: Record<string, unknown> | undefined) =>
	tag === 'link' && attrs?.rel === 'alternate' && typeof attrs.hreflang === 'string';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// Starlight links the sitemap from every page's head; crawlers find it in /robots.txt, and
	// readers gain nothing from it (on every page, over the 8 KB budget's edge).
	route.head = route.head.filter(({ tag, attrs }) => !(tag === 'link' && attrs?.rel === 'sitemap'));
	const englishId = route.entry.id.replace(/^cy\//, '');
	if (route.isFallback) {
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
		const english = new URL(`/${englishId ? `${englishId}/` : ''}`, context.url).href;
		route.head = route.head
			.filter(({ tag, attrs }) => !isAlternate(tag, attrs) && !(tag === 'link' && attrs?.rel === 'canonical'))
			.concat([
				{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' },
				{ tag: 'link', attrs: { rel: 'canonical', href: english }, content: '' },
			]);
		return;
	}
	if (!route.entry.id.startsWith('cy/') && !(await welshTwinIds()).has(englishId)) {
		route.head = route.head.filter(({ tag, attrs }) => !isAlternate(tag, attrs));
	}
});
