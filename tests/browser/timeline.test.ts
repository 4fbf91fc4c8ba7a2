/**
 * The timeline of care proceedings (src/components/content/Timeline.astro), as readers get it:
 * without JavaScript, printed, in the trainers' presentation mode, and in the accessibility
 * tree as one ordered list with every stage of the Public Law Outline, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, url } from './browser.ts';

const LABEL = 'The stages of care proceedings, in order';
const STAGES = [
	'Letter before proceedings',
	'Pre-proceedings meeting',
	'Issue and allocation',
	'Advocates’ meeting',
	'Case management hearing',
	'Further case management hearing, if needed',
	'Issues resolution hearing',
	'Final hearing',
];
const EASY_READ_STAGES = [
	'A letter',
	'A meeting',
	'The court case starts',
	'The lawyers meet',
	'A hearing to plan the case',
	'Maybe another hearing',
	'What is not agreed',
	'The last hearing',
];
const PAGES = [
	{ name: 'guidance', path: '/guidance/care-proceedings/', stages: STAGES },
	{ name: 'easy read', path: '/easy-read/going-to-court/', stages: EASY_READ_STAGES },
	{ name: 'training module', path: '/training/m01-pre-proceedings-and-the-plo/', stages: STAGES },
];

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
	await browser?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(url(path));
	return page;
}

/** The stage names as shown, in order. */
const names = (page: Page) => page.locator('[data-timeline] .timeline__name').allInnerTexts();

describe.each(PAGES)('the timeline on the $name page ($path)', ({ path, stages }) => {
	it('is all there and visible without JavaScript', async () => {
		const page = await open(path, { javaScriptEnabled: false });
		const items = page.locator('[data-timeline] ol > li');
		expect(await items.count()).toBe(stages.length);
		for (const item of await items.all()) expect(await item.isVisible()).toBe(true);
		expect((await names(page)).map((n) => n.trim())).toEqual(stages);
		await page.close();
	});

	it('is an ordered list with every stage, in order, in the accessibility tree', async () => {
		const page = await open(path);
		const list = page.getByRole('list', { name: LABEL });
		expect(await list.count()).toBe(1);
		expect(await list.evaluate((el) => el.tagName)).toBe('OL');
		const items = list.getByRole('listitem');
		expect(await items.count()).toBe(stages.length);
		const snapshot = await list.ariaSnapshot();
		let from = 0;
		for (const stage of stages) {
			const at = snapshot.indexOf(stage, from);
			expect(at, `${stage} in\n${snapshot}`).toBeGreaterThan(from - 1);
			from = at + stage.length;
		}
		await page.close();
	});

	it('prints every stage, on one A4 page', async () => {
		// A4 less the 15mm margins: about 680 by 1009 CSS pixels.
		const page = await open(path, { viewport: { width: 680, height: 1009 } });
		await page.emulateMedia({ media: 'print' });
		const timeline = page.locator('[data-timeline]');
		expect(await timeline.isVisible()).toBe(true);
		for (const item of await timeline.locator('ol > li').all()) expect(await item.isVisible()).toBe(true);
		const box = await timeline.boundingBox();
		expect(box!.height).toBeLessThan(1009);
		// Dark on light, whatever the theme.
		const colour = await timeline
			.locator('.timeline__name')
			.first()
			.evaluate((el) => getComputedStyle(el).color);
		expect(colour).toBe('rgb(0, 0, 0)');
		await page.close();
	});
});

describe('the timeline in the trainers’ presentation mode', () => {
	it('shows every stage in large, legible type on the projector, without sideways scrolling', async () => {
		const page = await open('/training/m01-pre-proceedings-and-the-plo/?present=1#law-and-guidance', {
			viewport: { width: 1280, height: 720 },
		});
		const dialog = page.locator('dialog.presenter[open]');
		await dialog.waitFor();
		const timeline = dialog.locator('[data-timeline]');
		expect(await timeline.isVisible()).toBe(true);
		const items = timeline.locator('ol > li');
		expect(await items.count()).toBe(STAGES.length);
		for (const item of await items.all()) {
			await item.scrollIntoViewIfNeeded();
			expect(await item.isVisible()).toBe(true);
		}
		const style = await timeline
			.locator('ol > li p:not(.timeline__name)')
			.first()
			.evaluate((el) => {
				const s = getComputedStyle(el);
				return { size: parseFloat(s.fontSize), colour: s.color };
			});
		expect(style.size).toBeGreaterThanOrEqual(24);
		const stage = await dialog.locator('[data-presenter-stage]').evaluate((el) => ({
			background: getComputedStyle(el.closest('dialog')!).backgroundColor,
			overflow: el.scrollWidth - el.clientWidth,
		}));
		// The presenter's own highest-contrast pair: the text is the theme's white on its black.
		expect(style.colour).not.toBe(stage.background);
		expect(stage.overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});
