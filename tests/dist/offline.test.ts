/** Save for offline, read from the built site: the index of what each page needs, the worker, the manifest and its icons. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { saveAllFiles, storedBytes, type OfflineIndex } from '../../src/build/offline.ts';
import { builtPages, DIST, isFallback } from '../helpers/dist.ts';

const index = JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as OfflineIndex;

describe('offline.json', () => {
	it('lists every page a reader can open (not the "not yet in Welsh" notices), with files that exist and their sizes', () => {
		const pages = builtPages().filter((p) => p.path !== '/404/' && !/^\/m\/\d+\/$/.test(p.path) && !isFallback(p));
		expect(Object.keys(index.pages).sort()).toEqual(pages.map((p) => p.path).sort());
		expect(index.files.filter((f) => !existsSync(join(DIST, f)))).toEqual([]);
		expect(index.bytes.length).toBe(index.files.length);
	});
	it('gives each page its stylesheets, its scripts and the scripts they import', () => {
		for (const [path, page] of Object.entries(index.pages)) {
			const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
			const needs = new Set(page.needs.map((i) => index.files[i]));
			for (const m of html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)) expect(needs, path).toContain(m[1]);
			if (html.includes('src="/pictures.svg#')) expect(needs, path).toContain('/pictures.svg');
		}
		const search = Object.values(index.pages).find((p) =>
			p.needs.some((i) => index.files[i].includes('Search.astro')),
		)!;
		expect(search.needs.map((i) => index.files[i]).some((f) => f.includes('preload-helper'))).toBe(true);
	});
	it('marks the leaflets, step-by-step pages, family guidance, the glossary and the pages families start from as family pages, and not professional guidance, training or Welsh pages', () => {
		const family = (path: string) => index.pages[path]?.family;
		expect(family('/easy-read/going-to-court/')).toBe(true);
		expect(family('/situations/child-taken-today/')).toBe(true);
		expect(family('/situations/')).toBe(true);
		expect(family('/families/')).toBe(true);
		expect(family('/about/staying-safe-online/')).toBe(true);
		expect(family('/guidance/care-proceedings/')).toBe(true);
		expect(family('/glossary/')).toBe(true);
		expect(family('/glossary/c/')).toBe(true);
		expect(family('/glossary/s/')).toBe(true);
		expect(family('/cy/easy-read/section-20/')).toBe(false);
		expect(family('/training/m01-pre-proceedings-and-the-plo/')).toBe(false);
		expect(family('/guidance/working-in-partnership/')).toBe(false);
		expect(family('/sgo-toolkit/assessment/')).toBe(false);
		// Every glossary letter page is saved.
		const letters = Object.keys(index.pages).filter((p) => /^\/glossary\/[^/]+\/$/.test(p));
		expect(letters.length).toBeGreaterThan(10);
		expect(letters.filter((p) => !family(p))).toEqual([]);
	});
	it('"Save all family pages" stores at most 1.5 MB, the pictures and the offline page included', () => {
		const all = saveAllFiles(index);
		expect(all).toContain('/pictures.svg');
		expect(all).toContain('/about/saved/');
		expect(storedBytes(DIST, all)).toBeLessThanOrEqual(1.5 * 1024 * 1024);
		// The sizes the Save button shows are the stored, compressed ones.
		const path = '/guidance/care-proceedings/';
		expect(index.pageBytes[path]).toBe(storedBytes(DIST, [path]));
		expect(index.pageBytes[path]).toBeLessThan(readFileSync(join(DIST, path, 'index.html')).length / 2);
	});
});

describe('service worker and manifest', () => {
	it('serves the worker at /sw.js, which never stores a file the reader did not save', () => {
		const worker = readFileSync(join(DIST, 'sw.js'), 'utf8')
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.replace(/\/\/.*$/gm, '');
		// Only cache.put of a saved entry (after cache.match found it) and cache.add of a saved page's new files.
		expect(worker).not.toMatch(/addAll|precache|importScripts/);
		expect(worker).toMatch(/const CACHE = 'fjg-offline'/);
	});
	it('has a web app manifest with the name, colours and icons, each a PNG of its size', async () => {
		const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
		expect(manifest.name).toBe('Family Justice Guides');
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
		expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
		for (const icon of manifest.icons) {
			const meta = await sharp(join(DIST, icon.src)).metadata();
			expect(meta.format).toBe('png');
			expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
		}
	});
	it('links the manifest from every page (not the short-link redirects)', () => {
		const missing = builtPages()
			.filter((p) => !/^\/m\/\d+\/$/.test(p.path))
			.filter((p) => !p.html.includes('<link rel="manifest" href="/manifest.webmanifest">'));
		expect(missing.map((p) => p.path)).toEqual([]);
	});
});
