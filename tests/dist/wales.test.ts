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
	it('there are the first three', () =>
		expect(welsh.map((p) => p.path).sort()).toEqual(['/cy/easy-read/section-20/', '/cy/guidance/wales/', '/cy/situations/']));
});

describe('Beth sy’n digwydd? (/cy/situations/, the Welsh "What is happening?")', () => {
	const listOf = (html: string) =>
		[
			...(/<ul class="situations"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(
				/<a class="situation__link" href="([^"]+)"([^>]*)>([^<]+)<\/a>/g,
			),
		].map((m) => ({ href: m[1], attributes: m[2], text: m[3] }));
	const welshHtml = byPath.get('/cy/situations/')?.html ?? '';
	const welshItems = listOf(welshHtml);
	const englishItems = listOf(byPath.get('/situations/')?.html ?? '');

	it('is built in Welsh (lang="cy"), its Welsh unchecked', () => {
		expect(welshHtml).toMatch(/<html[^>]+lang="cy"/);
		expect(welshHtml).toMatch(/<main[^>]+lang="cy"/);
		expect(welshHtml).toMatch(/<h1[^>]*>\s*Beth sy’n digwydd\?\s*<\/h1>/);
		expect(welshHtml).toContain('data-welsh-check="unchecked"');
	});

	it('lists the 9 situations in Welsh, each linking to its English step page with hreflang="en-GB"', () => {
		expect(welshItems).toHaveLength(9);
		expect(welshItems.map((i) => i.href)).toEqual(englishItems.map((i) => i.href));
		for (const item of welshItems) {
			expect(item.href).toMatch(/^\/situations\/[a-z0-9-]+\/$/);
			expect(item.attributes).toContain('hreflang="en-GB"');
		}
		expect(welshItems.map((i) => i.text)).toContain('Rydw i wedi cael llythyr gan Cafcass neu Cafcass Cymru.');
		// No English sentence: every Welsh one differs from its English twin, and none starts "I have"/"I am".
		welshItems.forEach((item, n) => expect(item.text).not.toBe(englishItems[n].text));
		expect(welshItems.filter((i) => /^(I |My |Social workers)/.test(i.text))).toEqual([]);
		expect(welshHtml).not.toContain('I have had a letter from Cafcass or Cafcass Cymru.');
	});

	it('says once, in Welsh and before the list, that the step-by-step pages are in English for now', () => {
		const notice = 'Mae’r tudalennau cam wrth gam yn Saesneg am y tro.';
		expect(welshHtml.split(notice)).toHaveLength(2);
		expect(welshHtml.indexOf(notice)).toBeLessThan(welshHtml.indexOf('<ul class="situations"'));
	});

	it('leaves the English list as it was: English sentences, no hreflang, no language notice', () => {
		const english = byPath.get('/situations/')!.html;
		expect(englishItems).toHaveLength(9);
		expect(englishItems.map((i) => i.text)).toContain('I have had a letter from Cafcass or Cafcass Cymru.');
		expect(englishItems.filter((i) => i.attributes.trim() !== '')).toEqual([]);
		expect(english).not.toContain('data-situations-language');
		expect(english).not.toContain('Rydw i');
	});
});

