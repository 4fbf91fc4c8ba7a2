/** Search as people use it: the /search/ page and the search dialog, against the built Pagefind index. */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url } from './browser.ts';
import { QUERIES } from './search-queries.ts';

let browser: Browser;
let page: Page;
let dialogPage: Page;
beforeAll(async () => {
	browser = await launch();
	page = await browser.newPage();
	dialogPage = await browser.newPage();
	await dialogPage.goto(url('/'));
	await dialogPage.waitForFunction(() => customElements.get('site-search') !== undefined);
});
afterAll(async () => {
	await browser?.close();
});

const PAGE = 'fjg-search-page';
const status = (p: Page) => p.locator(`${PAGE} [data-search-status]`);

async function searchPage(query: string, audience = ''): Promise<void> {
	const params = new URLSearchParams({ q: query });
	if (audience) params.set('audience', audience);
	await page.goto(url(`/search/?${params}`));
	await page.waitForFunction(
		(sel) => /found/.test(document.querySelector(sel)?.textContent ?? ''),
		`${PAGE} [data-search-status]`,
	);
}

/** The first 5 result paths on the search page. */
async function pageTop(query: string): Promise<string[]> {
	await searchPage(query);
	return page.$$eval(`${PAGE} [data-search-results] li > a`, (as) =>
		as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}

/** The first 5 result paths in the search dialog (opened once, then searched again and again). */
async function dialogTop(query: string): Promise<string[]> {
	const p = dialogPage;
	if (!(await p.locator('site-search dialog[open]').count())) await p.keyboard.press('Control+k');
	const input = p.locator('dialog[open] input[data-dialog-input]');
	await input.fill(query);
	await p.waitForFunction(
		(q) => (document.querySelector('[data-search-dialog-status]')?.textContent ?? '').includes(`“${q}”`),
		query,
	);
	return p.$$eval('dialog[open] [data-dialog-results] li > a', (as) =>
		as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}

const ranks: Record<'page' | 'dialog', number[]> = { page: [], dialog: [] };
const rank = (found: string[], wanted: string[]) => found.findIndex((p) => wanted.includes(p)) + 1;

describe('the search test set (tests/browser/search-queries.ts)', () => {
	it('has at least 80 queries, from every kind of reader', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(80);
		expect(new Set(QUERIES.map((q) => q.who)).size).toBe(9);
	});

	describe.each(['page', 'dialog'] as const)('in the %s', (surface) => {
		it.each(QUERIES.map((q) => [q.query, q.pages] as const))('"%s" finds %j in the top 5', async (query, wanted) => {
			const found = surface === 'page' ? await pageTop(query) : await dialogTop(query);
			const r = rank(found, wanted);
			ranks[surface].push(r);
			expect(r, `top 5 for "${query}": ${found.join(', ')}`).toBeGreaterThan(0);
		});

		it('has at least 95% of the queries with their page in the top 3', () => {
			const inTop3 = ranks[surface].filter((r) => r > 0 && r <= 3).length;
			expect(ranks[surface]).toHaveLength(QUERIES.length);
			expect(inTop3 / QUERIES.length).toBeGreaterThanOrEqual(0.95);
		});
	});
});

describe('the search page', () => {
	it('reads ?q= so a search can be linked, and says who each result is for', async () => {
		await searchPage('special guardianship');
		const results = page.locator(`${PAGE} [data-search-results] li`);
		expect(await results.count()).toBeGreaterThan(3);
		const who = await page.locator(`${PAGE} .search-view__for`).allInnerTexts();
		expect(who.every((w) => /· for /.test(w))).toBe(true);
		expect(who).toContain('Easy read · for families');
		expect(await page.inputValue('#search-q')).toBe('special guardianship');
	});

	it('keeps the audience label out of titles, and index-only words out of every excerpt and title', async () => {
		for (const query of ['special guardianship', 'ASGSF', 'nan', 'easy read families', 's20']) {
			await searchPage(query);
			const titles = await page.locator(`${PAGE} .search-view__title`).allInnerTexts();
			const excerpts = await page.locator(`${PAGE} .search-view__excerpt`).allInnerTexts();
			for (const t of titles) expect(t, query).not.toMatch(/\((Easy read|Guidance|Special guardianship toolkit) ·/);
			for (const e of excerpts) {
				// The glossary's everyday words were indexed as "SGO · nan · gran …"; filters as "FamiliesPractitioners".
				expect(e, query).not.toMatch(/ · /);
				expect(e, query).not.toMatch(/(Families|Practitioners)(Children|Practitioners|Judges|Families)/);
			}
		}
	});

	it('filters by audience', async () => {
		await searchPage('special guardianship', 'Judges, magistrates and trainers');
		const who = await page.locator(`${PAGE} .search-view__for`).allInnerTexts();
		expect(who.length).toBeGreaterThan(0);
		expect(who.every((t) => /judges, magistrates and trainers/i.test(t))).toBe(true);
	});

	it('searches again from the form and updates the address', async () => {
		await page.goto(url('/search/'));
		await page.fill('#search-q', 'section 20');
		await page.click('.search-page__button');
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toMatch(/found/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('section 20');
	});

	it('says when it corrected the spelling, and offers the words as typed', async () => {
		await searchPage('speshal guardianship');
		const note = page.locator(`${PAGE} [data-search-note]`);
		expect(await note.innerText()).toMatch(
			/^Showing results for “special guardianship”\. Search instead for “speshal guardianship”\.$/,
		);
	});

	it('never changes a real word: "they took my son into care" finds the family page on care proceedings', async () => {
		await searchPage('they took my son into care');
		expect(await page.locator(`${PAGE} [data-search-note]`).isHidden()).toBe(true);
	});

	it('when nothing is found, shows where a family can start and words that find pages', async () => {
		await page.goto(url('/search/?q=xylophone'));
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('No pages found for “xylophone”.');
		const empty = page.locator(`${PAGE} [data-search-empty]`);
		const links = await empty
			.locator('a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toEqual(expect.arrayContaining(['/easy-read/', '/families/', '/guidance/getting-help-and-advice/']));
		// Every starting point is a page of the build (a listed page that does not exist yet is left out).
		for (const path of links.filter((l) => l !== '/search/'))
			expect((await page.request.get(url(path))).status(), path).toBe(200);
		await empty.getByRole('link', { name: 'special guardianship' }).click();
		await expect
			.poll(() => status(page).textContent(), { timeout: 30_000 })
			.toMatch(/pages found for “special guardianship”/);
	});
});

describe('the country filter', () => {
	const results = (p: Page, list: string) =>
		p.$$eval(`${list} li > a`, (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	// The toolkit's pages are for England (its index, for both countries, says where to go in Wales).
	it('on the search page: Wales leaves out the England-only toolkit, England leaves out the Wales hubs; ?country= is kept', async () => {
		const p = await browser.newPage();
		await p.goto(url('/search/?q=special%20guardianship&country=Wales'));
		await expect.poll(() => p.locator('[data-search-status]').innerText(), { timeout: 15_000 }).toMatch(/found/);
		expect(await p.locator('select[name="country"]').inputValue()).toBe('Wales');
		const forWales = await results(p, '[data-search-results]');
		expect(forWales.length).toBeGreaterThan(0);
		expect(forWales.filter((path) => path.startsWith('/sgo-toolkit/') && path !== '/sgo-toolkit/')).toEqual([]);
		await p.locator('select[name="country"]').selectOption('England');
		await p.locator('button.search-page__button').click();
		await p.waitForURL(/country=England/);
		await expect.poll(() => p.locator('[data-search-status]').innerText(), { timeout: 15_000 }).toMatch(/found/);
		const forEngland = await results(p, '[data-search-results]');
		expect(forEngland.some((path) => path.startsWith('/sgo-toolkit/') && path !== '/sgo-toolkit/')).toBe(true);
		expect(forEngland.filter((path) => /\/guidance\/wales/.test(path))).toEqual([]);
		await p.close();
	});
	it('in the dialog: starts at the country the reader chose', async () => {
		const p = await browser.newPage();
		await p.goto(url('/guidance/where-to-start/'));
		await p.getByRole('button', { name: 'I live in Wales' }).click();
		await p.waitForFunction(() => customElements.get('site-search') !== undefined);
		await p.keyboard.press('Control+k');
		const country = p.locator('dialog[open] select[data-dialog-country]');
		await country.waitFor();
		expect(await country.inputValue()).toBe('Wales');
		await p.locator('dialog[open] input[data-dialog-input]').fill('special guardianship');
		await p.locator('dialog[open] [data-dialog-results] li > a').first().waitFor();
		expect(
			(await results(p, 'dialog[open] [data-dialog-results]')).filter(
				(path) => path.startsWith('/sgo-toolkit/') && path !== '/sgo-toolkit/',
			),
		).toEqual([]);
		await p.close();
	});
});

describe('the search dialog', () => {
	it('has the search page’s audience filter, once search has loaded (the page does not carry it)', async () => {
		const p = await browser.newPage();
		await p.goto(url('/'));
		expect(await p.locator('select[data-dialog-audience], [data-dialog-results]').count()).toBe(0);
		await p.waitForFunction(() => customElements.get('site-search') !== undefined);
		await p.keyboard.press('Control+k');
		const select = p.locator('dialog[open] select[data-dialog-audience]');
		await select.waitFor();
		expect(await select.evaluate((s) => s.closest('label')?.innerText.startsWith('Show pages for'))).toBe(true);
		expect(await select.locator('option').allInnerTexts()).toEqual([
			'Everyone',
			'Families',
			'Children and young people',
			'Practitioners',
			'Judges, magistrates and trainers',
		]);
		await p.locator('dialog[open] input[data-dialog-input]').fill('special guardianship');
		await select.selectOption('Practitioners');
		await expect
			.poll(async () =>
				(await p.locator('dialog[open] .search-view__for').allInnerTexts()).every((t) => /practitioners/.test(t)),
			)
			.toBe(true);
		await p.close();
	});

	it('keeps what is typed while search is still loading, and searches for it once loaded', async () => {
		const context = await browser.newContext();
		// A slow connection: the search code arrives 1.5 seconds after the dialog opens.
		await context.route('**/_astro/search-ui.*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		const slow = await context.newPage();
		await slow.goto(url('/guidance/letter-before-proceedings/'));
		await slow.waitForFunction(() => customElements.get('site-search') !== undefined);
		await slow.getByRole('button', { name: 'Search' }).click();
		// The search box has the focus at once (on a phone, the keyboard opens with the dialog) …
		const input = slow.locator('dialog[open] input[data-dialog-input]');
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		await slow.keyboard.type('special guardianship');
		expect(await slow.locator('dialog[open] [data-search-dialog-status]').innerText()).toBe('Loading search…');
		// … and once search has loaded, what was typed is searched.
		await expect
			.poll(() => slow.locator('dialog[open] [data-search-dialog-status]').innerText(), { timeout: 20_000 })
			.toMatch(/^\d+ pages found for “special guardianship”\.$/);
		expect(await input.inputValue()).toBe('special guardianship');
		await context.close();
	});

	it('corrects a misspelt word as the search page does, and says so', async () => {
		await dialogTop('speshal guardianship');
		const note = dialogPage.locator('dialog[open] [data-dialog-note]');
		expect(await note.innerText()).toMatch(/^Showing results for “special guardianship”\./);
		await dialogTop('special guardianship');
		expect(await note.isHidden()).toBe(true);
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

describe('axe-core on search with results (every WCAG A and AA rule, experimental ones included)', () => {
	const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
	const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
	/** Violations on the page as it is now (axe injected with the CSP bypassed, as in axe.test.ts). */
	async function violations(p: Page, include?: string): Promise<string[]> {
		await p.addScriptTag({ path: axePath });
		return p.evaluate(
			async ({ tags, include }) => {
				type Axe = {
					getRules(): { ruleId: string; tags: string[] }[];
					run(c: unknown, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
				};
				const axe = (window as unknown as { axe: Axe }).axe;
				const values = axe
					.getRules()
					.filter((r) => r.tags.some((t) => tags.includes(t)))
					.map((r) => r.ruleId);
				const result = await axe.run(include ? { include: [include] } : document, {
					runOnly: { type: 'rule', values },
				});
				return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
			},
			{ tags: TAGS, include },
		);
	}

	for (const theme of ['light', 'dark']) {
		it(`finds nothing on the search page with results, with a note, and with nothing found (${theme})`, async () => {
			const context = await browser.newContext({ bypassCSP: true });
			const p = await context.newPage();
			await p.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			for (const q of ['speshal guardianship', 'xylophone']) {
				await p.goto(url(`/search/?q=${encodeURIComponent(q)}`));
				await p.waitForFunction(() =>
					/found/.test(document.querySelector('fjg-search-page [data-search-status]')?.textContent ?? ''),
				);
				expect(await violations(p), q).toEqual([]);
			}
			await context.close();
		});

		it(`finds nothing in the open search dialog with results (${theme})`, async () => {
			const context = await browser.newContext({ bypassCSP: true });
			const p = await context.newPage();
			await p.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await p.goto(url('/'));
			await p.waitForFunction(() => customElements.get('site-search') !== undefined);
			await p.keyboard.press('Control+k');
			await p.locator('dialog[open] input[data-dialog-input]').fill('speshal guardianship');
			await p.waitForFunction(() =>
				/found/.test(document.querySelector('[data-search-dialog-status]')?.textContent ?? ''),
			);
			expect(await violations(p, 'site-search dialog')).toEqual([]);
			await context.close();
		});
	}
});
