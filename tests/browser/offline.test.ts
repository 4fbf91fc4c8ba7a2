/**
 * Save for offline in Chromium, with the network switched off (context.setOffline): nothing
 * stored or registered before the reader asks; a saved leaflet opens offline with its
 * pictures and Listen; a page that is not saved shows the saved-pages page; a reviewed page
 * replaces the saved one once online; "Save all family pages" within 1.5 MB; the quick exit
 * offline; "Remove everything saved" leaves no cache and no worker; no request leaves the site.
 *
 * The site is served here from a copy of dist/ in a temporary folder (on a free port), so
 * that a test can change a page as a review would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { createStaticServer } from '../../scripts/serve.mjs';
import { launch } from './browser.ts';

const LEAFLET = '/easy-read/going-to-court/';
const LEAFLET_TITLE = 'What happens if the council goes to court.';
const UNSAVED = '/guidance/working-in-partnership/';
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const SAVE_ALL_LIMIT = 1.5 * 1024 * 1024;

let browser: Browser;
let server: Server;
let folder: string;
let base: string;
/** Every request any context made that was not to this site. */
const elsewhere: string[] = [];

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'fjg-offline-'));
	cpSync('dist', folder, { recursive: true });
	server = createStaticServer(folder);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://localhost:${(server.address() as AddressInfo).port}`;
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await new Promise((done) => server?.close(done));
	if (folder) rmSync(folder, { recursive: true, force: true });
});

async function newContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	context.on('request', (request) => {
		if (!request.url().startsWith(`${base}/`)) elsewhere.push(request.url());
	});
	return context;
}

/** What this browser has stored and registered for the site. */
const stored = (page: Page) =>
	page.evaluate(async () => ({
		caches: await caches.keys(),
		workers: (await navigator.serviceWorker.getRegistrations()).length,
	}));

/** Opens a page, follows one of its Save links and presses "Save on this device", until the status says it is saved. */
async function save(page: Page, path: string, which: 'page' | 'all') {
	await page.goto(base + path);
	await page
		.getByRole('link', { name: which === 'page' ? 'Save this leaflet for offline' : 'Save all family pages' })
		.click();
	await page.waitForURL(/\/about\/saved\/\?save=/);
	await expect
		.poll(() => page.locator('[data-save-what]').innerText(), { timeout: 10_000 })
		.toMatch(/^Save .* It takes \d/);
	// Still nothing stored: the reader has not pressed Save yet.
	expect(await stored(page)).toEqual({ caches: [], workers: 0 });
	await page.getByRole('button', { name: 'Save on this device' }).click();
	await page.waitForFunction(
		() => /^Saved\b/.test(document.querySelector('[data-save-status]')?.textContent ?? ''),
		null,
		{ timeout: 30_000 },
	);
	await page.evaluate(() => navigator.serviceWorker.ready);
}

/**
 * The pictures of the page drew: each (lazy) picture, asked to load now, decodes from the
 * sprite (an <img> whose file cannot be fetched fails to decode).
 */
const picturesDrawn = (page: Page) =>
	page.evaluate(() =>
		Promise.all(
			[...document.querySelectorAll<HTMLImageElement>('img.picture')].map((img) => {
				img.loading = 'eager';
				return img.decode().then(
					() => img.naturalWidth > 0,
					() => false,
				);
			}),
		),
	);

