/**
 * Wales (issue 19), over the built site: the hubs link every page with a Wales difference, every
 * page about England only says where a reader in Wales should go, passages for one country are
 * labelled and open without JavaScript, and the Welsh pages say their Welsh is unchecked.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isFallback } from '../helpers/dist.ts';

const pages = builtPages().filter((p) => !isFallback(p));
const byPath = new Map(pages.map((p) => [p.path, p]));
const hubLinks = new Set(
	['/guidance/wales/', '/guidance/wales-for-practitioners/'].flatMap((path) =>
		[...(byPath.get(path)?.html ?? '').matchAll(/<ul class="wales-pages"[\s\S]*?<\/ul>/g)].flatMap((m) =>
			[...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]),
		),
	),
);

describe('the Wales hubs', () => {
	it('link every page that has a Wales note or a Wales passage', () => {
		const withWales = pages
			.filter((p) => !p.path.startsWith('/cy/') && /data-wales-note=|data-for-country="wales"/.test(p.html))
			.map((p) => p.path)
			.filter((path) => !['/guidance/wales/', '/guidance/wales-for-practitioners/'].includes(path));
		expect(withWales.length).toBeGreaterThan(20);
		expect(withWales.filter((path) => !hubLinks.has(path))).toEqual([]);
	});

	it('are found by search for "Cafcass Cymru" and "Wales" (index-only words, weighted)', () => {
		const hub = byPath.get('/guidance/wales/')!.html;
		expect(hub).toContain('Cafcass Cymru');
		expect(hub).toMatch(/<h1[^>]*>\s*If you live in Wales\s*<\/h1>/);
	});
});

describe('pages about England only', () => {
	const england = pages.filter((p) => /<dt>Applies in<\/dt>\s*<dd>England<\/dd>/.test(p.html));
	it.each(england.map((p) => [p.path, p] as const))('%s says where a reader in Wales should go', (_path, page) => {
		expect(page.html).toMatch(/<p class="wales-page-link" data-wales-page-link><strong>[^<]+<\/strong> <a href="\/guidance\/wales(-for-practitioners)?\/">/);
	});
	it('there are some', () => expect(england.length).toBeGreaterThan(5));
});

describe('passages for one country, without JavaScript', () => {
	it('are open and labelled "In England" / "In Wales"', () => {
		const html = byPath.get('/training/m04-special-guardianship/')!.html;
		expect(html).toMatch(/<details class="for-country" data-for-country="england" open><summary class="for-country__label">In England<\/summary>/);
		expect(html).toMatch(/<details class="for-country" data-for-country="wales" open><summary class="for-country__label">In Wales<\/summary>/);
		// The choice is offered only with JavaScript, on pages for families and practitioners (not the
		// judges' and trainers' modules): its element starts hidden.
		expect(html).not.toMatch(/<fjg-country-choice/);
		expect(byPath.get('/guidance/plwg-best-practice-guidance/')!.html).toMatch(/<fjg-country-choice[^>]*\bhidden\b/);
	});
});

describe('Welsh pages', () => {
	const welsh = pages.filter((p) => p.path.startsWith('/cy/') && p.path !== '/cy/404/');
	it.each(welsh.map((p) => [p.path, p] as const))('%s is in Welsh, unchecked, and links its English twin', (path, page) => {
		expect(page.html).toMatch(/<html[^>]+lang="cy"/);
		expect(page.html).toMatch(/<main[^>]+lang="cy"/);
		expect(page.html).toContain('data-welsh-check="unchecked"');
		expect(page.html).toContain('This Welsh version has not yet been checked by a Welsh speaker.');
		const english = path.replace(/^\/cy/, '');
		expect(page.html).toContain(`<a href="${english}" hreflang="en-GB" lang="en-GB">Read this page in English</a>`);
		expect(page.html).toContain(`hreflang="en-GB" href="http://localhost:4321${english}"`);
		expect(byPath.get(english)?.html).toContain(`<a href="${path}" hreflang="cy" lang="cy">Darllenwch y dudalen hon yn Gymraeg</a>`);
	});
	it('there are the first two', () => expect(welsh.map((p) => p.path).sort()).toEqual(['/cy/easy-read/section-20/', '/cy/guidance/wales/']));
});
