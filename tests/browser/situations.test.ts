/**
 * "What is happening?" and the step-by-step pages as a person meets them (issue 18): the way in
 * within the first screen of a 390px phone on the home page and the two family doors; each
 * step's number in its heading's accessible name; every step there without JavaScript; and a
 * printed step page as one meeting pack, with no menus and every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const PHONE = { width: 390, height: 844 };

describe('the way in to "What is happening?"', () => {
	it.each(['/', '/families/', '/children-and-young-people/'])(
		'is within the first screen of a 390px phone on %s',
		async (path) => {
			const page = await browser.newPage({ viewport: PHONE });
			await page.goto(url(path));
			const link = page.locator('[data-situations-link] a[href="/situations/"]');
			const box = await link.boundingBox();
			expect(box).not.toBeNull();
			expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
			await link.click();
			await page.waitForURL(url('/situations/'));
			expect(await page.locator('[data-situations] li').count()).toBe(9);
			await page.close();
		},
	);
});

describe('a step-by-step page', () => {
	const path = '/situations/child-taken-today/';

	it('names each step heading with its number, in order', async () => {
		const page = await browser.newPage();
		await page.goto(url(path));
		const names = await page
			.locator('[data-step-by-step] > li > h2')
			.evaluateAll((hs) => hs.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
		expect(names.length).toBeGreaterThanOrEqual(4);
		names.forEach((name, i) => expect(name).toMatch(new RegExp(`^${i + 1}\\s*Step ${i + 1}: \\S`)));
		// The visible number is hidden from the accessibility tree, so the heading's name starts "Step 1:".
		await expect(page.getByRole('heading', { level: 2, name: /^Step 1: Today/ }).count()).resolves.toBe(1);
		await expect(page.getByRole('list', { name: /What to do/ }).count()).resolves.toBe(1);
		await page.close();
	});

	it('shows every step without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url(path));
		const steps = page.locator('[data-step-by-step] > li');
		const n = await steps.count();
		for (let i = 0; i < n; i++) expect(await steps.nth(i).locator('.step__body').isVisible()).toBe(true);
		await context.close();
	});

	it('prints as one meeting pack: no menus or header, every step, outside addresses shown', async () => {
		const page = await browser.newPage();
		await page.goto(url(path));
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links']) {
			const visible = await page
				.locator(selector)
				.evaluateAll((els) => els.some((e) => (e as HTMLElement).offsetParent !== null));
			expect(visible, selector).toBe(false);
		}
		const steps = page.locator('[data-step-by-step] > li');
		const n = await steps.count();
		for (let i = 0; i < n; i++) expect(await steps.nth(i).isVisible()).toBe(true);
		const after = await page
			.locator('[data-step-by-step] a[href^="https://"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('https://');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		await page.close();
	});
});
