/** The inline glossary term and the glossary page, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, tabUntil, url } from './browser.ts';

const PAGE = '/guidance/letter-before-proceedings/';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('inline glossary term', () => {
	it('shows its definition on keyboard focus, is announced through aria-describedby, and Escape hides it', async () => {
		const page = await browser.newPage();
		await page.goto(url(PAGE));
		const reached = await tabUntil(page, `document.activeElement?.classList.contains('term__link')`);
		expect(reached).toBe(true);
		const info = await page.evaluate(() => {
			const link = document.activeElement as HTMLAnchorElement;
			const tip = document.getElementById(link.getAttribute('aria-describedby')!)!;
			return { href: link.getAttribute('href'), title: link.getAttribute('title'), role: tip.getAttribute('role'), text: tip.textContent, visible: getComputedStyle(tip).display !== 'none' };
		});
		expect(info.href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
		expect(info.title).toBeNull();
		expect(info.role).toBe('tooltip');
		expect(info.text!.length).toBeGreaterThan(20);
		expect(info.visible).toBe(true);
		// The accessible description screen readers announce is the definition.
		const snapshot = await page.locator(':focus').evaluate((el) => (el as HTMLElement).getAttribute('aria-describedby'));
		expect(snapshot).toBeTruthy();
		await page.keyboard.press('Escape');
		expect(await page.locator('.term:focus-within .term__tip').isVisible()).toBe(false);
		await page.close();
	});

	it('shows the definition on hover', async () => {
		const page = await browser.newPage();
		await page.goto(url(PAGE));
		const term = page.locator('.term').first();
		await term.locator('a').hover();
		expect(await term.locator('.term__tip').isVisible()).toBe(true);
		await page.close();
	});

	it('on a touch screen, the first tap shows the definition and the second follows the link', async () => {
		const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
		const page = await context.newPage();
		await page.goto(url(PAGE));
		const term = page.locator('.term').first();
		await term.locator('a').scrollIntoViewIfNeeded();
		await term.locator('a').tap();
		expect(await term.locator('.term__tip').isVisible()).toBe(true);
		expect(page.url()).toBe(url(PAGE));
		await Promise.all([page.waitForURL(/\/glossary\/#/), term.locator('a').tap()]);
		await context.close();
	});

	it('without JavaScript is a link to its entry in the glossary, which exists', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url(PAGE));
		const href = await page.locator('.term__link').first().getAttribute('href');
		await page.goto(url(href!));
		const id = href!.split('#')[1];
		expect(await page.locator(`[id="${id}"] dt`).innerText()).not.toBe('');
		await context.close();
	});
});

describe('glossary page', () => {
	it('lists at least 50 terms A to Z, each with a stable anchor, plain and easy-read meanings', async () => {
		const page = await browser.newPage();
		await page.goto(url('/glossary/'));
		const entries = await page.$$eval('.glossary__entry', (els) =>
			els.map((e) => ({ id: e.id, term: e.querySelector('dt')?.textContent ?? '', easy: Boolean(e.querySelector('.glossary__easy')) })),
		);
		expect(entries.length).toBeGreaterThanOrEqual(50);
		expect(entries.every((e) => /^[a-z0-9-]+$/.test(e.id) && e.easy)).toBe(true);
		const terms = entries.map((e) => e.term.toLowerCase());
		expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB')));
		await page.close();
	});
});
