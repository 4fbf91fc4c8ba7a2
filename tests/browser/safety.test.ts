/** Quick exit, text size and both colour themes, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { launch, url } from './browser.ts';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const FAMILY_PAGE = '/guidance/letter-before-proceedings/';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * A context where the neutral website is answered locally (this machine has no internet, and no
 * request may leave it), slowly when `delay` is given, so the page left can be looked at while
 * the browser waits. `requests` counts what was asked of the neutral site.
 */
async function offlineContext(options: { delay?: number; javaScriptEnabled?: boolean } = {}) {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
	const requests: string[] = [];
	await context.route('https://www.bbc.co.uk/**', (route) => {
		requests.push(route.request().url());
		const answer = () =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }).catch(() => {});
		if (options.delay) setTimeout(answer, options.delay);
		else return answer();
	});
	return { context, requests };
}

const pressShift = async (page: Page, times: number) => {
	for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
};
const status = (page: Page) => page.locator('[data-quick-exit-status]');
const leaving = (page: Page) =>
	page.evaluate(
		() =>
			document.documentElement.classList.contains('is-leaving') ||
			Boolean(document.querySelector('.quick-exit-overlay')),
	);

/** Opens FAMILY_PAGE after /about/, leaves it with `exit`: where the browser is, the history's length before and after, and where Back goes. */
async function historyAfterExit(exit: (page: Page) => Promise<unknown>, options: { javaScriptEnabled?: boolean } = {}) {
	const { context } = await offlineContext(options);
	const page = await context.newPage();
	await page.goto(url('/about/'));
	await page.goto(url(FAMILY_PAGE));
	const lengthBefore = await page.evaluate(() => history.length);
	await Promise.all([page.waitForURL(NEUTRAL), exit(page)]);
	const where = page.url();
	const lengthAfter = await page.evaluate(() => history.length);
	await page.goBack();
	const back = page.url();
	await context.close();
	return { where, back, lengthBefore, lengthAfter };
}

/**
 * What is on screen straight after leaving with `exit`, while the neutral site is still
 * loading: the overlay, what the middle and the corners of the window show, and whether
 * anything of the page (or an open dialog) can still be seen. Looked at in the same task
 * as the overlay is added (before the browser paints), and sent back through the console:
 * closing a presentation changes the address (replaceState), which Playwright takes for the
 * end of the page.
 */
async function screenWhileLeaving(
	path: string,
	setup: (page: Page) => Promise<unknown>,
	exit: (page: Page) => Promise<unknown>,
) {
	const { context } = await offlineContext({ delay: 2000 });
	const page = await context.newPage();
	await page.goto(url(path));
	await setup(page);
	await page.evaluate(() => {
		new MutationObserver((_, observer) => {
			const overlay = document.querySelector<HTMLElement>('.quick-exit-overlay');
			if (!overlay) return;
			observer.disconnect();
			const points = [
				[innerWidth / 2, innerHeight / 2],
				[5, 5],
				[innerWidth - 5, innerHeight - 5],
			];
			const screen = {
				overlayText: overlay.textContent,
				overlayRole: overlay.getAttribute('role'),
				covers: points.every(([x, y]) => document.elementFromPoint(x!, y!) === overlay),
				openDialogs: [...document.querySelectorAll('dialog')].filter((d) => d.open || d.checkVisibility()).length,
				visible: [...document.querySelectorAll('main, header, .quick-exit, .term__tip')].filter((e) =>
					e.checkVisibility(),
				).length,
				title: document.title,
			};
			console.log(`quick-exit-screen ${JSON.stringify(screen)}`);
		}).observe(document.body, { childList: true });
	});
	const message = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('quick-exit-screen ') });
	// What is painted, through the DevTools protocol: Playwright's own screenshot would wait for the neutral site.
	const cdp = await context.newCDPSession(page);
	const painted = async () =>
		notWhite(Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' })).data, 'base64'));
	const before = await painted();
	await exit(page);
	const screen = JSON.parse((await message).text().slice('quick-exit-screen '.length));
	const after = await painted();
	await page.waitForURL(NEUTRAL);
	await context.close();
	return { ...screen, painted: { before: before > 0.03, after: after < 0.01 } };
}

/** The share of a screenshot's pixels that are not (nearly) white. */
async function notWhite(png: Buffer): Promise<number> {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	let dark = 0;
	for (let i = 0; i < data.length; i += info.channels)
		if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) dark++;
	return dark / (info.width * info.height);
}
// Something of the page is on screen before (more than 3% of the pixels are not white); after, a blank window with "Loading.".
const hiddenAtOnce = {
	overlayText: 'Loading.',
	overlayRole: 'alert',
	covers: true,
	openDialogs: 0,
	visible: 0,
	title: 'Weather',
	painted: { before: true, after: true },
};

async function openSearch(page: Page) {
	// The search box is a custom element: wait until its script has run, as a person would.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.keyboard.press('Control+k');
	await page.locator('site-search dialog[open]').waitFor();
}

