/** Search as people use it: the /search/ page against the built Pagefind index. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url } from './browser.ts';
import { QUERIES } from './search-queries.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launch();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

async function top(query: string, n = 3): Promise<string[]> {
	await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
	await page.waitForFunction(() =>
		/found|No pages/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
	);
	return page.$$eval(
		'[data-search-results] li > a',
		(links, n) => links.slice(0, n).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		n,
	);
}

describe('the search query set', () => {
	it('has at least 25 realistic queries', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(25);
	});

	it.each(QUERIES.map((q) => [q.query, q.top3] as const))('"%s" finds %j in the top 3', async (query, expected) => {
		const found = await top(query);
		for (const path of expected) expect(found, `top 3 for "${query}"`).toContain(path);
	});
});

describe('the search page', () => {
	it('reads ?q= so a search can be linked, and shows results with who they are for', async () => {
		await top('special guardianship');
		const results = await page.$$eval('[data-search-results] li > a', (as) => as.map((a) => a.textContent ?? ''));
		expect(results.length).toBeGreaterThan(3);
		expect(results.some((t) => /\(Easy read · for families\)/.test(t))).toBe(true);
		expect(await page.inputValue('#search-q')).toBe('special guardianship');
	});

	it('filters by audience', async () => {
		await page.goto(url('/search/?q=special%20guardianship&audience=Judges%2C%20magistrates%20and%20trainers'));
		await page.waitForFunction(() =>
			/found|No pages/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
		);
		const titles = await page.$$eval('[data-search-results] li > a', (as) => as.map((a) => a.textContent ?? ''));
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.every((t) => /judges, magistrates and trainers/i.test(t))).toBe(true);
	});

	it('searches again from the form and updates the address', async () => {
		await page.goto(url('/search/'));
		await page.fill('#search-q', 'section 20');
		await page.click('.search-page__button');
		await page.waitForFunction(() => /found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		expect(new URL(page.url()).searchParams.get('q')).toBe('section 20');
	});

	it('the search dialog shows audience and section filters', async () => {
		await page.goto(url('/'));
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('special guardianship');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
		const filters = await page.locator('dialog[open] .pagefind-ui__filter-name').allInnerTexts();
		expect(filters.map((f) => f.toLowerCase())).toEqual(expect.arrayContaining(['audience', 'section']));
	});

	it('keeps what is typed while the search dialog is still loading, and hands it to the search box', async () => {
		const context = await browser.newContext();
		// A slow connection: Pagefind's UI arrives 1.5 seconds after the dialog opens.
		await context.route('**/_astro/search-ui.*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		const slow = await context.newPage();
		await slow.goto(url('/guidance/letter-before-proceedings/'));
		await slow.waitForFunction(() => customElements.get('site-search') !== undefined);
		await slow.getByRole('button', { name: 'Search' }).click();
		// A search box has the focus at once (on a phone, the keyboard opens with the dialog) …
		const early = slow.locator('dialog[open] input[data-search-early]');
		expect(await early.evaluate((el) => el === document.activeElement)).toBe(true);
		await slow.keyboard.type('special guard');
		expect(await early.inputValue()).toBe('special guard');
		expect(await slow.locator('dialog[open] [data-search-dialog-status]').innerText()).toBe('Loading search…');
		// … and once Pagefind's UI is there, it has the words, the focus and the cursor at the end.
		const input = slow.locator('dialog[open] .pagefind-ui__search-input');
		await input.waitFor();
		expect(await early.count()).toBe(0);
		expect(await input.inputValue()).toBe('special guard');
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		await slow.keyboard.type('ianship');
		expect(await input.inputValue()).toBe('special guardianship');
		await expect
			.poll(() => slow.locator('dialog[open] .pagefind-ui__message').innerText())
			.toMatch(/^\d+ results? for special guardianship$/);
		await context.close();
	});

	it('the search dialog corrects a misspelt word as the search page does, and says so', async () => {
		await page.goto(url('/'));
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.keyboard.press('Control+k');
		const input = page.locator('dialog[open] .pagefind-ui__search-input');
		const note = page.locator('dialog[open] .search-note');
		await input.fill('speshal guardianship');
		await expect.poll(() => note.innerText()).toBe('Showing results for “special guardianship”.');
		expect(await note.getAttribute('role')).toBe('status');
		// As many pages as for the right spelling (without the correction, Pagefind finds 2).
		const found = async () =>
			Number(/^(\d+) results?/.exec(await page.locator('dialog[open] .pagefind-ui__message').innerText())?.[1]);
		await expect.poll(found).toBeGreaterThan(10);
		const misspelt = await found();
		await input.fill('special guardianship');
		await expect.poll(() => note.textContent()).toBe('');
		await expect
			.poll(() => page.locator('dialog[open] .pagefind-ui__message').innerText())
			.toMatch(/for special guardianship$/);
		expect(await found()).toBe(misspelt);
	});
});

describe('the search button', () => {
	// WCAG 2.5.3 Label in Name: the name is the word shown ("Search"); the "Ctrl K" hint beside it
	// is not read as part of the name or as the button's content, and the shortcut is given once,
	// as aria-keyshortcuts.
	for (const width of [320, 390, 1280]) {
		it(`is named "Search" at ${width}px, with the shortcut as aria-keyshortcuts`, async () => {
			const p = await browser.newPage({ viewport: { width, height: 800 } });
			await p.goto(url('/guidance/'));
			const button = p.locator('button[data-open-modal]');
			await expect.poll(() => button.isEnabled()).toBe(true);
			expect(await button.ariaSnapshot()).toBe('- button "Search"');
			expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K');
			// Above 50rem the word and the hint are shown; below, the magnifier alone (the word is for screen readers).
			const word = await button.locator('.search-label').boundingBox();
			expect(word!.width > 1, 'the word "Search" is shown').toBe(width >= 800);
			expect(await button.locator('kbd').first().isVisible()).toBe(width >= 800);
			if (width >= 800)
				expect(await button.evaluate((b: HTMLElement) => b.innerText.replace(/\s+/g, ' ').trim())).toBe(
					'Search Ctrl K',
				);
			await p.close();
		});
	}
});
