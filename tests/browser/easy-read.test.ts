/** Easy-read leaflets in Chromium: layout, typography, contrast, Listen, print (with the QR code) and PDF. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { getDocumentProxy, extractText } from 'unpdf';
import { launch, url } from './browser.ts';
import { qrSvg } from '../../src/build/training-module.ts';
import { leaflets } from '../helpers/site-content.ts';

const paths = leaflets.map((l) => `/${l.file.replace(/^content\//, '').replace(/\.mdx?$/, '')}/`);
const SAMPLE = '/easy-read/letter-before-proceedings/';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
	const page = await browser.newPage(options);
	await page.goto(url(path));
	return page;
}

async function pdfPages(bytes: Uint8Array) {
	const pdf = await getDocumentProxy(bytes);
	const { totalPages, text } = await extractText(pdf, { mergePages: true });
	return { totalPages, text, marked: (await pdf.getMarkInfo())?.Marked === true };
}

describe('leaflet layout', () => {
	it('puts each picture on the left of its words on a wide screen', async () => {
		const page = await open(SAMPLE, { viewport: { width: 1280, height: 900 } });
		const rows = await page.$$eval('[data-row]', (rows) =>
			rows.map((r) => {
				const pic = r.querySelector('.er-row__picture')!.getBoundingClientRect();
				const words = r.querySelector('.er-row__words')!.getBoundingClientRect();
				return pic.right <= words.left && pic.top < words.bottom;
			}),
		);
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.every(Boolean)).toBe(true);
		await page.close();
	});

	it.each(paths)(
		'%s has large, plain, left-aligned text and no sideways scrolling at 320px (400% zoom)',
		async (path) => {
			const page = await open(path, { viewport: { width: 320, height: 640 } });
			const facts = await page.evaluate(() => {
				const words = document.querySelector('.er-row__words p') as HTMLElement;
				const style = getComputedStyle(words);
				const italic = [...document.querySelectorAll('.sl-markdown-content *')].some(
					(e) => getComputedStyle(e).fontStyle === 'italic',
				);
				const row = document.querySelector('[data-row]')!;
				const pic = row.querySelector('.er-row__picture')!.getBoundingClientRect();
				const text = row.querySelector('.er-row__words')!.getBoundingClientRect();
				return {
					scrollWidth: document.documentElement.scrollWidth,
					fontSize: parseFloat(style.fontSize),
					lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
					align: style.textAlign,
					italic,
					pictureAbove: pic.bottom <= text.top + 1,
				};
			});
			expect(facts.scrollWidth).toBeLessThanOrEqual(320);
			expect(facts.fontSize).toBeGreaterThanOrEqual(20);
			expect(facts.lineHeight).toBeGreaterThanOrEqual(1.5);
			expect(['left', 'start']).toContain(facts.align);
			expect(facts.italic).toBe(false);
			expect(facts.pictureAbove).toBe(true);
			await page.close();
		},
	);

	it('every picture says what it shows, or is hidden as decoration, and all come in one request', async () => {
		const page = await browser.newPage();
		const images: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'image' || r.url().endsWith('.svg')) images.push(new URL(r.url()).pathname);
		});
		await page.goto(url(SAMPLE), { waitUntil: 'networkidle' });
		const pictures = await page.$$eval('.er-row img', (imgs) =>
			imgs.map((img) => (img.classList.contains('picture') ? img.getAttribute('alt') : null)),
		);
		expect(pictures.length).toBeGreaterThan(5);
		expect(pictures.every((alt) => alt !== null && (alt === '' || alt.length > 2))).toBe(true);
		// Pictures load as the reader scrolls to them, each drawn from the sprite.
		const drawn = await page.$$eval('.er-row img.picture', async (imgs: HTMLImageElement[]) => {
			const results: boolean[] = [];
			for (const img of imgs) {
				img.scrollIntoView();
				results.push(
					await img.decode().then(
						() => img.naturalWidth > 0,
						() => false,
					),
				);
			}
			return results;
		});
		expect(drawn.every(Boolean)).toBe(true);
		// One request for all the pictures, the sprite, and not the QR code, which is only printed.
		expect([...new Set(images)].filter((p) => p !== '/favicon.svg')).toEqual(['/pictures.svg']);
		await page.close();
	});
});

describe('little data (Save-Data or prefers-reduced-data)', () => {
	/** A leaflet opened in a browser whose data saver is on (what navigator.connection.saveData reports). */
	async function openSavingData(width = 390) {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
		const images: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'image') images.push(new URL(r.url()).pathname);
		});
		await page.goto(url(SAMPLE), { waitUntil: 'networkidle' });
		return { context, page, images };
	}

	it('loads no pictures and no QR code, says so, and keeps every word', async () => {
		const { context, page, images } = await openSavingData();
		expect(
			await page.evaluate(
				() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData,
			),
		).toBe(true);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForLoadState('networkidle');
		expect(images.filter((p) => p !== '/favicon.svg')).toEqual([]);
		expect(await page.getByText('The pictures are off, to use less data.').isVisible()).toBe(true);
		expect(await page.locator('img.picture').first().isVisible()).toBe(false);
		expect(await page.locator('.er-row__words').first().isVisible()).toBe(true);
		// Easy-read text size for the notice too, and nothing wider than a small phone.
		const note = await page
			.locator('.little-data__note')
			.first()
			.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		expect(note).toBeGreaterThanOrEqual(20);
		await context.close();
	});

	it('shows the pictures when asked, and moves focus to the sentence that says so', async () => {
		const { context, page, images } = await openSavingData(320);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.getByRole('button', { name: 'Show the pictures' }).click();
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('The pictures are on.');
		await page.waitForLoadState('networkidle');
		expect(await page.locator('img.picture').first().isVisible()).toBe(true);
		expect(images).toContain('/pictures.svg');
		// Only for this page: the next page starts without pictures again, and nothing was stored.
		await page.goto(url('/easy-read/section-20/'), { waitUntil: 'networkidle' });
		expect(await page.getByRole('button', { name: 'Show the pictures' }).isVisible()).toBe(true);
		expect(await page.locator('img.picture').first().isVisible()).toBe(false);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
		await context.close();
	});

	it('does the same for a reader who set prefers-reduced-data: reduce', async () => {
		// Chromium matches prefers-reduced-data only with its Blink feature on; emulated here.
		const reducing = await launch(['--enable-blink-features=PrefersReducedData']);
		try {
			const context = await reducing.newContext({ viewport: { width: 390, height: 900 } });
			const page = await context.newPage();
			await (
				await context.newCDPSession(page)
			).send('Emulation.setEmulatedMedia', {
				features: [{ name: 'prefers-reduced-data', value: 'reduce' }],
			});
			const images: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'image' && !r.url().endsWith('/favicon.svg')) images.push(r.url());
			});
			await page.goto(url(SAMPLE), { waitUntil: 'networkidle' });
			expect(await page.evaluate(() => matchMedia('(prefers-reduced-data: reduce)').matches)).toBe(true);
			expect(images).toEqual([]);
			expect(await page.getByRole('button', { name: 'Show the pictures' }).isVisible()).toBe(true);
		} finally {
			await reducing.close();
		}
	});

	it('shows no notice and every picture when the data saver is off, or without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(url(SAMPLE), { waitUntil: 'networkidle' });
			expect(await page.getByText('The pictures are off, to use less data.').isVisible()).toBe(false);
			expect(await page.locator('img.picture').first().isVisible()).toBe(true);
			await context.close();
		}
	});
});

