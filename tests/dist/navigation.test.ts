/** Every page is reachable within 3 clicks of the home page: a walk over the links of the built site. */
import { describe, expect, it } from 'vitest';
import { builtPages, isFallback } from '../helpers/dist.ts';

// Welsh addresses of pages not yet in Welsh are not pages to read (src/route-data.ts), like the 404 page.
const pages = builtPages().filter((p) => p.path !== '/404/' && !isFallback(p));
const byPath = new Map(pages.map((p) => [p.path, p]));

function links(html: string): string[] {
	const out = new Set<string>();
	for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"#?]*)(?:[#?][^"]*)?"/g)) {
		const href = m[1];
		if (!href.startsWith('/') || href.startsWith('//')) continue;
		out.add(href.endsWith('/') ? href : `${href}/`);
	}
	return [...out];
}

describe('navigation', () => {
	it('reaches every page within 3 clicks of the home page', () => {
		const depth = new Map<string, number>([['/', 0]]);
		let frontier = ['/'];
		for (let clicks = 1; clicks <= 3; clicks++) {
			const next: string[] = [];
			for (const path of frontier) {
				for (const link of links(byPath.get(path)?.html ?? '')) {
					if (byPath.has(link) && !depth.has(link)) {
						depth.set(link, clicks);
						next.push(link);
					}
				}
			}
			frontier = next;
		}
		const unreachable = pages.map((p) => p.path).filter((p) => !depth.has(p) && p !== '/pictures.svg/');
		expect(unreachable).toEqual([]);
	});

	it('has previous and next links within a section', () => {
		const page = byPath.get('/easy-read/pre-proceedings-meeting/')!;
		expect(page.html).toMatch(/class="pagination-links[^"]*"[\s\S]*rel="prev"[\s\S]*rel="next"/);
	});

	it('has a helpful 404 page with search and the four audience doors', () => {
		const notFound = builtPages().find((p) => p.path === '/404/')!;
		expect(notFound.html).toContain('action="/search/"');
		expect(notFound.html.match(/class="door__title"/g)?.length).toBe(4);
	});
});