describe('Save for offline', { timeout: 120_000 }, () => {
	it('stores nothing and registers no worker before the reader presses Save', async () => {
		const context = await newContext();
		const page = await context.newPage();
		for (const path of [LEAFLET, '/about/saved/', '/about/saved/?save=family', UNSAVED, '/']) {
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
		}
		expect(await stored(page)).toEqual({ caches: [], workers: 0 });
		await page.goto(`${base}/about/saved/`);
		await expect
			.poll(() => page.locator('[data-saved-summary]').innerText(), { timeout: 10_000 })
			.toBe('Nothing from this site is saved on this device.');
		expect(await page.locator('[data-remove-all]').isVisible()).toBe(false);
		expect(await stored(page)).toEqual({ caches: [], workers: 0 });
		await context.close();
	});

	it('opens a saved leaflet offline, with its pictures and Listen; an unsaved page shows the offline page', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await save(page, LEAFLET, 'page');
		expect((await stored(page)).workers).toBe(1);
		await context.setOffline(true);
		await page.goto(base + LEAFLET);
		expect(await page.locator('h1').innerText()).toBe(LEAFLET_TITLE);
		const pictures = await picturesDrawn(page);
		expect(pictures.length).toBeGreaterThan(3);
		expect(pictures.every(Boolean)).toBe(true);
		// Listen: the leaflet tools' script ran (the buttons are shown only then).
		expect(await page.getByRole('button', { name: 'Listen' }).isVisible()).toBe(true);

		await page.goto(base + UNSAVED);
		expect(await page.locator('h1').innerText()).toBe('Pages saved for offline');
		expect(await page.locator('[data-not-saved-here]').innerText()).toMatch(/not saved on this device/);
		// The list is filled from Cache Storage after the page has loaded: wait for it.
		await expect
			.poll(() => page.locator('[data-saved-list] a').allInnerTexts(), { timeout: 10_000 })
			.toContain(LEAFLET_TITLE);
		await context.close();
	});

	it('searches the saved pages with no signal (their own words, from Cache Storage)', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await save(page, LEAFLET, 'page');
		await context.setOffline(true);
		// A search goes to /search/, which is not saved: the saved-pages page answers, with its search.
		await page.goto(`${base}/search/?q=judge`);
		const box = page.getByRole('searchbox', { name: 'Search the pages saved on this device' });
		await box.waitFor();
		await box.fill('judge');
		await page.getByRole('button', { name: 'Search saved pages' }).click();
		const status = page.locator('[data-saved-search-status]');
		await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('1 saved page has the words “judge”.');
		const result = page.locator('[data-saved-search-results] li');
		expect(await result.locator('a').innerText()).toBe(LEAFLET_TITLE);
		expect((await result.locator('p').innerText()).toLowerCase()).toContain('judge');
		await box.fill('judge xylophone');
		await page.getByRole('button', { name: 'Search saved pages' }).click();
		await expect
			.poll(() => status.innerText(), { timeout: 10_000 })
			.toBe('No saved page has the words “judge xylophone”. Try fewer words.');
		expect(await result.count()).toBe(0);
		await context.close();
	});

	it('replaces a saved page with its reviewed version once online', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await save(page, LEAFLET, 'page');
		const file = join(folder, LEAFLET, 'index.html');
		const original = readFileSync(file, 'utf8');
		try {
			writeFileSync(file, original.replace('<h1 id="_top" tabindex="-1">', '<h1 id="_top" tabindex="-1">Reviewed: '));
			await page.goto(base + LEAFLET);
			expect(await page.locator('h1').innerText()).toBe(`Reviewed: ${LEAFLET_TITLE}`);
			await context.setOffline(true);
			await page.reload();
			expect(await page.locator('h1').innerText()).toBe(`Reviewed: ${LEAFLET_TITLE}`);
		} finally {
			writeFileSync(file, original);
		}
		await context.close();
	});

	it('saves every family page within 1.5 MB, and "Remove everything saved" leaves no cache and no worker', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await save(page, LEAFLET, 'all');
		const bytes = await page.evaluate(async () => {
			let total = 0;
			const cache = await caches.open('fjg-offline');
			for (const r of await cache.keys()) total += (await (await cache.match(r))!.blob()).size;
			return total;
		});
		// Stored compressed (about a quarter of the pages' 2 MB), each copy marked for the worker to unpack.
		expect(bytes).toBeGreaterThan(300 * 1024);
		expect(bytes).toBeLessThanOrEqual(SAVE_ALL_LIMIT);
		const marks = await page.evaluate(async () => {
			const cache = await caches.open('fjg-offline');
			return Promise.all((await cache.keys()).map(async (r) => (await cache.match(r))!.headers.get('X-FJG-Stored')));
		});
		expect(marks.length).toBeGreaterThan(60);
		expect(marks.every((m) => m === 'gzip')).toBe(true);
		await context.setOffline(true);
		// Leaflets, step-by-step pages, start pages, family guidance and the glossary, each whole and working.
		for (const [path, heading] of [
			['/situations/child-taken-today/', /./],
			['/families/', /./],
			['/easy-read/section-20/', /./],
			['/guidance/care-proceedings/', /care proceedings/i],
			['/glossary/s/', /S/],
		] as const) {
			await page.goto(base + path);
			expect(await page.locator('[data-not-saved-here]').isVisible(), path).toBe(false);
			expect(await page.locator('h1').innerText(), path).toMatch(heading);
			// Its stylesheets came from the saved (compressed) copies, unpacked: each has its rules.
			const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.cssRules.length));
			expect(sheets.length, path).toBeGreaterThan(0);
			expect(
				sheets.every((rules) => rules > 0),
				path,
			).toBe(true);
		}
		await page.goto(`${base}/glossary/s/`);
		expect(await page.locator('#section-20').count()).toBe(1);
		await page.goto(`${base}/about/saved/`);
		await expect
			.poll(() => page.locator('[data-saved-summary]').innerText(), { timeout: 10_000 })
			.toMatch(/^Saved on this device: \d+ pages/);
		await page.getByRole('button', { name: 'Remove everything saved' }).click();
		await expect
			.poll(() => page.locator('[data-remove-status]').innerText(), { timeout: 10_000 })
			.toBe('Everything saved has been removed from this device.');
		expect(await stored(page)).toEqual({ caches: [], workers: 0 });
		// The summary is written after the removal is announced: wait for it.
		await expect
			.poll(() => page.locator('[data-saved-summary]').innerText(), { timeout: 10_000 })
			.toBe('Nothing from this site is saved on this device.');
		await context.close();
	});

	it('leaves with the quick exit offline: the page blanked and replaced in the history', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await save(page, LEAFLET, 'page');
		await page.goto(`${base}/easy-read/`);
		await page.goto(base + LEAFLET);
		await context.setOffline(true);
		await page.reload();
		const lengthBefore = await page.evaluate(() => history.length);
		const messages: string[] = [];
		page.on('console', (m) => messages.push(m.text()));
		const left = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() });
		// Whether the page was blanked (the overlay and the class) before the browser went.
		await page.evaluate(() => {
			new MutationObserver(() => {
				if (document.querySelector('.quick-exit-overlay') && document.documentElement.classList.contains('is-leaving'))
					console.log('fjg: blanked');
			}).observe(document.body, { childList: true });
		});
		await page.locator('.quick-exit__button').click();
		await left;
		await page.waitForLoadState();
		// The browser's own "no internet" page, at the neutral site's address, in place of the leaflet.
		expect(messages).toContain('fjg: blanked');
		expect(page.url()).not.toContain(LEAFLET);
		expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
		await context.setOffline(false);
		await context.close();
	});

	it('the saved-pages page passes axe (every WCAG A and AA rule) offering to save, listing what is saved, and as the offline page', async () => {
		// bypassCSP only so that axe can be injected (as in tests/browser/axe.test.ts).
		const context = await newContext({ bypassCSP: true });
		const page = await context.newPage();
		const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
		const violations = async () => {
			await page.addScriptTag({ path: axePath });
			return page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string }[] }> } }).axe;
				const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
				const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
				return result.violations.map((v) => v.id);
			});
		};
		await save(page, LEAFLET, 'all');
		expect(await violations()).toEqual([]);
		await page.goto(`${base}/about/saved/`);
		await expect.poll(() => page.locator('[data-saved-list] li').count(), { timeout: 10_000 }).toBeGreaterThan(10);
		expect(await violations()).toEqual([]);
		await context.setOffline(true);
		await page.goto(`${base}/training/`);
		await expect.poll(() => page.locator('[data-not-saved-here]').isVisible(), { timeout: 10_000 }).toBe(true);
		expect(await violations()).toEqual([]);
		await context.setOffline(false);
		await context.close();
	});

	it('made no request to any other site but the quick exit’s neutral one', () => {
		expect(elsewhere.filter((u) => !u.startsWith(NEUTRAL))).toEqual([]);
	});
});
