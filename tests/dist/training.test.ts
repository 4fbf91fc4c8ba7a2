/** The built training pages and short links in dist/, without a browser. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
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

	it('is built, with the 7 sections in order, each with its tools and QR code', () => {
		expect(page, m.path).toBeDefined();
		const html = page!.html;
		const ids = [...html.matchAll(/<section[^>]*\bid="([^"]+)"[^>]*data-module-section/g)].map((x) => x[1]);
		expect(ids).toEqual([...MODULE_SECTIONS]);
		for (const kind of MODULE_SECTIONS) {
			expect(html).toMatch(new RegExp(`<h2 id="${kind}-title"[^>]*>[^<]+</h2>(<p class="module-section__trainers-only">.*?</p>)?<div class="section-tools[^"]*" data-section-tools[^>]*><details class="qr" data-qr="${kind}"`));
		}
		expect(html).toContain('data-qr="module"');
		// The sections' buttons, status lines and copy-link boxes need JavaScript, which adds them (trainer-tools.ts).
		// So do the trainer tools and the two dialogs (the large QR view and the presentation).
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		expect(main).toContain('data-module-header');
		expect(main).not.toMatch(/data-copy-link|data-copy-status|data-copy-fallback|data-show-qr|data-trainer-tools|<dialog|<button/);
	});

	it('has no QR code drawn in its HTML: each is an <img> of its own SVG file, named by its address, and encodes that address', async () => {
		const html = page!.html;
		// No inline QR code: no <svg> in a QR box or in the printed QR, and none of the qrcode package's drawing anywhere.
		for (const box of html.match(/<details class="qr"[\s\S]*?<\/details>|<figure class="module-header__print-qr"[\s\S]*?<\/figure>/g) ?? []) {
			expect(box).not.toContain('<svg');
		}
		expect(html).not.toContain('shape-rendering="crispEdges"');

		const moduleUrl = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		expect(moduleUrl).toBeDefined();
		const n = id.slice(1);
		const expected = new Map<string, string>([
			[`/qr/m${n}.svg`, moduleUrl!],
			...MODULE_SECTIONS.map((kind): [string, string] => [`/qr/m${n}-${kind}.svg`, `${moduleUrl}#${kind}`]),
		]);
		const imgs = [...html.matchAll(/<img\b[^>]*\bsrc="(\/qr\/[^"]+)"[^>]*>/g)].map(([tag, src]) => ({ tag, src }));
		// One per QR box (the module and 7 sections), and the module's again for print.
		expect(imgs.map((i) => i.src).sort()).toEqual([...expected.keys(), `/qr/m${n}.svg`].sort());

		for (const { tag, src } of imgs) {
			const address = expected.get(src)!;
			const printed = tag.includes('fetchpriority="low"');
			expect(tag, src).toContain(`alt="QR code for ${address}"`);
			expect(tag, src).toMatch(/\bwidth="\d+"/);
			expect(tag, src).toMatch(/\bheight="\d+"/);
			expect(tag, src).toContain('decoding="async"');
			// The boxes' pictures wait until a box is opened; the printed one must be there when the page is printed.
			if (printed) expect(tag, src).not.toContain('loading=');
			else expect(tag, src).toContain('loading="lazy"');
		}
		// Each box prints its address under the picture.
		for (const [src, address] of expected) {
			expect(html, src).toMatch(new RegExp(`src="${src}"[^>]*><figcaption class="qr__address">${address.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}</figcaption>`));
		}

		for (const [src, address] of expected) {
			const file = join(DIST, src);
			expect(existsSync(file), `${src} is in dist`).toBe(true);
			expect(statSync(file).size, `${src} is small`).toBeLessThan(4000);
			const svg = readFileSync(file, 'utf8');
			// A standalone SVG image (served as image/svg+xml, see scripts/serve.mjs) with no script or outside reference.
			expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
			expect(svg.trim().endsWith('</svg>')).toBe(true);
			expect(svg).not.toMatch(/<script|href=|on\w+=/i);
			// It encodes the address: the same dark modules as the qrcode package makes for it, and not those of another.
			const modules = (s: string) => /<path stroke="#000000" d="([^"]+)"/.exec(s)?.[1];
			const reference = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
			expect(modules(svg), `${src} encodes ${address}`).toBe(modules(reference));
			expect(modules(svg)).not.toBe(modules(await QRCode.toString(`${address}x`, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })));
		}
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
