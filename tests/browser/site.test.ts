/** The site as a person uses it: in Chromium, against the served build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, tabUntil, url } from './browser.ts';
import { AUDIENCES, AUDIENCE_LABELS, AUDIENCE_PATHS } from '../../src/lib/taxonomy.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function fresh(path: string): Promise<Page> {
	await page?.close();
	page = await browser.newPage();
	await page.goto(url(path));
	return page;
}

describe('home page', () => {
	it('renders its title and the four audience doors', async () => {
		const p = await fresh('/');
		expect(await p.locator('h1').innerText()).toBe('Family Justice Guides');
		const doors = p.locator('.door__title a');
		expect(await doors.allInnerTexts()).toEqual(AUDIENCES.map((a) => AUDIENCE_LABELS[a]));
	});

	it('the skip link comes second, after "Leave this site", and moves focus to the main content', async () => {
		const p = await fresh('/');
		await p.keyboard.press('Tab');
		expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Leave this site');
		await p.keyboard.press('Tab');
		expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
		await p.keyboard.press('Enter');
		const focused = await p.evaluate(() => ({
			id: document.activeElement?.id,
			inMain: Boolean(document.activeElement?.closest('main')),
		}));
		expect(focused).toEqual({ id: '_top', inMain: true });
	});

	it('keyboard alone reaches every door, and Enter opens it', async () => {
		for (const audience of AUDIENCES) {
			const p = await fresh('/');
			const href = AUDIENCE_PATHS[audience];
			const reached = await tabUntil(
				p,
				`document.activeElement?.matches('.door__title a') && document.activeElement.getAttribute('href') === ${JSON.stringify(href)}`,
			);
			expect(reached, `Tab reaches the ${audience} door`).toBe(true);
			await Promise.all([p.waitForURL(url(href)), p.keyboard.press('Enter')]);
			expect(await p.locator('h1').innerText()).not.toBe('');
		}
	});
});

describe.each(AUDIENCES.map((a) => [a] as const))('the %s landing page', (audience) => {
	it('lists resources for that audience from the collections', async () => {
		const p = await fresh(AUDIENCE_PATHS[audience]);
		const links = await p.locator('.resource-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		// Every listed page says it is for this audience.
		const target = await browser.newPage();
		for (const href of links.slice(0, 4)) {
			await target.goto(url(href!));
			expect(await target.locator('.page-audience a').allInnerTexts(), href!).toContain(AUDIENCE_LABELS[audience]);
		}
		await target.close();
	});
});

describe('search dialog', () => {
	it('opens from the keyboard and finds a page', async () => {
		const p = await fresh('/');
		// The search box is a custom element: wait until its script has run, as a person would.
		await p.waitForFunction(() => customElements.get('site-search') !== undefined);
		await p.keyboard.press('Control+k');
		const input = p.locator('dialog[open] input[data-dialog-input]');
		await input.waitFor({ state: 'visible' });
		await input.fill('letter before proceedings');
		const first = p.locator('dialog[open] .search-view__title').first();
		await first.waitFor({ state: 'visible' });
		const titles = await p.locator('dialog[open] .search-view__title').allInnerTexts();
		expect(
			titles.some((t) => /letter before proceedings/i.test(t)),
			titles.join(' | '),
		).toBe(true);
	});
});
