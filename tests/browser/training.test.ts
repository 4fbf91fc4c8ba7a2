/** The trainer tools on the judicial training modules, as a trainer uses them: in Chromium, against the served build. */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { launch, url } from './browser.ts';
import { MODULE_SECTIONS } from '../../src/lib/taxonomy.ts';
import { site } from '../helpers/site-content.ts';

/** Every module in content/training: its id and page path. */
const modules = site.pages
	.filter((p) => p.data.section === 'training')
	.map((p) => ({ id: String(p.data.moduleId), path: `/${p.file.replace(/^content\//, '').replace(/\.mdx?$/, '')}/` }))
	.sort((a, b) => a.id.localeCompare(b.id));
const first = modules[0];

let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

async function fresh(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
	await context?.close();
	context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
	page = await context.newPage();
	await page.goto(url(path));
	return page;
}

/** The module's own address, as the site publishes it (the canonical link, from the site's URL). */
async function canonical(p: Page): Promise<string> {
	const href = await p.locator('link[rel="canonical"]').getAttribute('href');
	expect(href).toBeTruthy();
	return href!;
}

/** The dark modules of the QR code the qrcode package makes for `address`. */
async function referenceModules(address: string): Promise<string | undefined> {
	const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M' });
	return /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
}

const focusedMatches = (p: Page, selector: string) =>
	p.evaluate((s) => Boolean(document.activeElement?.matches(s)), selector);

/** Runs axe (the engine pa11y-ci uses) on the page as it is now: WCAG 2.x A and AA rules. */
async function axeViolations(p: Page): Promise<string[]> {
	const require = createRequire(import.meta.url);
	await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	return p.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
		).axe;
		const result = await axe.run({
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
		});
		return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
	});
}

