/**
 * Wales (issue 19) in a real browser: the country choice (England / Wales, kept on the device
 * only after the reader chooses), passages for one country, glossary pop-ups for Wales, the
 * page without JavaScript and in print (both countries shown), the language link and picker,
 * Welsh search with mutated forms, and axe (every WCAG A/AA rule) on the new pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, url } from './browser.ts';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
	await context?.close();
	context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(url(path));
	return page;
}

const passages = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLDetailsElement>('details[data-for-country]')].map(
			(d) => `${d.dataset.forCountry}:${d.open ? 'open' : 'closed'}`,
		),
	);

describe('England or Wales, remembered', () => {
	it('asks on a page for both countries, and keeps nothing until the reader chooses', async () => {
		const page = await open('/guidance/where-to-start/');
		const choice = page.locator('fjg-country-choice');
		await choice.waitFor();
		expect(await choice.isVisible()).toBe(true);
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		expect(await passages(page)).toEqual(['wales:open']);
	});

	it('for a reader in Wales: Wales notes open, listed at the top, glossary pop-ups with their Wales note; kept on reload', async () => {
		const page = await open('/guidance/where-to-start/');
		await page.getByRole('button', { name: 'I live in Wales' }).click();
		expect(await page.evaluate(() => localStorage.getItem('fjg:country'))).toBe('wales');
		expect(await page.evaluate(() => document.cookie)).toBe('');
		expect(await page.getByRole('button', { name: 'I live in Wales' }).getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => page.locator('[data-country-status]').innerText()).toContain('Wales first');
		expect(await page.locator('[data-country-notes] a').count()).toBeGreaterThan(0);
		// The Cafcass pop-up adds "In Wales: …" (the glossary entry's wales field).
		const tip = page.locator('fjg-term .term__tip', { hasText: 'Cafcass:' }).first();
		expect(await tip.locator('.term__wales').evaluate((el) => getComputedStyle(el).display)).toBe('inline');
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.country)).toBe('wales');
		expect(await passages(page)).toEqual(['wales:open']);
	});

	it('puts the reader’s country first and collapses the other’s, not removing it; forgetting restores both', async () => {
		const page = await open('/guidance/plwg-best-practice-guidance/');
		await page.locator('fjg-country-choice').waitFor();
		const pageOrder = await passages(page);
		expect(pageOrder.slice(0, 2)).toEqual(['england:open', 'wales:open']);
		await page.getByRole('button', { name: 'I live in Wales' }).click();
		// Each passage stays where the author put it: the reader's country open, the other collapsed.
		const forWales = await passages(page);
		expect([...new Set(forWales)].sort()).toEqual(['england:closed', 'wales:open']);
		expect(forWales.length).toBe(pageOrder.length);
		await page.getByRole('button', { name: 'I live in England' }).click();
		expect([...new Set(await passages(page))].sort()).toEqual(['england:open', 'wales:closed']);
		await page.getByRole('button', { name: 'Forget my choice' }).click();
		expect(await page.evaluate(() => localStorage.getItem('fjg:country'))).toBeNull();
		expect(await passages(page)).toEqual(pageOrder);
	});

	it('prints both countries, whatever the reader chose', async () => {
		const page = await open('/guidance/plwg-best-practice-guidance/');
		await page.getByRole('button', { name: 'I live in England' }).click();
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		expect((await passages(page)).every((p) => p.endsWith(':open'))).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('fjg-country-choice').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		expect((await passages(page)).slice(0, 2)).toEqual(['england:open', 'wales:closed']);
	});

	it('without JavaScript, shows both countries, labelled, and no question', async () => {
		const page = await open('/guidance/plwg-best-practice-guidance/', { javaScriptEnabled: false });
		expect((await passages(page)).every((p) => p.endsWith(':open'))).toBe(true);
		expect(await page.locator('details[data-for-country="england"] > summary').first().innerText()).toBe('In England');
		expect(await page.locator('details[data-for-country="wales"] > summary').first().innerText()).toBe('In Wales');
		expect(await page.locator('fjg-country-choice').isVisible()).toBe(false);
	});
});

describe('the site in Welsh', () => {
	it('switches language both ways by the link (no JavaScript needed); no picker leads to untranslated pages', async () => {
		const page = await open('/guidance/wales/');
		expect(await page.locator('starlight-lang-select').count()).toBe(0);
		await page.getByRole('link', { name: 'Darllenwch y dudalen hon yn Gymraeg' }).click();
		await page.waitForURL((address) => address.pathname === '/cy/guidance/wales/');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
		expect(await page.locator('h1').innerText()).toBe('Os ydych chi’n byw yng Nghymru');
		expect(await page.locator('[data-welsh-check="unchecked"]').innerText()).toContain(
			'Nid yw siaradwr Cymraeg wedi gwirio',
		);
		expect(await page.locator('a[href="#_top"]').first().innerText()).toBe('Neidio i’r cynnwys');
		const back = page.getByRole('link', { name: 'Read this page in English' });
		expect(await back.getAttribute('lang')).toBe('en-GB');
		await back.click();
		await page.waitForURL((address) => address.pathname === '/guidance/wales/');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
	});

	it('a page not yet in Welsh says so, in Welsh, and links to the English page', async () => {
		const page = await open('/cy/guidance/care-proceedings/');
		const notice = page.locator('[data-fallback-notice]');
		expect(await notice.getAttribute('lang')).toBe('cy');
		await notice.getByRole('link').click();
		await page.waitForURL(/\/guidance\/care-proceedings\/$/);
		expect(new URL(page.url()).pathname).toBe('/guidance/care-proceedings/');
	});

	it.each([
		['mhlentyn', '/cy/easy-read/section-20/'],
		['blentyn', '/cy/easy-read/section-20/'],
		['nghyfreithiwr', '/cy/'],
		['adran 76', '/cy/'],
	])('Welsh search for "%s" finds the Welsh pages (mutated forms, no Welsh stemmer)', async (query, expected) => {
		const page = await open('/cy/guidance/wales/');
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input[data-dialog-input]').fill(query);
		await page.locator('dialog[open] [data-dialog-results] li > a').first().waitFor();
		const links = await page
			.locator('dialog[open] [data-dialog-results] li > a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links[0], links.join(' ')).toContain(expected);
		expect(
			links.every((l) => l.startsWith('/cy/')),
			links.join(' '),
		).toBe(true);
		// Who each result is for, in Welsh too (the index's filters hold the English names).
		const who = await page.locator('dialog[open] .search-view__for').allInnerTexts();
		expect(who.length).toBeGreaterThan(0);
		expect(
			who.filter((w) => /families|children|practitioners|guidance|easy read/i.test(w)),
			who.join(' | '),
		).toEqual([]);
		expect(
			who.some((w) => /teuluoedd|plant|ymarferwyr/i.test(w)),
			who.join(' | '),
		).toBe(true);
	});

	it('English search for "cafcass cymru" and "wales" reaches the Wales hub', async () => {
		for (const query of ['cafcass cymru', 'wales']) {
			const page = await open('/');
			await page.waitForFunction(() => customElements.get('site-search') !== undefined);
			await page.keyboard.press('Control+k');
			await page.locator('dialog[open] input[data-dialog-input]').fill(query);
			await page.locator('dialog[open] [data-dialog-results] li > a').first().waitFor();
			const links = await page
				.locator('dialog[open] [data-dialog-results] li > a')
				.evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
			// Both hubs in the first 3 (for "cafcass cymru" the step-by-step page on a letter from Cafcass may come between).
			expect(links.slice(0, 3), query).toEqual(
				expect.arrayContaining(['/guidance/wales-for-practitioners/', '/guidance/wales/']),
			);
		}
	});
});

describe('axe: every WCAG A and AA rule on the new pages', () => {
	const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
	it.each([
		['/guidance/wales/', null],
		['/guidance/wales-for-practitioners/', null],
		['/cy/guidance/wales/', null],
		['/cy/easy-read/section-20/', null],
		['/cy/guidance/care-proceedings/', null],
		['/sgo-toolkit/assessment/', null],
		['/guidance/plwg-best-practice-guidance/', 'wales'],
		['/guidance/where-to-start/', 'england'],
	] as const)('%s (country chosen: %s)', async (path, country) => {
		const page = await open(path, { bypassCSP: true });
		if (country)
			await page.getByRole('button', { name: country === 'wales' ? 'I live in Wales' : 'I live in England' }).click();
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
					};
				}
			).axe;
			const result = await axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
				resultTypes: ['violations'],
			});
			return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
		});
		expect(violations).toEqual([]);
	});
});