describe('quick exit', () => {
	it('is on every page, whoever it is for, in the same place', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const boxes: ({ x: number; y: number } | null)[] = [];
		const paths = [
			FAMILY_PAGE,
			'/easy-read/special-guardianship-children/',
			'/guidance/plo-pre-proceedings-stage/',
			'/training/m01-pre-proceedings-and-the-plo/',
			'/',
			'/search/',
			'/glossary/',
			'/no-such-page/',
		];
		for (const path of paths) {
			await page.goto(url(path));
			const button = page.locator('.quick-exit').getByRole('link', { name: 'Leave this site' });
			expect(await button.count(), path).toBe(1);
			boxes.push(await button.boundingBox());
		}
		expect(boxes.every((b) => b && b.x === boxes[0]!.x && b.y === boxes[0]!.y)).toBe(true);
		await page.close();
	});

	it('the first Tab reaches the "Leave this site" skip link, then "Skip to content", then the button', async () => {
		const page = await browser.newPage();
		await page.goto(url('/guidance/plo-pre-proceedings-stage/'));
		const focused = [];
		for (let i = 0; i < 3; i++) {
			await page.keyboard.press('Tab');
			focused.push(
				await page.evaluate(() => ({
					text: document.activeElement?.textContent,
					inButton: Boolean(document.activeElement?.closest('.quick-exit')),
				})),
			);
		}
		expect(focused).toEqual([
			{ text: 'Leave this site', inButton: false },
			{ text: 'Skip to content', inButton: false },
			{ text: 'Leave this site', inButton: true },
		]);
		// Clipped away until it has the focus, then shown at the top of the window.
		const clip = () => page.locator('.quick-exit-skip').evaluate((a) => getComputedStyle(a).getPropertyValue('clip'));
		expect(await clip()).toBe('rect(0px, 0px, 0px, 0px)');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await clip()).toBe('auto');
		const box = await page.locator('.quick-exit-skip').boundingBox();
		expect(box!.width).toBeGreaterThan(50);
		expect(box!.y).toBeGreaterThanOrEqual(0);
		await page.close();
	});

	it('the skip link, with Enter, leaves as the button does', async () => {
		const { where, back, lengthBefore, lengthAfter } = await historyAfterExit(async (page) => {
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
		});
		expect(where).toBe(NEUTRAL);
		expect(lengthAfter).toBe(lengthBefore);
		expect(back).toBe(url('/about/'));
	});

	it('the button hides the page, goes to a neutral website and replaces this page in the history', async () => {
		const { where, back, lengthBefore, lengthAfter } = await historyAfterExit((page) =>
			page.locator('.quick-exit').getByRole('link', { name: 'Leave this site' }).click(),
		);
		expect(where).toBe(NEUTRAL);
		// No entry was added for the page left: Back goes to the page before it.
		expect(lengthAfter).toBe(lengthBefore);
		expect(back).toBe(url('/about/'));
	});

	it('pressing Shift 3 times does the same', async () => {
		const { where, back, lengthBefore, lengthAfter } = await historyAfterExit((page) => pressShift(page, 3));
		expect(where).toBe(NEUTRAL);
		expect(lengthAfter).toBe(lengthBefore);
		expect(back).toBe(url('/about/'));
	});

	it('without JavaScript, the button and the skip link are plain links to the neutral website', async () => {
		const button = await historyAfterExit((page) => page.locator('.quick-exit__button').click(), {
			javaScriptEnabled: false,
		});
		expect(button.where).toBe(NEUTRAL);
		const skip = await historyAfterExit(
			async (page) => {
				await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
			},
			{ javaScriptEnabled: false },
		);
		expect(skip.where).toBe(NEUTRAL);
	});

	it('Escape never leaves: not 3 times with the search dialog open, nor on its own', async () => {
		const { context, requests } = await offlineContext();
		const page = await context.newPage();
		await page.goto(url(FAMILY_PAGE));
		await openSearch(page);
		for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
		// Escape did its own job: it closed the search.
		expect(await page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
		await page.waitForTimeout(500);
		expect(page.url()).toBe(url(FAMILY_PAGE));
		expect(await leaving(page)).toBe(false);
		expect(requests).toEqual([]);
		await context.close();
	});

	it('Shift used to type capital letters in the search box does not count', async () => {
		const { context, requests } = await offlineContext();
		const page = await context.newPage();
		await page.goto(url(FAMILY_PAGE));
		await openSearch(page);
		await page.locator('site-search dialog[open] input[data-dialog-input]').waitFor();
		// Typed as people type: Shift held for each capital ("SGO" in one go).
		const text = 'Special Guardianship Order SGO';
		for (const word of text.split(' ')) {
			let shiftDown = false;
			for (const character of word) {
				const capital = character !== character.toLowerCase();
				if (capital && !shiftDown) await page.keyboard.down('Shift');
				if (!capital && shiftDown) await page.keyboard.up('Shift');
				shiftDown = capital;
				await page.keyboard.press(`Key${character.toUpperCase()}`);
			}
			if (shiftDown) await page.keyboard.up('Shift');
			await page.keyboard.press('Space');
		}
		expect(await page.locator('site-search dialog[open] input[data-dialog-input]').inputValue()).toBe(`${text} `);
		await page.waitForTimeout(300);
		expect(await status(page).textContent()).toBe('');
		expect(page.url()).toBe(url(FAMILY_PAGE));
		expect(await leaving(page)).toBe(false);
		expect(requests).toEqual([]);
		await context.close();
	});

	it('says how many presses are left, aloud (a polite status) and beside the button, and clears it after 5 seconds', async () => {
		const { context } = await offlineContext();
		const page = await context.newPage();
		await page.clock.install();
		await page.goto(url(FAMILY_PAGE));
		const indicator = page.locator('.quick-exit__indicator');
		const seen = async () => ({
			text: await status(page).textContent(),
			shown: ((await indicator.boundingBox())?.width ?? 0) > 20,
			lit: await page.locator('.quick-exit').getAttribute('data-presses'),
		});
		expect(await status(page).getAttribute('role')).toBe('status');
		expect(await seen()).toEqual({ text: '', shown: false, lit: null });
		await pressShift(page, 1);
		expect(await seen()).toEqual({
			text: 'Shift pressed 1 time. Press it 2 more times to leave this site.',
			shown: true,
			lit: '1',
		});
		// The message is what screen readers hear from the page's status region.
		expect(await page.getByRole('status').filter({ hasText: 'Press it 2 more times' }).count()).toBe(1);
		await pressShift(page, 1);
		expect(await seen()).toEqual({
			text: 'Shift pressed 2 times. Press it 1 more time to leave this site.',
			shown: true,
			lit: '2',
		});
		await page.clock.fastForward(4000);
		expect((await seen()).lit).toBe('2');
		await page.clock.fastForward(1100);
		expect(await seen()).toEqual({ text: '', shown: false, lit: null });
		await context.close();
	});

	it('two Shift presses, then a pause of over 5 seconds, do not leave: the count starts again', async () => {
		const { context, requests } = await offlineContext();
		const page = await context.newPage();
		await page.clock.install();
		await page.goto(url(FAMILY_PAGE));
		await pressShift(page, 2);
		await page.clock.fastForward(5100);
		await pressShift(page, 1);
		expect(await status(page).textContent()).toBe('Shift pressed 1 time. Press it 2 more times to leave this site.');
		expect(page.url()).toBe(url(FAMILY_PAGE));
		expect(await leaving(page)).toBe(false);
		expect(requests).toEqual([]);
		// Two more presses in time do leave.
		await Promise.all([page.waitForURL(NEUTRAL), pressShift(page, 2)]);
		await context.close();
	});

	it('hides the page at once, before the new site loads', async () => {
		const screen = await screenWhileLeaving(
			FAMILY_PAGE,
			async () => {},
			(page) => page.locator('.quick-exit__button').click(),
		);
		expect(screen).toEqual(hiddenAtOnce);
	});

	it('leaving with the search dialog open hides everything at once, the dialog too', async () => {
		const screen = await screenWhileLeaving(FAMILY_PAGE, openSearch, (page) => pressShift(page, 3));
		expect(screen).toEqual(hiddenAtOnce);
	});

	it("works in a trainer's presentation, and with a glossary pop-up open", async () => {
		const presenting = await screenWhileLeaving(
			'/training/m01-pre-proceedings-and-the-plo/?present=1',
			(page) => page.locator('dialog.presenter[open]').waitFor(),
			(page) => pressShift(page, 3),
		);
		expect(presenting).toEqual(hiddenAtOnce);
		const popUp = await screenWhileLeaving(
			FAMILY_PAGE,
			async (page) => {
				await page.locator('main .term__link').first().focus();
				await page.locator('main .term__tip').first().waitFor({ state: 'visible' });
			},
			(page) => pressShift(page, 3),
		);
		expect(popUp).toEqual(hiddenAtOnce);
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

describe('what reading leaves on the device', () => {
	it('reading and moving between pages, the menu and search stores nothing: no storage, no cookie, no cache, no worker', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
		const page = await context.newPage();
		for (const path of ['/', FAMILY_PAGE, '/easy-read/section-20/', '/glossary/', '/search/?q=section+20', '/cy/']) {
			await page.goto(url(path), { waitUntil: 'networkidle' });
			// The reader scrolls, opens the menu and closes it (Starlight's page once kept the menu's
			// state in sessionStorage as the reader left every page).
			await page.evaluate(() => window.scrollTo(0, 600));
			const menu = page.getByRole('button', { name: 'Menu' });
			if (await menu.isVisible()) {
				await menu.click();
				await menu.click();
			}
		}
		await page.goto(url('/about/'), { waitUntil: 'networkidle' });
		const left = await page.evaluate(async () => ({
			local: Object.keys(localStorage),
			session: Object.keys(sessionStorage),
			cookie: document.cookie,
			caches: await caches.keys(),
			workers: (await navigator.serviceWorker.getRegistrations()).length,
			databases: (await indexedDB.databases()).map((d) => d.name),
		}));
		expect(left).toEqual({ local: [], session: [], cookie: '', caches: [], workers: 0, databases: [] });
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});
});
