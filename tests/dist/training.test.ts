/** The built training pages and short links in dist/, without a browser. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../helpers/dist.ts';
import { site } from '../helpers/site-content.ts';
import { MODULE_SECTIONS } from '../../src/lib/taxonomy.ts';

const pages = builtPages();
const modules = site.pages
	.filter((p) => p.data.section === 'training')
	.map((p) => ({ id: String(p.data.moduleId), path: `/${p.file.replace(/^content\//, '').replace(/\.mdx?$/, '')}/` }));

describe.each(modules.map((m) => [m.id, m] as const))('module %s', (id, m) => {
	const page = pages.find((p) => p.path === m.path);
	const short = join(DIST, 'm', id.slice(1), 'index.html');

	it('is built, with the 7 sections in order, each with its QR code and copy-link button', () => {
		expect(page, m.path).toBeDefined();
		const html = page!.html;
		const ids = [...html.matchAll(/<section[^>]*\bid="([^"]+)"[^>]*data-module-section/g)].map((x) => x[1]);
		expect(ids).toEqual([...MODULE_SECTIONS]);
		for (const kind of MODULE_SECTIONS) {
			expect(html).toMatch(new RegExp(`<details class="qr" data-qr="${kind}" data-qr-url="[^"]+#${kind}"`));
			expect(html).toMatch(new RegExp(`data-copy-link="[^"]+#${kind}"`));
		}
		expect(html).toContain('data-qr="module"');
		// Every QR code is an image named by its address.
		const svgs = [...html.matchAll(/<svg role="img" aria-label="QR code for ([^"]+)"/g)];
		expect(svgs.length).toBe(9); // the module, 7 sections, and the module again for print
	});

	it(`has a short link, /m/${id.slice(1)}/, that redirects to it`, () => {
		expect(existsSync(short)).toBe(true);
		const html = readFileSync(short, 'utf8');
		expect(html).toMatch(/<html lang="en-GB"/);
		expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${m.path}">`);
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${m.path}">`));
		expect(html).toMatch(new RegExp(`<a href="${m.path}"`));
	});
});

describe('the built site', () => {
	it('leaves the short links out of the sitemap', () => {
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/training/');
		expect(sitemap).not.toMatch(/\/m\/\d+\//);
	});

	it('has no inline module scripts: every bundled script is a file (no need for unsafe-inline)', () => {
		const inline = pages.filter((p) => /<script type="module">/.test(p.html)).map((p) => p.path);
		expect(inline).toEqual([]);
	});
});