describe('the training modules', () => {
	it('there are six, M01 to M06', () => {
		expect(modules.map((m) => m.id)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06']);
	});
});

describe('short links', () => {
	it.each(modules.map((m) => [m.id.slice(1), m] as const))('/m/%s opens that module', async (_n, m) => {
		const p = await fresh(`/m/${m.id.slice(1)}`, {});
		await p.waitForURL(url(m.path));
		expect(await p.locator('[data-fact="moduleId"]').innerText()).toBe(m.id);
	});

	it('keep a section anchor: /m/01/#case-study opens the case study', async () => {
		await context?.close();
		context = await browser.newContext();
		page = await context.newPage();
		await page.goto(url('/m/01/#case-study'), { waitUntil: 'commit' });
		await page.waitForURL((u) => u.pathname === first.path && u.hash === '#case-study');
	});

	it('the short-link page has a visible link, noindex and the canonical address, and is not in the sitemap', async () => {
		const p = await fresh(first.path);
		const response = await p.request.get(url('/m/01/'));
		const html = await response.text();
		expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${first.path}">`));
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain(`<link rel="canonical" href="${await canonical(p)}">`);
		expect(html).toMatch(new RegExp(`<a href="${first.path}"[^>]*>`));
		const sitemap = await (await p.request.get(url('/sitemap-0.xml'))).text();
		expect(sitemap).toContain(first.path);
		expect(sitemap).not.toMatch(/\/m\/\d+\//);
	});
});

describe('module header', () => {
	it('shows the module id, version, duration, audience, prerequisites, outcomes and links to the 7 sections', async () => {
		const p = await fresh(first.path);
		const header = p.locator('[data-module-header]');
		expect(await header.locator('[data-fact="moduleId"]').innerText()).toBe('M01');
		expect(await header.locator('[data-fact="version"]').innerText()).toBe('1.0');
		expect(await header.locator('[data-fact="duration"] time').getAttribute('datetime')).toBe('PT90M');
		expect(await header.locator('[data-fact="trainingAudience"]').innerText()).toBe(
			'Judges, magistrates, legal advisers',
		);
		expect(await header.locator('[data-fact="prerequisites"]').innerText()).toBe('None');
		expect(await header.locator('.module-header__outcomes li').count()).toBeGreaterThanOrEqual(3);
		const links = await header.locator('.module-contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(MODULE_SECTIONS.map((k) => `#${k}`));
		// Each anchor is the section itself, in the same order.
		const ids = await p.locator('main [data-module-section]').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual([...MODULE_SECTIONS]);
	});
});

describe('QR codes', () => {
	it.each(modules.map((m) => [m.id, m] as const))(
		'%s: the module and each section have a QR code of their own address, printed beside it',
		async (_id, m) => {
			const p = await fresh(m.path);
			const moduleUrl = await canonical(p);
			expect(new URL(moduleUrl).pathname).toBe(m.path);
			const expected: [string, string][] = [
				['module', moduleUrl],
				...MODULE_SECTIONS.map((k): [string, string] => [k, `${moduleUrl}#${k}`]),
			];
			for (const [target, address] of expected) {
				const qr =
					target === 'module'
						? p.locator('[data-module-header] details[data-qr="module"]')
						: p.locator(`#${target} details[data-qr="${target}"]`);
				expect(await qr.count(), target).toBe(1);
				expect(await qr.locator('figcaption').textContent()).toBe(address);
				// The picture is an <img> of an SVG file, named by its address …
				const img = qr.locator('img');
				expect(await img.getAttribute('alt')).toBe(`QR code for ${address}`);
				const src = await img.getAttribute('src');
				expect(src).toBe(`/qr/m${m.id.slice(1)}${target === 'module' ? '' : `-${target}`}.svg`);
				// … served as an SVG image …
				const response = await p.request.get(url(src!));
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toBe('image/svg+xml');
				// … that encodes that address: the same modules as the qrcode package makes for it.
				expect(
					/<path stroke="#000000" d="([^"]+)"/.exec(await response.text())?.[1],
					`${target} QR code encodes ${address}`,
				).toBe(await referenceModules(address));
			}
		},
	);

	it('without JavaScript, the QR codes are in <details> elements and there is no button or dialog', async () => {
		const p = await fresh(first.path, { javaScriptEnabled: false });
		const details = p.locator('details[data-qr]');
		expect(await details.count()).toBe(8);
		for (const d of await details.all()) expect(await d.isVisible()).toBe(true);
		await p.locator('#case-study details[data-qr] summary').click();
		const img = p.locator('#case-study details[data-qr] img');
		expect(await img.isVisible()).toBe(true);
		await p.waitForFunction(
			() => (document.querySelector<HTMLImageElement>('#case-study details[data-qr] img')?.naturalWidth ?? 0) > 0,
		);
		expect(await p.locator('main button').count()).toBe(0);
		expect(await p.locator('main dialog').count()).toBe(0);
	});

	it("a QR code in a closed box is not downloaded until the box is opened (the trainer tools' script not loaded)", async () => {
		await context?.close();
		context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		page = await context.newPage();
		const p = page;
		// Scripting is on but the trainer tools never arrive (a blocked or failed download): the boxes stay.
		await p.route(/\/_astro\/ModuleHeader[^/]*\.js$/, (route) => route.abort());
		const requested: string[] = [];
		p.on('request', (r) => {
			if (new URL(r.url()).pathname.startsWith('/qr/')) requested.push(new URL(r.url()).pathname);
		});
		await p.goto(url(first.path), { waitUntil: 'load' });
		expect(await p.locator('#case-study details[data-qr]').isVisible()).toBe(true);
		// Scrolling the closed box into view does not fetch its picture either.
		await p.locator('#case-study details[data-qr] summary').scrollIntoViewIfNeeded();
		await p.waitForTimeout(300);
		// Only the printed module QR code is fetched (it must be there when the page is printed), and no section's.
		expect(requested).toEqual(['/qr/m01.svg']);

		const loaded = p.waitForResponse((r) => new URL(r.url()).pathname === '/qr/m01-case-study.svg');
		await p.locator('#case-study details[data-qr] summary').click();
		expect((await loaded).headers()['content-type']).toBe('image/svg+xml');
		await p.waitForFunction(
			() => (document.querySelector<HTMLImageElement>('#case-study details[data-qr] img')?.naturalWidth ?? 0) > 0,
		);
		const box = await p.locator('#case-study details[data-qr] img').boundingBox();
		expect(box!.width).toBeGreaterThan(100);
		expect(requested).toEqual(['/qr/m01.svg', '/qr/m01-case-study.svg']);
	});

	it('with JavaScript, no section\'s QR code is downloaded until "Show QR code"', async () => {
		await context?.close();
		context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		page = await context.newPage();
		const p = page;
		const requested: string[] = [];
		p.on('request', (r) => {
			if (new URL(r.url()).pathname.startsWith('/qr/')) requested.push(new URL(r.url()).pathname);
		});
		await p.goto(url(first.path), { waitUntil: 'load' });
		await p.locator('#case-study button[data-show-qr]').click();
		await p.locator('dialog[data-qr-view]').waitFor({ state: 'visible' });
		await p.waitForFunction(
			() => (document.querySelector<HTMLImageElement>('dialog[data-qr-view] img')?.naturalWidth ?? 0) > 0,
		);
		expect(requested).toEqual(['/qr/m01.svg', '/qr/m01-case-study.svg']);
	});

	it('"Show QR code" opens a large view with the address; Escape closes it and focus returns to the button', async () => {
		const p = await fresh(first.path, { bypassCSP: true }); // the test injects axe, which the CSP would block
		const moduleUrl = await canonical(p);
		const button = p.locator('#case-study button[data-show-qr]');
		await button.focus();
		await p.keyboard.press('Enter');
		const dialog = p.locator('dialog[data-qr-view]');
		await dialog.waitFor({ state: 'visible' });
		expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
		const img = dialog.locator('img');
		expect(await img.getAttribute('alt')).toBe(`QR code for ${moduleUrl}#case-study`);
		expect(await img.getAttribute('src')).toBe('/qr/m01-case-study.svg');
		await p.waitForFunction(
			() => (document.querySelector<HTMLImageElement>('dialog[data-qr-view] img')?.naturalWidth ?? 0) > 0,
		);
		expect(await dialog.locator('[data-qr-view-title]').innerText()).toBe(
			'Scan to open: Case study: the Hollis family (fictional)',
		);
		const box = await img.boundingBox();
		expect(box!.width).toBeGreaterThanOrEqual(0.7 * 720 - 1);
		expect(box!.height).toBeGreaterThanOrEqual(0.7 * 720 - 1);
		const address = dialog.locator('[data-qr-view-address]');
		expect(await address.innerText()).toBe(`${moduleUrl}#case-study`);
		expect(await address.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
		expect(await focusedMatches(p, 'dialog[data-qr-view] button')).toBe(true);
		expect(await axeViolations(p)).toEqual([]);
		await p.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		await expect.poll(() => focusedMatches(p, '#case-study button[data-show-qr]')).toBe(true);
	});

	it('the module\'s "Show QR code" shows the module address, and Close closes it', async () => {
		const p = await fresh(first.path);
		await p.locator('[data-trainer-tools] button[data-show-qr]').click();
		const dialog = p.locator('dialog[data-qr-view]');
		await dialog.waitFor({ state: 'visible' });
		expect(await dialog.locator('[data-qr-view-address]').innerText()).toBe(await canonical(p));
		expect(await dialog.locator('[data-qr-view-title]').innerText()).toBe(
			'Scan to open: M01: Pre-proceedings and the Public Law Outline',
		);
		expect(await dialog.locator('img').getAttribute('alt')).toBe(`QR code for ${await canonical(p)}`);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await dialog.waitFor({ state: 'hidden' });
		await expect.poll(() => focusedMatches(p, '[data-trainer-tools] button[data-show-qr]')).toBe(true);
	});
});

describe('section tools', () => {
	it('every section has "Copy link to this section" and "Show QR code for this section", described by the section\'s title', async () => {
		const p = await fresh(first.path);
		for (const kind of MODULE_SECTIONS) {
			const section = p.locator(`#${kind}`);
			const title = (await section.locator('h2').innerText()).trim();
			for (const name of ['Copy link to this section', 'Show QR code for this section']) {
				const button = section.getByRole('button', { name, exact: true });
				expect(await button.count(), `${kind}: ${name}`).toBe(1);
				expect(await button.isVisible()).toBe(true);
				// What a screen reader says after the name: which section it is for.
				const description = await button.evaluate((b) =>
					(b.getAttribute('aria-describedby') ?? '')
						.split(' ')
						.map((id) => document.getElementById(id)?.textContent?.trim())
						.join(' '),
				);
				expect(description).toBe(title);
			}
			expect(await section.locator('[data-copy-status][role="status"][aria-live="polite"]').count()).toBe(1);
		}
	});
});

describe('copy link to this section', () => {
	it('copies the section address and announces "Link copied"', async () => {
		const p = await fresh(first.path, { permissions: ['clipboard-read', 'clipboard-write'] });
		const moduleUrl = await canonical(p);
		const button = p
			.getByRole('button', { name: 'Copy link to this section' })
			.nth(MODULE_SECTIONS.indexOf('case-study'));
		expect(await button.evaluate((b) => b.closest('section')?.id)).toBe('case-study');
		await button.click();
		const status = p.locator('#case-study [data-copy-status]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await p.waitForFunction(
			() => document.querySelector('#case-study [data-copy-status]')?.textContent === 'Link copied',
		);
		expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(`${moduleUrl}#case-study`);
		expect(await p.locator('#case-study [data-copy-fallback]').isVisible()).toBe(false);
	});

	it('without a clipboard, selects the address in a visible read-only input', async () => {
		const p = await fresh(first.path);
		const moduleUrl = await canonical(p);
		await p.evaluate(() =>
			Object.defineProperty(navigator, 'clipboard', {
				configurable: true,
				value: { writeText: () => Promise.reject(new Error('refused')) },
			}),
		);
		await p.locator('#trainer-notes button[data-copy-link]').click();
		const input = p.locator('#trainer-notes [data-copy-fallback] input');
		await input.waitFor({ state: 'visible' });
		expect(await input.getAttribute('readonly')).not.toBeNull();
		expect(await input.inputValue()).toBe(`${moduleUrl}#trainer-notes`);
		const selection = await input.evaluate((i: HTMLInputElement) => [
			document.activeElement === i,
			i.selectionStart,
			i.selectionEnd,
			i.value.length,
		]);
		expect(selection).toEqual([true, 0, selection[3], selection[3]]);
		expect(await p.locator('#trainer-notes [data-copy-fallback] label').innerText()).toBe('Link to this section');
		await p.waitForFunction(() =>
			/press .* and C to copy/.test(document.querySelector('#trainer-notes [data-copy-status]')?.textContent ?? ''),
		);
		expect(await p.getByRole('textbox', { name: 'Link to this section' }).inputValue()).toBe(
			`${moduleUrl}#trainer-notes`,
		);

		// Another section's button: the one box moves there, with that section's address.
		await p.locator('#case-study button[data-copy-link]').click();
		await p.locator('#case-study [data-copy-fallback] input').waitFor({ state: 'visible' });
		expect(await p.locator('[data-copy-fallback]').count()).toBe(1);
		expect(await p.locator('#case-study [data-copy-fallback] input').inputValue()).toBe(`${moduleUrl}#case-study`);
		expect(await focusedMatches(p, '#case-study [data-copy-fallback] input')).toBe(true);
	});
});

describe('presentation mode', () => {
	const status = (p: Page) => p.locator('[data-presenter-status]').innerText();
	const shown = (p: Page) =>
		p.locator('dialog[data-presenter] [data-module-section]:visible').evaluateAll((s) => s.map((e) => e.id));

	it('is used with the keyboard: Present, arrow keys and Page Up/Down move, Escape leaves', async () => {
		const p = await fresh(first.path);
		const present = p.getByRole('button', { name: 'Present' });
		await present.focus();
		await p.keyboard.press('Enter');
		const dialog = p.locator('dialog[data-presenter]');
		await dialog.waitFor({ state: 'visible' });
		expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
		expect(await dialog.getAttribute('aria-label')).toBe(
			'Presentation: M01 Pre-proceedings and the Public Law Outline',
		);
		expect(await status(p)).toMatch(/^Section 1 of 7\b/);
		expect(await shown(p)).toEqual(['key-messages']);
		expect(await focusedMatches(p, '#key-messages > h2')).toBe(true);
		expect(await p.locator('[data-presenter-status]').getAttribute('aria-live')).toBe('polite');

		await p.keyboard.press('ArrowRight');
		expect(await status(p)).toMatch(/^Section 2 of 7: The law and guidance$/);
		expect(await shown(p)).toEqual(['law-and-guidance']);
		expect(new URL(p.url()).searchParams.get('present')).toBe('1');
		expect(new URL(p.url()).hash).toBe('#law-and-guidance');
		// Large type for the projector: body text at least 2rem.
		const size = await p
			.locator('#law-and-guidance p')
			.first()
			.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(size).toBeGreaterThanOrEqual(32);

		await p.keyboard.press('PageDown');
		expect(await status(p)).toMatch(/^Section 3 of 7\b/);
		await p.keyboard.press('PageUp');
		expect(await status(p)).toMatch(/^Section 2 of 7\b/);
		await p.keyboard.press('ArrowLeft');
		await p.keyboard.press('ArrowLeft'); // already the first: stays
		expect(await status(p)).toMatch(/^Section 1 of 7\b/);
		expect(await p.locator('[data-presenter-prev]').getAttribute('aria-disabled')).toBe('true');

		await p.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		// Every section is back in the page, in order and visible (done by the dialog's close
		// event, which the browser fires in a task after the dialog is hidden).
		await expect
			.poll(() => p.locator('main [data-module-section]:visible').evaluateAll((s) => s.map((e) => e.id)))
			.toEqual([...MODULE_SECTIONS]);
		expect(await focusedMatches(p, '[data-present]')).toBe(true);
		expect(new URL(p.url()).searchParams.has('present')).toBe(false);
	});

	it('has on-screen Previous and Next buttons that keep focus, and large controls', async () => {
		const p = await fresh(first.path, { bypassCSP: true }); // the test injects axe, which the CSP would block
		await p.getByRole('button', { name: 'Present' }).click();
		const next = p.getByRole('button', { name: 'Next section' });
		for (let i = 0; i < 6; i++) await next.click();
		expect(await status(p)).toMatch(/^Section 7 of 7: Further reading$/);
		expect(await next.getAttribute('aria-disabled')).toBe('true');
		expect(await focusedMatches(p, '[data-presenter-next]')).toBe(true);
		await p.getByRole('button', { name: 'Previous section' }).click();
		expect(await status(p)).toMatch(/^Section 6 of 7: Trainer notes$/);
		for (const control of await p.locator('.presenter__bar button').all()) {
			const box = await control.boundingBox();
			expect(box!.height).toBeGreaterThanOrEqual(44);
		}
		expect(await axeViolations(p)).toEqual([]);
		await p.getByRole('button', { name: 'Exit presentation' }).click();
		await p.locator('dialog[data-presenter]').waitFor({ state: 'hidden' });
		await expect.poll(() => focusedMatches(p, '[data-present]')).toBe(true);
	});

	it('starts from a link at a section: ?present=1#case-study', async () => {
		const p = await fresh(`${first.path}?present=1#case-study`);
		await p.locator('dialog[data-presenter]').waitFor({ state: 'visible' });
		expect(await status(p)).toMatch(/^Section 3 of 7\b/);
		expect(await shown(p)).toEqual(['case-study']);
		await p.keyboard.press('ArrowRight');
		expect(await status(p)).toMatch(/^Section 4 of 7\b/);
		await p.keyboard.press('Escape');
		await p.locator('dialog[data-presenter]').waitFor({ state: 'hidden' });
		await expect.poll(() => focusedMatches(p, '[data-present]')).toBe(true);
	});

	it('a QR code can be shown while presenting; Escape closes only the QR view', async () => {
		const p = await fresh(`${first.path}?present=1#discussion-questions`);
		await p.locator('#discussion-questions button[data-show-qr]').click();
		await p.locator('dialog[data-qr-view]').waitFor({ state: 'visible' });
		await p.keyboard.press('Escape');
		await p.locator('dialog[data-qr-view]').waitFor({ state: 'hidden' });
		expect(await p.locator('dialog[data-presenter]').isVisible()).toBe(true);
		expect(await focusedMatches(p, '#discussion-questions button[data-show-qr]')).toBe(true);
		expect(await status(p)).toMatch(/^Section 4 of 7\b/);
	});
});

describe('printing', () => {
	const visible = (p: Page, selector: string) => p.locator(selector).first().isVisible();

	it('Ctrl+P prints the handout: no trainer notes, no navigation, search, sidebar, contents or buttons', async () => {
		const p = await fresh(first.path);
		await p.emulateMedia({ media: 'print' });
		expect(await visible(p, '#trainer-notes')).toBe(false);
		expect(await visible(p, '.module-contents li[data-kind="trainer-notes"]')).toBe(false);
		expect(await visible(p, '#case-study')).toBe(true);
		expect(await visible(p, '#key-messages')).toBe(true);
		expect(await visible(p, '.module-header__print-handout')).toBe(true);
		for (const selector of [
			'.page > header',
			'nav.sidebar',
			'.right-sidebar-container',
			'.pagination-links',
			'main button',
			'[data-trainer-tools]',
		]) {
			expect(await visible(p, selector), selector).toBe(false);
		}
		await p.emulateMedia({ media: 'screen' });
		expect(await visible(p, '#trainer-notes')).toBe(true);
	});

	it('"Print trainer version" prints with the trainer notes; "Print handout" without', async () => {
		const p = await fresh(first.path);
		// Record what each button asks the browser to print, instead of opening the print dialog.
		await p.evaluate(() => {
			const w = window as unknown as { printed: string[] };
			w.printed = [];
			window.print = () => void w.printed.push(document.documentElement.className);
		});
		const printed = () => p.evaluate(() => (window as unknown as { printed: string[] }).printed);

		await p.getByRole('button', { name: 'Print trainer version' }).click();
		expect((await printed())[0]).toContain('fjg-print-trainer');
		await p.emulateMedia({ media: 'print' });
		expect(await visible(p, '#trainer-notes')).toBe(true);
		expect(await visible(p, '.module-header__print-trainer')).toBe(true);
		// After printing, the page goes back to printing the handout.
		await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		expect(await visible(p, '#trainer-notes')).toBe(false);

		await p.emulateMedia({ media: 'screen' });
		await p.getByRole('button', { name: 'Print handout' }).click();
		expect((await printed())[1]).toContain('fjg-print-handout');
		expect((await printed())[1]).not.toContain('fjg-print-trainer');
		await p.emulateMedia({ media: 'print' });
		expect(await visible(p, '#trainer-notes')).toBe(false);
	});

	it("prints the module's QR code, loaded and drawn, with its address", async () => {
		const p = await fresh(first.path, { bypassCSP: true }); // the test reads the screenshot's pixels with fetch(data:)
		await p.emulateMedia({ media: 'print' });
		const figure = p.locator('.module-header__print-qr');
		expect(await figure.isVisible()).toBe(true);
		expect(await figure.locator('figcaption').innerText()).toBe(`Online: ${await canonical(p)}`);
		const img = figure.locator('img');
		expect(await img.getAttribute('loading')).toBeNull(); // not lazy: there when the page is printed
		expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
		const box = await img.boundingBox();
		expect(Math.round(box!.width)).toBe(106); // 28 mm
		// Drawn: the picture has both black modules and white ones.
		const shot = await img.screenshot();
		const { dark, light } = await p.evaluate(async (b64) => {
			const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
			let dark = 0;
			let light = 0;
			for (let i = 0; i < data.length; i += 4) {
				if (data[i] < 60 && data[i + 1] < 60 && data[i + 2] < 60) dark++;
				else if (data[i] > 200 && data[i + 1] > 200 && data[i + 2] > 200) light++;
			}
			return { dark, light };
		}, shot.toString('base64'));
		expect(dark).toBeGreaterThan(1000);
		expect(light).toBeGreaterThan(1000);
	});

	it('makes an A4 PDF', async () => {
		const p = await fresh(first.path);
		const pdf = await p.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(20_000);
		// A4 is 595.92 × 842.88 points (210 × 297 mm).
		expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 595\.9\d* 842\.88\]/);
	});
});