describe('contrast in easy read', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it(`is at least 7:1 for leaflet text in the ${scheme} theme`, async () => {
			const page = await browser.newPage({ colorScheme: scheme });
			await page.goto(url(SAMPLE));
			const worst = await page.evaluate(() => {
				const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
				const lum = ([r, g, b]: number[]) => {
					const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
					return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
				};
				const background = (el: Element | null): number[] => {
					for (; el; el = el.parentElement) {
						const c = parse(getComputedStyle(el).backgroundColor);
						if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
					}
					return [255, 255, 255];
				};
				let min = { ratio: 21, text: '' };
				for (const el of document.querySelectorAll('.sl-markdown-content :is(p, h2, dt, dd, a, strong)')) {
					const box = el.getBoundingClientRect();
					// Skip hidden and screen-reader-only text (1px boxes): it is never seen.
					if (!el.textContent?.trim() || (el as HTMLElement).offsetParent === null || box.width <= 1 || box.height <= 1)
						continue;
					const fg = lum(parse(getComputedStyle(el).color));
					const bg = lum(background(el));
					const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
					if (ratio < min.ratio) min = { ratio, text: el.textContent.trim().slice(0, 60) };
				}
				return min;
			});
			expect(worst.ratio, `lowest contrast: "${worst.text}"`).toBeGreaterThanOrEqual(7);
			await page.close();
		});
	}
});

