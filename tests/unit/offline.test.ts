/** Save for offline: what a page needs (src/build/offline.ts) and what the browser stores (src/client/offline.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { htmlNeeds, pathOf, saveAllFiles, scriptImports, titleOf, type OfflineIndex } from '../../src/build/offline.ts';
import {
	PACKED_HEADER,
	addressesFor,
	bytesOf,
	familyPaths,
	formatBytes,
	packed,
	unpacked,
} from '../../src/client/offline.ts';
import { savedWithFamilyPages } from '../../src/lib/offline-pages.ts';

const index: OfflineIndex = {
	files: ['/_astro/a.css', '/_astro/b.js', '/pictures.svg', '/_astro/saved.js'],
	bytes: [100, 200, 300, 50],
	pages: {
		'/easy-read/x/': { title: 'X', family: true, needs: [0, 1, 2] },
		'/training/m01/': { title: 'M', family: false, needs: [0, 1] },
		'/about/saved/': { title: 'Saved', family: true, needs: [0, 3] },
	},
	pageBytes: { '/easy-read/x/': 1000, '/training/m01/': 2000, '/about/saved/': 500 },
	always: ['/about/saved/', '/offline.json'],
};

describe('what a page needs', () => {
	it('finds its /_astro/ stylesheets and scripts, and the picture sprite when it shows pictures', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><img class="picture" src="/pictures.svg#court" alt=""><a href="/_astro/a.css">';
		expect(htmlNeeds(html)).toEqual(['/_astro/a.css', '/_astro/b.js', '/pictures.svg']);
		expect(htmlNeeds('<a href="/pictures/">')).toEqual([]);
	});
	it('follows static imports, not import()', () => {
		expect(scriptImports('import{a}from"./x.js";import"./y.js";const z=()=>import("./lazy.js")')).toEqual([
			'/_astro/x.js',
			'/_astro/y.js',
		]);
	});
	it('reads the title without the site name, and the address of a built file', () => {
		expect(titleOf('<title>Going to court | Family Justice Guides</title>')).toBe('Going to court');
		expect(pathOf('/d', '/d/easy-read/x/index.html')).toBe('/easy-read/x/');
		expect(pathOf('/d', '/d/index.html')).toBe('/');
	});
});

describe('what is stored', () => {
	it('stores a page with what it needs and what is always saved, once each', () => {
		expect(addressesFor(index, ['/easy-read/x/'])).toEqual([
			'/easy-read/x/',
			'/_astro/a.css',
			'/_astro/b.js',
			'/pictures.svg',
			'/about/saved/',
			'/_astro/saved.js',
			'/offline.json',
		]);
		expect(addressesFor(index, ['/not-a-page/'])).not.toContain('/not-a-page/');
	});
	it('"Save all family pages" stores the family pages only, the same in the build and in the browser', () => {
		expect(familyPaths(index)).toEqual(['/easy-read/x/', '/about/saved/']);
		expect(new Set(saveAllFiles(index))).toEqual(new Set(addressesFor(index, familyPaths(index))));
		expect(saveAllFiles(index)).not.toContain('/training/m01/');
	});
	it('adds up the sizes from the index and says them in KB or MB', () => {
		expect(bytesOf(index, ['/easy-read/x/', '/_astro/a.css', '/pictures.svg'])).toBe(1400);
		const units = { kb: '{n} KB', mb: '{n} MB' };
		expect(formatBytes(1400, units)).toBe('1 KB');
		expect(formatBytes(340 * 1024, units)).toBe('340 KB');
		expect(formatBytes(1.45 * 1024 * 1024, units)).toBe('1.4 MB');
	});
});

describe('stored copies', () => {
	it('are compressed and marked, and unpack to the same body and type', async () => {
		const html = '<!doctype html><title>A leaflet</title>' + '<p>You can take your child home.</p>'.repeat(200);
		const csp = "default-src 'self'";
		const stored = await packed(
			new Response(html, {
				headers: {
					'Content-Type': 'text/html; charset=utf-8',
					'Content-Security-Policy': csp,
					'Content-Length': '9999',
				},
			}),
		);
		expect(stored.headers.get(PACKED_HEADER)).toBe('gzip');
		expect(stored.headers.get('Content-Length')).toBeNull();
		const size = (await stored.clone().blob()).size;
		expect(size).toBeLessThan(html.length / 10);
		const served = unpacked(stored);
		expect(served.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
		// The headers it came with, the page's Content-Security-Policy among them, and not the mark.
		expect(served.headers.get('Content-Security-Policy')).toBe(csp);
		expect(served.headers.get(PACKED_HEADER)).toBeNull();
		expect(await served.text()).toBe(html);
	});

	it('an unmarked copy (saved before copies were compressed) is served as it is', async () => {
		const old = new Response('body { margin: 0 }', { headers: { 'Content-Type': 'text/css' } });
		expect(await unpacked(old).text()).toBe('body { margin: 0 }');
	});
});

describe('savedWithFamilyPages', () => {
	it('takes leaflets, step-by-step pages, family guidance, the glossary and the start pages, in English', () => {
		expect(savedWithFamilyPages('easy-read/section-20', 'easy-read', ['families'])).toBe(true);
		expect(savedWithFamilyPages('situations/child-taken-today', 'situations', ['families'])).toBe(true);
		expect(savedWithFamilyPages('guidance/care-proceedings', 'guidance', ['families'])).toBe(true);
		expect(savedWithFamilyPages('guidance/having-your-say', 'guidance', ['children-and-young-people'])).toBe(true);
		expect(savedWithFamilyPages('glossary', 'site', ['families', 'practitioners'])).toBe(true);
		expect(savedWithFamilyPages('index', 'site', ['families'])).toBe(true);
		expect(savedWithFamilyPages('guidance/working-in-partnership', 'guidance', ['practitioners', 'judiciary'])).toBe(
			false,
		);
		expect(savedWithFamilyPages('guidance', 'guidance', ['families'])).toBe(false);
		expect(savedWithFamilyPages('training/m01', 'training', ['judiciary'])).toBe(false);
		expect(savedWithFamilyPages('cy/easy-read/section-20', 'easy-read', ['families'])).toBe(false);
	});
});

describe('the worker and the page store copies the same way', () => {
	// src/worker/sw.js is served as it is, not bundled, so its packed() and unpacked() are written
	// again there: run the real file and check that each side reads what the other stores.
	type Packing = { packed(r: Response): Promise<Response>; unpacked(r: Response): Response };
	const worker = vm.createContext({
		self: { addEventListener() {}, location: { origin: 'http://localhost' } },
		Response,
		Headers,
		CompressionStream,
		DecompressionStream,
		URL,
	}) as unknown as Packing;
	vm.runInContext(readFileSync('src/worker/sw.js', 'utf8'), worker);
	const page = { packed, unpacked };
	const body = '<p>Saved for a court building with no signal.</p>'.repeat(50);

	it.each([
		['the page', 'the worker', page, worker],
		['the worker', 'the page', worker, page],
	] as const)('what %s stores, %s serves', async (_a, _b, from, to) => {
		const stored = await from.packed(new Response(body, { headers: { 'Content-Type': 'text/html' } }));
		expect(stored.headers.get(PACKED_HEADER)).toBe('gzip');
		const served = to.unpacked(stored);
		expect(served.headers.get('Content-Type')).toBe('text/html');
		expect(await served.text()).toBe(body);
	});
});
