/** The inline glossary term, the glossary A to Z and its letter pages, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, tabUntil, url } from './browser.ts';
import { glossary } from '../helpers/site-content.ts';
import { glossaryHref } from '../../src/lib/glossary.ts';

/** A word's entry on its letter page, as the data says: /glossary/c/#care-order. */
const entryHref = (id: string) => glossaryHref(glossary.find((t) => t.id === id)!);

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
			return {
				href: link.getAttribute('href'),
				title: link.getAttribute('title'),
				role: tip.getAttribute('role'),
				text: tip.textContent,
				visible: getComputedStyle(tip).display !== 'none',
			};
		});
		expect(info.href).toMatch(/^\/glossary\/[a-z]\/#[a-z0-9-]+$/);
		expect(info.href).toBe(entryHref(info.href!.split('#')[1]));
		expect(info.title).toBeNull();
		expect(info.role).toBe('tooltip');
		expect(info.text!.length).toBeGreaterThan(20);
		expect(info.visible).toBe(true);
		// The accessible description screen readers announce is the definition.
		const snapshot = await page
			.locator(':focus')
			.evaluate((el) => (el as HTMLElement).getAttribute('aria-describedby'));
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
		await Promise.all([page.waitForURL(/\/glossary\/[a-z]\/#[a-z0-9-]+$/), term.locator('a').tap()]);
		await context.close();
	});

	it('without JavaScript is a link to its entry in the glossary, which exists', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url(PAGE));
		const href = await page.locator('.term__link').first().getAttribute('href');
		const id = href!.split('#')[1];
		expect(href).toBe(entryHref(id));
		await page.goto(url(href!));
		expect(await page.locator(`[id="${id}"] dt`).innerText()).toBe(glossary.find((t) => t.id === id)!.term);
		await context.close();
	});
});

describe('glossary A to Z', () => {
	it('lists every word A to Z by name, each a link to its entry on its letter page', async () => {
		const page = await browser.newPage();
		await page.goto(url('/glossary/'));
		expect(await page.locator('h1').innerText()).toBe('Glossary A to Z');
		const links = await page.$$eval('[data-glossary-index] a', (els) =>
			els.map((a) => ({ term: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
		);
		expect(links.length).toBe(glossary.length);
		expect(links.every((l) => l.href === glossaryHref({ id: l.href.split('#')[1], term: l.term }))).toBe(true);
		const terms = links.map((l) => l.term.toLowerCase());
		expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB')));
		expect(await page.locator('.glossary__entry').count()).toBe(0);
		await page.close();
	});

	it('sends an old link to a word (/glossary/#care-order) on to the word on its letter page', async () => {
		const page = await browser.newPage();
		await page.goto(url('/glossary/#care-order'));
		await page.waitForURL(url('/glossary/c/#care-order'));
		await page.waitForLoadState('load');
		expect(await page.locator('[id="care-order"] dt').innerText()).toBe('Care order');
		expect(await page.locator('[id="care-order"]').evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(
			true,
		);
		// The redirect replaces the old address: Back leaves the glossary instead of bouncing back to it.
		await page.goBack();
		expect(page.url()).not.toContain('/glossary/');
		await page.close();
	});

	it('leaves other addresses on the A to Z alone', async () => {
		const page = await browser.newPage();
		await page.goto(url('/glossary/#letter-c'));
		await page.waitForTimeout(300);
		expect(page.url()).toBe(url('/glossary/#letter-c'));
		await page.close();
	});

	it('without JavaScript still gives the link to the word', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/glossary/#care-order'));
		expect(page.url()).toBe(url('/glossary/#care-order'));
		expect(await page.getByRole('link', { name: 'Care order', exact: true }).getAttribute('href')).toBe(
			'/glossary/c/#care-order',
		);
		await context.close();
	});
});

describe('glossary letter page', () => {
	it('shows the full entries of its letter, marks its letter, and links back to the A to Z', async () => {
		const page = await browser.newPage();
		await page.goto(url('/glossary/c/'));
		expect(await page.locator('h1').innerText()).toBe('Glossary: C');
		const entries = await page.$$eval('.glossary__entry', (els) =>
			els.map((e) => ({
				id: e.id,
				term: e.querySelector('dt')?.textContent ?? '',
				easy: Boolean(e.querySelector('.glossary__easy')),
			})),
		);
		const expected = glossary.filter((t) => /^c/i.test(t.term));
		expect(entries.map((e) => e.id).sort()).toEqual(expected.map((t) => t.id).sort());
		expect(entries.every((e) => e.easy)).toBe(true);
		const terms = entries.map((e) => e.term.toLowerCase());
		expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB')));
		expect(await page.locator('[id="care-order"] .glossary__aka').innerText()).toContain('taken into care');
		const letters = page.getByRole('navigation', { name: 'Glossary letters' });
		expect(await letters.locator('[aria-current="page"]').innerText()).toBe('C');
		await letters.getByRole('link', { name: 'S', exact: true }).click();
		await page.waitForURL(url('/glossary/s/'));
		await page.getByRole('main').getByRole('link', { name: 'glossary A to Z' }).click();
		await page.waitForURL(url('/glossary/'));
		await page.close();
	});
});