describe('Listen', () => {
	// A stand-in for the browser's speech synthesis that records what is said and finishes each utterance quickly.
	const fakeSpeech = () => {
		const spoken: string[] = [];
		const synth = {
			speaking: false,
			paused: false,
			speak(u: SpeechSynthesisUtterance) {
				spoken.push(u.text);
				setTimeout(() => !synth.paused && !synth.cancelled && u.onend?.(new Event('end') as SpeechSynthesisEvent), 150);
			},
			cancelled: false,
			cancel() {
				synth.cancelled = true;
				setTimeout(() => (synth.cancelled = false), 0);
			},
			pause() {
				synth.paused = true;
			},
			resume() {
				synth.paused = false;
			},
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		(window as unknown as { __spoken: string[] }).__spoken = spoken;
	};

	it('reads the leaflet aloud row by row, highlighting the row being read, with pause and stop', async () => {
		const page = await browser.newPage();
		await page.addInitScript(fakeSpeech);
		await page.goto(url(SAMPLE));
		await page.getByRole('button', { name: 'Listen' }).click();
		await page.waitForFunction(() => (window as unknown as { __spoken: string[] }).__spoken.length >= 3);
		const highlighted = await page.$$eval('.is-being-read', (els) => els.length);
		expect(highlighted).toBe(1);
		const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
		expect(spoken[0]).toBe('You have had a letter before proceedings. What does it mean?');
		// While it reads, the page scrolls smoothly to each row, so the buttons never stand still long
		// enough for a pointer click's stability check: press them as a keyboard or switch user would.
		await page.getByRole('button', { name: 'Pause' }).dispatchEvent('click');
		expect(await page.getByRole('button', { name: 'Carry on listening' }).isEnabled()).toBe(true);
		await page.getByRole('button', { name: 'Stop' }).dispatchEvent('click');
		expect(await page.$$eval('.is-being-read', (els) => els.length)).toBe(0);
		expect(await page.locator('[data-listen-status]').innerText()).toBe('Stopped.');
		await page.close();
	});

	it('is hidden where the browser cannot speak', async () => {
		const page = await browser.newPage();
		await page.addInitScript(() => {
			delete (window as unknown as Record<string, unknown>).speechSynthesis;
			delete (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance;
		});
		await page.goto(url(SAMPLE));
		expect(await page.getByRole('button', { name: 'Listen' }).count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Print this leaflet' }).isVisible()).toBe(true);
		await page.close();
	});
});

describe('print', () => {
	it('the Print button loads the lazy pictures and the QR code first, then prints', async () => {
		const page = await open(SAMPLE, { viewport: { width: 390, height: 800 } });
		await page.waitForLoadState('networkidle');
		// Nothing below the first screen is loaded yet, nor the QR code, shown only on paper.
		const loaded = () =>
			page.evaluate(() => [...document.querySelectorAll('img')].map((img) => img.complete && img.naturalWidth > 0));
		expect((await loaded()).every(Boolean)).toBe(false);
		await page.evaluate(() => {
			window.print = () => {
				(window as unknown as { printedWith: boolean[] }).printedWith = [...document.querySelectorAll('img')].map(
					(img) => img.complete && img.naturalWidth > 0,
				);
			};
		});
		await page.getByRole('button', { name: 'Print this leaflet' }).click();
		await page.waitForFunction(() => 'printedWith' in window);
		const printedWith = await page.evaluate(() => (window as unknown as { printedWith: boolean[] }).printedWith);
		expect(printedWith.length).toBeGreaterThan(5);
		expect(printedWith.every(Boolean)).toBe(true);
		await page.close();
	});

	it('prints without site navigation or search, keeps pictures left, and prints the address and review date', async () => {
		const page = await open(SAMPLE, { viewport: { width: 1280, height: 900 } });
		await page.emulateMedia({ media: 'print' });
		// What the browser's own Print command does first (beforeprint): load the lazy images.
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.locator('[data-leaflet-qr] img').evaluate((img: HTMLImageElement) => img.decode());
		for (const selector of [
			'header.header',
			'nav.sidebar',
			'site-search',
			'.leaflet-tools',
			'.pagination-links',
			'.site-footer',
		]) {
			const visible = await page
				.locator(selector)
				.first()
				.isVisible()
				.catch(() => false);
			expect(visible, selector).toBe(false);
		}
		expect(await page.locator('.leaflet-address').innerText()).toMatch(
			/^This leaflet is online at http.*\/easy-read\/letter-before-proceedings\/$/,
		);
		expect(await page.locator('.page-info__dates').isVisible()).toBe(true);
		// The QR code to the leaflet online, printed beside its address in words, drawn for that address.
		const qr = page.locator('[data-leaflet-qr] img');
		expect(await qr.isVisible()).toBe(true);
		const address = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(await qr.getAttribute('alt')).toBe(`QR code for ${address}`);
		expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		const [code, words] = await Promise.all([
			qr.boundingBox(),
			page.locator('[data-leaflet-qr] figcaption').boundingBox(),
		]);
		expect(words!.x).toBeGreaterThan(code!.x + code!.width - 1);
		expect(Math.abs(words!.y + words!.height / 2 - (code!.y + code!.height / 2))).toBeLessThan(code!.height);
		const svg = await (await fetch(url('/qr/easy-read-letter-before-proceedings.svg'))).text();
		expect(svg).toBe(await qrSvg(address!));
		const rowsSideBySide = await page.$$eval('[data-row]', (rows) =>
			rows.every((r) => getComputedStyle(r).flexDirection === 'row' && getComputedStyle(r).breakInside === 'avoid'),
		);
		expect(rowsSideBySide).toBe(true);
		await page.close();
	});

	it.each(paths)('%s prints on at most 12 A4 pages', async (path) => {
		const page = await open(path);
		const { totalPages, text } = await pdfPages(
			new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })),
		);
		expect(totalPages).toBeLessThanOrEqual(12);
		// A Welsh leaflet has its own word list (docs/authoring.md, "Welsh pages").
		expect(text).toContain(path.startsWith('/cy/') ? 'Geiriau i’w gwybod' : 'Words to know');
		await page.close();
	});
});

describe('npm run pdf', () => {
	it('makes a tagged A4 PDF of a leaflet with its text', async () => {
		const out = mkdtempSync(join(tmpdir(), 'fjg-pdf-'));
		try {
			execFileSync(process.execPath, ['scripts/pdf.mjs', 'letter-before-proceedings', '--out', out], { stdio: 'pipe' });
			const { totalPages, text, marked } = await pdfPages(
				new Uint8Array(readFileSync(join(out, 'letter-before-proceedings.pdf'))),
			);
			expect(totalPages).toBeGreaterThanOrEqual(1);
			expect(totalPages).toBeLessThanOrEqual(12);
			expect(text).toContain('You have had a letter before');
			expect(text).toContain('Who can help you');
			expect(marked).toBe(true);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
