/** Quick exit, text size and both colour themes, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, tabUntil, url } from './browser.ts';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const FAMILY_PAGE = '/guidance/letter-before-proceedings/';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A context where the neutral website is answered locally (this machine has no internet). */
async function offlineContext(): Promise<BrowserContext> {
	const context = await browser.newContext();
	await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
	return context;
}

async function historyAfterExit(exit: (page: Page) => Promise<void>) {
	const context = await offlineContext();
	const page = await context.newPage();
	await page.goto(url('/about/'));
	await page.goto(url(FAMILY_PAGE));
	await Promise.all([page.waitForURL(NEUTRAL), exit(page)]);
	const where = page.url();
	await page.goBack();
	const back = page.url();
	await context.close();
	return { where, back };
}

describe('quick exit', () => {
	it('is on pages for families and children, in the same place, and not on pages only for practitioners', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const boxes: ({ x: number; y: number } | null)[] = [];
		for (const path of [FAMILY_PAGE, '/easy-read/special-guardianship-children/', '/sgo-toolkit/for-children/']) {
			await page.goto(url(path));
			boxes.push(await page.getByRole('link', { name: 'Leave this site' }).boundingBox());
		}
		expect(boxes.every((b) => b && b.x === boxes[0]!.x && b.y === boxes[0]!.y)).toBe(true);
		await page.goto(url('/guidance/plo-pre-proceedings-stage/'));
		expect(await page.getByRole('link', { name: 'Leave this site' }).count()).toBe(0);
		await page.close();
	});

	it('is the next thing Tab reaches after the skip link', async () => {
		const page = await browser.newPage();
		await page.goto(url(FAMILY_PAGE));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Leave this site');
		await page.close();
	});

	it('the button hides the page, goes to a neutral website and replaces this page in the history', async () => {
		const { where, back } = await historyAfterExit((page) => page.getByRole('link', { name: 'Leave this site' }).click());
		expect(where).toBe(NEUTRAL);
		expect(back).toBe(url('/about/'));
	});

	it('pressing Escape 3 times does the same', async () => {
		const { where, back } = await historyAfterExit(async (page) => {
			for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
		});
		expect(where).toBe(NEUTRAL);
		expect(back).toBe(url('/about/'));
	});

	it('hides the page at once, before the new site loads', async () => {
		const context = await browser.newContext();
		// The neutral site answers slowly; the page must already be hidden in the same moment as the click.
		await context.route('https://www.bbc.co.uk/**', (route) => setTimeout(() => route.fulfill({ body: 'Weather' }).catch(() => {}), 2000));
		const page = await context.newPage();
		await page.goto(url(FAMILY_PAGE));
		const display = await page.evaluate(() => {
			document.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')!.click();
			return getComputedStyle(document.body).display;
		});
		expect(display).toBe('none');
		await context.close();
	});
});

describe('quick exit on a phone', () => {
	type Box = { left: number; right: number; top: number; bottom: number };
	const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	const LEAFLET = '/easy-read/letter-before-proceedings/';

	for (const size of ['normal', 'large', 'larger'])
		for (const width of [320, 390])
			it(`at ${width}px with ${size} text, covers neither the contents toggle nor the heading beside it, and the site's name is whole`, async () => {
				const context = await browser.newContext({ viewport: { width, height: 640 } });
				await context.addInitScript((s) => localStorage.setItem('fjg-text-size', s), size);
				const page = await context.newPage();
				await page.goto(url(LEAFLET));
				// Scrolled to a section, so that the bar shows the heading being read.
				await page.locator('main h2').nth(1).scrollIntoViewIfNeeded();
				await page.mouse.wheel(0, 200);
				await page.waitForTimeout(300);
				const boxes = await page.evaluate(() => {
					const box = (selector: string) => {
						const el = document.querySelector(selector);
						if (!el || !el.checkVisibility()) return null;
						const { left, right, top, bottom } = el.getBoundingClientRect();
						return { left, right, top, bottom };
					};
					const name = document.querySelector<HTMLElement>('.site-title span')!;
					return {
						exit: box('.quick-exit__button')!,
						bar: box('mobile-starlight-toc summary')!,
						toggle: box('mobile-starlight-toc .toggle')!,
						current: box('mobile-starlight-toc .display-current'),
						currentText: document.querySelector('mobile-starlight-toc .display-current')?.textContent ?? '',
						header: box('header.header')!,
						name: box('.site-title span')!,
						nameCut: name.scrollWidth > name.clientWidth || name.scrollHeight > name.clientHeight,
					};
				});
				expect(boxes.exit.top).toBeGreaterThanOrEqual(boxes.bar.top);
				expect(boxes.exit.bottom).toBeLessThanOrEqual(boxes.bar.bottom);
				expect(overlap(boxes.exit, boxes.toggle)).toBe(false);
				if (boxes.current && boxes.current.right > boxes.current.left) {
					expect(boxes.currentText).not.toBe('');
					expect(overlap(boxes.exit, boxes.current)).toBe(false);
				}
				expect(boxes.nameCut).toBe(false);
				expect(boxes.name.top).toBeGreaterThanOrEqual(boxes.header.top);
				expect(boxes.name.bottom).toBeLessThanOrEqual(boxes.header.bottom);
				await context.close();
			});
});

describe('text size', () => {
	it('offers normal, large and larger, applies the choice and remembers it', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(url(FAMILY_PAGE));
		const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
		const select = page.getByRole('combobox', { name: 'Text size' }).first();
		await select.selectOption('larger');
		const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
		expect(after).toBeGreaterThan(before * 1.2);
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
		expect(await page.getByRole('combobox', { name: 'Text size' }).first().inputValue()).toBe('larger');
		await page.close();
	});
});