describe('the shell of Welsh pages (issue 19: the whole interface in Welsh)', () => {
	const welsh = pages.filter((p) => p.path.startsWith('/cy/') && p.path !== '/cy/404/');
	// The page shell: who the page is for, the legal notice, "About this page" and the footer.
	const shell = (html: string) =>
		[
			/<dl class="page-audience"[\s\S]*?<\/dl>/,
			/<aside class="legal-notice"[\s\S]*?<\/aside>/,
			/<section class="page-info"[\s\S]*?<\/section>/,
			/<nav class="site-footer"[\s\S]*?<\/nav>/,
			/<nav class="pagination-links[^>]*>/,
		]
			.map((pattern) => pattern.exec(html)?.[0] ?? '')
			.join('\n');
	const english = [
		'About this page',
		'Last reviewed',
		'Next review due',
		'>Sources<',
		'no date',
		'<dt>For</dt>',
		'<dt>Section</dt>',
		'<dt>Applies in</dt>',
		'>Families<',
		'This is general information, not legal advice.',
		'speak to a family solicitor',
		'This page describes the law in',
		'Not legal advice',
		'Search the site',
		'Accessibility statement',
		'>Privacy<',
		'Staying safe online',
		'No cookies. No tracking.',
		'Previous and next pages',
		' December ',
		' June ',
	];
	it.each(welsh.map((p) => [p.path, p] as const))('%s has no English in its shell', (_path, page) => {
		const words = shell(page.html);
		expect(words).toContain('<h2 id="about-this-page">Am y dudalen hon</h2>');
		expect(words).toContain('<dt>Adolygwyd ddiwethaf</dt>');
		expect(words).toContain('<h3 id="sources">Ffynonellau</h3>');
		expect(words).toMatch(/<time datetime="\d{4}-\d\d-\d\d">\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}<\/time>/);
		expect(words).toContain('<dt>Ar gyfer</dt>');
		expect(words).toContain('<dt>Lle mae’n berthnasol</dt>');
		expect(words).toContain('<a href="/families/">Teuluoedd</a>');
		expect(words).toContain('aria-label="Am y wefan hon"');
		expect(words).toContain('<a href="/about/accessibility/">Datganiad hygyrchedd</a>');
		expect(words).toContain('Dim cwcis. Dim tracio.');
		expect(english.filter((phrase) => words.includes(phrase))).toEqual([]);
	});
	it.each(welsh.map((p) => [p.path, p] as const))('%s marks its sources’ English titles and publishers as English', (_path, page) => {
		const list = /<ol class="page-info__sources">([\s\S]*?)<\/ol>/.exec(page.html)?.[1] ?? '';
		const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item).toMatch(/^<(a|cite)\b[^>]*\blang="en-GB"/);
			expect(item).toMatch(/\. <span lang="en-GB">[^<]+<\/span>, /);
		}
	});
	it('the legal notice of the Welsh guide is in Welsh, with the free-advice words of FreeAdviceCy', () => {
		const notice = /<aside class="legal-notice"[\s\S]*?<\/aside>/.exec(byPath.get('/cy/guidance/wales/')!.html)?.[0];
		expect(notice).toBe(
			'<aside class="legal-notice" aria-label="Nid cyngor cyfreithiol"><p><strong>Gwybodaeth gyffredinol yw hon, nid cyngor cyfreithiol.</strong> I gael cyngor am eich sefyllfa, siaradwch â chyfreithiwr teulu. Os ydych chi’n rhiant a bod y cyngor wedi anfon llythyr cyn achos atoch chi, gall cyfreithiwr teulu eich cynghori am ddim. Mae’r dudalen hon yn disgrifio’r gyfraith yng Nghymru.</p></aside>',
		);
	});
	it('the Welsh leaflet’s tools are in Welsh', () => {
		const html = byPath.get('/cy/easy-read/section-20/')!.html;
		expect(html).toContain('<dd>Hawdd ei ddeall</dd>');
		expect(html).toContain('<dd>Cymru a Lloegr</dd>');
		expect(html).toContain('Nid yw’r daflen hon wedi’i gwirio eto gyda phobl sy’n defnyddio deunyddiau hawdd eu deall.');
		expect(html).toContain('alt="Cod QR ar gyfer http://localhost:4321/cy/easy-read/section-20/"');
		expect(html).toContain('Mae’r daflen hon ar-lein yn http://localhost:4321/cy/easy-read/section-20/');
		expect(html).not.toContain('This leaflet has not been checked with easy-read readers yet.');
		expect(html).not.toContain('This leaflet is online at');
		expect(html).not.toContain('QR code for');
	});
	it('English pages keep their English shell', () => {
		const html = byPath.get('/guidance/where-to-start/')!.html;
		expect(html).toContain('<h2 id="about-this-page">About this page</h2>');
		expect(html).toContain('<strong>This is general information, not legal advice.</strong> For advice about your situation, speak to a family solicitor.');
		expect(html).toContain('<p>No cookies. No tracking. Nothing you do here is sent to anyone.</p>');
		expect(html).toMatch(/<time datetime="\d{4}-\d\d-\d\d">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
	});
});

describe('fallback pages (an English page at a Welsh address)', () => {
	const fallbacks = builtPages().filter((p) => isFallback(p));
	it('mark their Welsh footer as Welsh inside <main lang="en-GB">', () => {
		expect(fallbacks.length).toBeGreaterThan(10);
		const unmarked = fallbacks.filter(
			(p) => !p.html.includes('<nav class="site-footer" aria-label="Am y wefan hon" lang="cy">'),
		);
		expect(unmarked.map((p) => p.path)).toEqual([]);
	});
});
