/** The special guardianship toolkit's tools, as a practitioner uses them: the assessment checklist and the support plan template. */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launch, tabUntil, url } from './browser.ts';
import { CASE_KEY_PREFIX, EXPORT_FORMAT, INDEX_KEY } from '../../src/lib/checklist-store.ts';

const CHECKLIST = '/sgo-toolkit/assessment-checklist/';
const PLAN = '/sgo-toolkit/support-plan-template/';

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
	browser = await launch();
});
afterEach(async () => {
	await context?.close();
	context = undefined;
});
afterAll(async () => {
	await browser?.close();
});

/** A new page in its own context: its own, empty localStorage. `init` runs first (for example to add init scripts). */
async function open(
	path: string,
	options: Parameters<Browser['newContext']>[0] = {},
	init?: (context: BrowserContext) => Promise<unknown>,
): Promise<Page> {
	await context?.close();
	context = await browser.newContext({ acceptDownloads: true, ...options });
	await init?.(context);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	(page as Page & { errors: string[] }).errors = errors;
	await page.goto(url(path));
	return page;
}

function pageErrors(page: Page): string[] {
	return (page as Page & { errors: string[] }).errors;
}

async function createCase(page: Page, label: string): Promise<void> {
	await page.getByLabel('Label for a new case').fill(label);
	await page.getByRole('button', { name: 'Create case' }).click();
	await expect.poll(() => page.locator('[data-case-select] option:checked').textContent()).toBe(label);
}

const box = (page: Page, id: string) => page.locator(`#item-${id}`);
const note = (page: Page, id: string) => page.locator(`#note-${id}`);
const status = (page: Page) => page.locator('.checklist [role="status"]');

/** Waits for the download a click starts, and reads the file. */
async function downloadOf(page: Page, buttonName: string): Promise<{ download: Download; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: buttonName, exact: true }).click(),
	]);
	const path = await download.path();
	return { download, text: await readFile(path, 'utf8') };
}

async function storageValue(page: Page, key: string): Promise<string | null> {
	return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The storage key of the case with this label (from the index). */
async function keyOf(page: Page, label: string): Promise<string> {
	const index = JSON.parse((await storageValue(page, INDEX_KEY)) ?? '{}') as { cases: { id: string; label: string }[] };
	const entry = index.cases.find((c) => c.label === label);
	if (!entry) throw new Error(`No case called ${label}`);
	return `${CASE_KEY_PREFIX}${entry.id}`;
}

describe('assessment checklist without JavaScript', () => {
	it('is a printable list: all 30 items with their guidance, checkboxes disabled, no tools', async () => {
		const page = await open(CHECKLIST, { javaScriptEnabled: false });
		const boxes = page.locator('.checklist input[type="checkbox"]');
		expect(await boxes.count()).toBe(30);
		expect(await boxes.evaluateAll((els) => els.every((e) => (e as HTMLInputElement).disabled))).toBe(true);
		// Every checkbox has its item as its label.
		for (const id of await boxes.evaluateAll((els) => els.map((e) => e.id))) {
			expect((await page.locator(`label[for="${id}"]`).innerText()).length, id).toBeGreaterThan(20);
		}
		const guidance = page.locator('.checklist__guidance');
		expect(await guidance.count()).toBe(30);
		for (const g of await guidance.all()) expect(await g.isVisible()).toBe(true);
		expect(await page.locator('.checklist__group h2').count()).toBe(6);
		expect(await page.locator('[data-checklist-tools]').isVisible()).toBe(false);
		expect(await page.locator('.checklist textarea').first().isVisible()).toBe(false);
		// The page still says where notes are kept.
		expect(await page.locator('main').innerText()).toContain('Nothing is sent anywhere');
	});
});

describe('assessment checklist', () => {
	it('starts with no case: checkboxes stay disabled until a case is created', async () => {
		const page = await open(CHECKLIST);
		await page.locator('[data-checklist-tools]').waitFor({ state: 'visible' });
		expect(await page.getByText('No cases are saved in this browser yet').isVisible()).toBe(true);
		expect(await box(page, 'fgc-offered').isDisabled()).toBe(true);
		await createCase(page, 'Case A');
		expect(await box(page, 'fgc-offered').isEnabled()).toBe(true);
		expect(await note(page, 'fgc-offered').isVisible()).toBe(true);
		await expect.poll(() => status(page).textContent()).toContain('Case “Case A” created');
		expect(pageErrors(page)).toEqual([]);
	});

	it('refuses an empty or repeated label, saying why', async () => {
		const page = await open(CHECKLIST);
		await page.getByRole('button', { name: 'Create case' }).click();
		const error = page.locator('[data-new-error]');
		expect(await error.innerText()).toBe('Error: Enter a label for the case.');
		expect(await page.getByLabel('Label for a new case').getAttribute('aria-invalid')).toBe('true');
		await createCase(page, 'Case A');
		await page.getByLabel('Label for a new case').fill('case a');
		await page.getByLabel('Label for a new case').press('Enter');
		expect(await error.innerText()).toContain('A case called “case a” already exists');
	});

	it('ticks and notes survive a reload, and progress is counted and announced', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Case A');
		await box(page, 'fgc-offered').check();
		await expect
			.poll(() => status(page).textContent())
			.toBe('1 of 4 items ticked in “Finding family carers early”. 1 of 30 items ticked in all.');
		expect(await status(page).getAttribute('role')).toBe('status');
		expect(await status(page).getAttribute('aria-live')).toBe('polite');
		await box(page, 'harm-suffered').check();
		await note(page, 'fgc-offered').fill('Offered in March; the family declined.');
		await note(page, 'fgc-offered').blur();
		expect(await page.locator('[data-progress-overall]').innerText()).toBe('2 of 30 items ticked');
		expect(await page.locator('[data-group="early-identification"] [data-group-progress]').innerText()).toBe(
			'1 of 4 items ticked in this group',
		);

		await page.reload();
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		expect(await box(page, 'harm-suffered').isChecked()).toBe(true);
		expect(await box(page, 'fgc-offered').isEnabled()).toBe(true);
		expect(await note(page, 'fgc-offered').inputValue()).toBe('Offered in March; the family declined.');
		expect(await page.locator('[data-progress-overall]').innerText()).toBe('2 of 30 items ticked');
		// Unticking is saved too.
		await box(page, 'harm-suffered').uncheck();
		await page.reload();
		expect(await box(page, 'harm-suffered').isChecked()).toBe(false);
	});

	it('keeps a note typed just before a reload', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Case A');
		await note(page, 'child-voice').fill('Typed quickly');
		await page.reload();
		expect(await note(page, 'child-voice').inputValue()).toBe('Typed quickly');
	});

	it('keeps several cases side by side: switching back shows the first case’s ticks', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Case A');
		await box(page, 'fgc-offered').check();
		await note(page, 'fgc-offered').fill('A’s note');
		await createCase(page, 'Case B');
		// The new case starts empty.
		expect(await box(page, 'fgc-offered').isChecked()).toBe(false);
		expect(await note(page, 'fgc-offered').inputValue()).toBe('');
		await box(page, 'child-voice').check();

		await page.getByLabel('Case shown').selectOption({ label: 'Case A' });
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		expect(await box(page, 'child-voice').isChecked()).toBe(false);
		expect(await note(page, 'fgc-offered').inputValue()).toBe('A’s note');
		await expect.poll(() => status(page).textContent()).toBe('Showing the case “Case A”: 1 of 30 items ticked.');

		// The case shown is remembered.
		await page.reload();
		expect(await page.locator('[data-case-select] option:checked').textContent()).toBe('Case A');
		await page.getByLabel('Case shown').selectOption({ label: 'Case B' });
		expect(await box(page, 'child-voice').isChecked()).toBe(true);
		expect(await box(page, 'fgc-offered').isChecked()).toBe(false);
	});

	it('renames and deletes a case only after confirmation', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Case A');
		await box(page, 'fgc-offered').check();
		await createCase(page, 'Case B');

		await page.getByRole('button', { name: 'Rename this case' }).click();
		const dialog = page.getByRole('dialog');
		expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
		expect(await page.getByRole('heading', { name: 'Rename the case “Case B”' }).isVisible()).toBe(true);
		await dialog.getByLabel('New label').fill('Case A');
		await dialog.getByRole('button', { name: 'Rename' }).click();
		expect(await dialog.locator('[data-dialog-error]').innerText()).toContain('already exists');
		await dialog.getByLabel('New label').fill('Case B renamed');
		await dialog.getByLabel('New label').press('Enter');
		expect(await dialog.isVisible()).toBe(false);
		expect(await page.locator('[data-case-select] option:checked').textContent()).toBe('Case B renamed');
		// Focus returns to the button that opened the dialog.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rename this case');

		// Delete: Cancel (and Escape) keep the case.
		await page.getByLabel('Case shown').selectOption({ label: 'Case A' });
		await page.getByRole('button', { name: 'Delete this case' }).click();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
		await page.keyboard.press('Escape');
		expect(await dialog.isVisible()).toBe(false);
		await page.getByRole('button', { name: 'Delete this case' }).click();
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual(['Case A', 'Case B renamed']);

		await page.getByRole('button', { name: 'Delete this case' }).click();
		await dialog.getByRole('button', { name: 'Delete “Case A”' }).click();
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual(['Case B renamed']);
		await page.reload();
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual(['Case B renamed']);
		expect(await box(page, 'fgc-offered').isChecked()).toBe(false);
	});

	it('downloads the case as JSON and as Markdown, made in the browser', async () => {
		const page = await open(CHECKLIST);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await createCase(page, 'Smith family');
		await box(page, 'fgc-offered').check();
		await note(page, 'fgc-offered').fill('Offered in March.\nDeclined.');

		const json = await downloadOf(page, 'Download as JSON');
		expect(json.download.suggestedFilename()).toMatch(/^sgo-checklist-smith-family-\d{4}-\d{2}-\d{2}\.json$/);
		const data = JSON.parse(json.text);
		expect(data).toMatchObject({ format: EXPORT_FORMAT, version: 1, label: 'Smith family' });
		expect(data.items['fgc-offered']).toEqual({ ticked: true, note: 'Offered in March.\nDeclined.' });

		const md = await downloadOf(page, 'Download as Markdown');
		expect(md.download.suggestedFilename()).toMatch(/^sgo-checklist-smith-family-\d{4}-\d{2}-\d{2}\.md$/);
		expect(md.text).toContain('- Case: Smith family');
		expect(md.text).toContain('- Progress: 1 of 30 items ticked');
		expect(md.text).toContain(
			'- [x] The report says whether a family group conference was offered, and what came of it.\n  Notes: Offered in March.\n  Declined.\n',
		);
		// Nothing left the browser: no requests except to this site.
		expect(requests.filter((r) => !r.startsWith(url('/')) && !r.startsWith('blob:'))).toEqual([]);
	});

	it('imports an exported file as a new case, asking before touching a case with the same label', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Smith family');
		await box(page, 'fgc-offered').check();
		await box(page, 'child-voice').check();
		const { text } = await downloadOf(page, 'Download as JSON');

		// In another browser (an empty one), the file becomes a case.
		const other = await browser.newContext();
		const fresh = await other.newPage();
		await fresh.goto(url(CHECKLIST));
		await fresh
			.getByLabel('Import a case from a JSON file')
			.setInputFiles({ name: 'smith.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await expect.poll(() => fresh.locator('[data-case-select] option:checked').textContent()).toBe('Smith family');
		expect(await box(fresh, 'fgc-offered').isChecked()).toBe(true);
		expect(await box(fresh, 'child-voice').isChecked()).toBe(true);
		// The message is written 50 ms after the live region is cleared (so a repeat is announced again).
		await expect.poll(() => status(fresh).textContent()).toContain('Imported “smith.json” as the case “Smith family”');
		await other.close();

		// Here a case has that label: the page asks. Cancel changes nothing.
		await box(page, 'child-voice').uncheck();
		const input = page.getByLabel('Import a case from a JSON file');
		await input.setInputFiles({ name: 'smith.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		const dialog = page.getByRole('dialog');
		await dialog.waitFor({ state: 'visible' });
		expect(await dialog.getByRole('heading').innerText()).toBe('A case called “Smith family” already exists');
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual(['Smith family']);
		expect(await box(page, 'child-voice').isChecked()).toBe(false);

		// Import as a new case: both are kept.
		await input.setInputFiles({ name: 'smith.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await dialog.getByRole('button', { name: 'Import as “Smith family (2)”' }).click();
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual([
			'Smith family',
			'Smith family (2)',
		]);
		expect(await box(page, 'child-voice').isChecked()).toBe(true);
		await page.getByLabel('Case shown').selectOption({ label: 'Smith family' });
		expect(await box(page, 'child-voice').isChecked()).toBe(false);

		// Replace, when chosen.
		await input.setInputFiles({ name: 'smith.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await dialog.getByRole('button', { name: 'Replace “Smith family”' }).click();
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual([
			'Smith family',
			'Smith family (2)',
		]);
		expect(await box(page, 'child-voice').isChecked()).toBe(true);
	});

	it('reports a bad import file clearly and changes nothing', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Case A');
		const input = page.getByLabel('Import a case from a JSON file');
		const alert = page.locator('[data-import-errors]');
		expect(await alert.getAttribute('role')).toBe('alert');

		await input.setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Not JSON') });
		await expect.poll(() => alert.innerText()).toContain('Error: the file “notes.md” could not be imported.');
		expect(await alert.innerText()).toContain('The file is not valid JSON');

		const wrong = JSON.stringify({
			format: EXPORT_FORMAT,
			version: 1,
			label: 'X',
			items: { 'fgc-offered': { ticked: 'yes' } },
		});
		await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
		await expect.poll(() => alert.innerText()).toContain('The item “fgc-offered”: “ticked” must be true or false');
		expect(await alert.innerText()).toContain('Nothing was changed.');
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual(['Case A']);
	});

	it('recovers from corrupt saved data: reported by name, reset restores it, other cases untouched', async () => {
		const page = await open(CHECKLIST);
		const good = JSON.stringify({
			version: 1,
			label: 'Good case',
			created: '2026-11-01T10:00:00.000Z',
			updated: '2026-11-01T10:00:00.000Z',
			items: { 'fgc-offered': { ticked: true, note: 'Keep this' } },
		});
		await page.evaluate(
			({ indexKey, prefix, good }) => {
				localStorage.setItem(
					indexKey,
					JSON.stringify({
						version: 1,
						current: 'brokencase1',
						cases: [
							{ id: 'brokencase1', label: 'Broken case' },
							{ id: 'goodcase2', label: 'Good case' },
						],
					}),
				);
				localStorage.setItem(`${prefix}brokencase1`, '{"version":1,"label":"Broken case","items":{ garbage');
				localStorage.setItem(`${prefix}goodcase2`, good);
			},
			{ indexKey: INDEX_KEY, prefix: CASE_KEY_PREFIX, good },
		);
		await page.reload();

		const alert = page.locator('[data-problems] [role="alert"]');
		await alert.waitFor({ state: 'visible' });
		expect(await alert.innerText()).toContain('Problem: the saved case “Broken case” cannot be read');
		expect(await alert.innerText()).toContain('not valid JSON');
		// The broken case is shown but cannot be ticked; the page still works.
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual([
			'Broken case (cannot be read)',
			'Good case',
		]);
		expect(await box(page, 'fgc-offered').isDisabled()).toBe(true);
		await page.getByLabel('Case shown').selectOption({ label: 'Good case' });
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		expect(await note(page, 'fgc-offered').inputValue()).toBe('Keep this');

		// The damaged text can be downloaded before it is cleared.
		const damaged = await downloadOf(page, 'Download the saved data of “Broken case”');
		expect(damaged.text).toContain('garbage');

		await alert.getByRole('button', { name: 'Reset the case “Broken case”' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Reset “Broken case”' }).click();
		expect(await page.locator('[data-problems] [role="alert"]').count()).toBe(0);
		expect(await page.locator('[data-case-select] option').allTextContents()).toEqual(['Broken case', 'Good case']);
		expect(await page.locator('[data-case-select] option:checked').textContent()).toBe('Broken case');
		expect(await box(page, 'fgc-offered').isEnabled()).toBe(true);
		expect(await box(page, 'fgc-offered').isChecked()).toBe(false);
		await box(page, 'child-voice').check();

		expect(await storageValue(page, `${CASE_KEY_PREFIX}goodcase2`)).toBe(good);
		await page.reload();
		expect(await page.locator('[data-problems] [role="alert"]').count()).toBe(0);
		expect(await box(page, 'child-voice').isChecked()).toBe(true);
		expect(await storageValue(page, `${CASE_KEY_PREFIX}goodcase2`)).toBe(good);
		expect(pageErrors(page)).toEqual([]);
	});

	it('migrates a case saved in the old format (version 0), and keeps items no longer in the checklist', async () => {
		const page = await open(CHECKLIST);
		await page.evaluate(
			({ indexKey, prefix }) => {
				localStorage.setItem(
					indexKey,
					JSON.stringify({ version: 1, current: 'oldcase1', cases: [{ id: 'oldcase1', label: 'Old case' }] }),
				);
				localStorage.setItem(
					`${prefix}oldcase1`,
					JSON.stringify({
						label: 'Old case',
						ticked: ['fgc-offered', 'removed-item'],
						notes: { 'removed-item': 'An old note' },
					}),
				);
			},
			{ indexKey: INDEX_KEY, prefix: CASE_KEY_PREFIX },
		);
		await page.reload();
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		expect(await page.locator('[data-notices]').innerText()).toContain(
			'was saved by an older version of this checklist',
		);
		const unknown = page.locator('[data-unknown]');
		expect(await unknown.isVisible()).toBe(true);
		expect(await unknown.innerText()).toContain('Item “removed-item”: ticked. Notes: An old note');
		const saved = JSON.parse((await storageValue(page, `${CASE_KEY_PREFIX}oldcase1`))!);
		expect(saved.version).toBe(1);
		expect(saved.items['removed-item']).toEqual({ ticked: true, note: 'An old note' });
		// Kept in the export too.
		const { text } = await downloadOf(page, 'Download as JSON');
		expect(JSON.parse(text).items['removed-item']).toEqual({ ticked: true, note: 'An old note' });
	});

	it('shows labels and notes as text, never as markup', async () => {
		const page = await open(CHECKLIST);
		const hostile = '<img src=x onerror="window.__pwned=1">';
		await createCase(page, hostile);
		await note(page, 'fgc-offered').fill('<script>window.__pwned=2</script><b>bold</b>');
		await note(page, 'fgc-offered').blur();
		await page.reload();
		expect(await page.locator('[data-case-select] option:checked').textContent()).toBe(hostile);
		expect(await note(page, 'fgc-offered').inputValue()).toBe('<script>window.__pwned=2</script><b>bold</b>');
		await page.getByRole('button', { name: 'Delete this case' }).click();
		expect(await page.getByRole('dialog').getByRole('heading').innerText()).toBe(`Delete the case “${hostile}”?`);
		expect(await page.locator('.checklist img, .checklist script:not([src])').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	});

	it('can be used with the keyboard alone', async () => {
		const page = await open(CHECKLIST);
		expect(await tabUntil(page, `document.activeElement?.id === 'checklist-new-label'`)).toBe(true);
		await page.keyboard.type('Keyboard case');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-case-select] option:checked').textContent()).toBe('Keyboard case');
		expect(await tabUntil(page, `document.activeElement?.id === 'item-fgc-offered'`)).toBe(true);
		await page.keyboard.press('Space');
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-fgc-offered');
		// Focus is visible: the site's focus ring.
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).toBe('solid');
	});

	it('fits a 320 pixel wide screen without scrolling sideways', async () => {
		const page = await open(CHECKLIST, { viewport: { width: 320, height: 640 } });
		await createCase(page, 'A long case label that wraps on a small screen');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	it('prints without the site navigation, with the case named', async () => {
		const page = await open(CHECKLIST);
		await createCase(page, 'Print case');
		await box(page, 'fgc-offered').check();
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'header.header',
			'nav.sidebar',
			'site-search',
			'[data-checklist-tools]',
			'.pagination-links',
			'.site-footer',
		]) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('[data-print-heading]').innerText()).toContain('Case: Print case. 1 of 30 items ticked.');
		expect(await page.locator('.checklist__group').first().isVisible()).toBe(true);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});

/**
 * Replaces navigator.storage before the page's scripts run: records the calls to
 * persisted() and persist(), and answers with `persisted` (on load) and `grant`
 * (to persist()). `missing`: no navigator.storage at all, as on a page that is not https.
 */
function stubStorageManager(answers: { persisted?: boolean; grant?: boolean; missing?: boolean }) {
	return (ctx: BrowserContext) =>
		ctx.addInitScript((a) => {
			const w = window as unknown as { __storageCalls: string[]; __persisted: boolean };
			w.__storageCalls = [];
			w.__persisted = a.persisted ?? false;
			const manager = {
				persisted: async () => (w.__storageCalls.push('persisted'), w.__persisted),
				persist: async () => {
					w.__storageCalls.push('persist');
					if (a.grant) w.__persisted = true;
					return w.__persisted;
				},
			};
			Object.defineProperty(Navigator.prototype, 'storage', {
				configurable: true,
				get: () => (a.missing ? undefined : manager),
			});
		}, answers);
}

const storageCalls = (page: Page) =>
	page.evaluate(() => (window as unknown as { __storageCalls: string[] }).__storageCalls);
const keepStatus = (page: Page) => page.locator('[data-keep-status]');
const saveError = (page: Page) => page.locator('[data-save-error]');

describe('assessment checklist: keeping the cases', () => {
	it('says by the case controls that cases stay in this browser and that clearing browsing data removes them', async () => {
		const page = await open(CHECKLIST);
		const panel = page.getByRole('region', { name: 'Your cases' });
		const where = panel.locator('[data-keep-where]');
		await where.waitFor({ state: 'visible' });
		const text = await where.innerText();
		expect(text).toContain('Cases are kept only in this browser, on this device.');
		expect(text).toContain('Clearing your browsing data removes them.');
		expect(text).toContain('Download a copy as JSON to keep one');
		// In the page as built, not written by the script.
		const html = await (await page.request.get(url(CHECKLIST))).text();
		expect(html).toContain('Clearing your browsing data removes them.');
		await createCase(page, 'Case A');
		expect(await where.isVisible()).toBe(true);
	});

	it('asks the browser to keep the cases when the first case is created, not before, and says it agreed', async () => {
		const page = await open(CHECKLIST, {}, stubStorageManager({ persisted: false, grant: true }));
		await page.locator('[data-checklist-tools]').waitFor({ state: 'visible' });
		// On load the page only asks whether the cases are kept; with no case yet it says nothing about it.
		await expect.poll(() => storageCalls(page)).toEqual(['persisted']);
		expect(await keepStatus(page).isVisible()).toBe(false);
		await page.getByLabel('Label for a new case').fill('Case A');
		expect(await storageCalls(page)).toEqual(['persisted']);

		await page.getByRole('button', { name: 'Create case' }).click();
		await expect.poll(() => storageCalls(page)).toEqual(['persisted', 'persist']);
		await expect.poll(() => keepStatus(page).innerText()).toBe('Your browser has agreed to keep these cases.');
		// Asked once: a second case does not ask again.
		await createCase(page, 'Case B');
		expect(await storageCalls(page)).toEqual(['persisted', 'persist']);
	});

	it('says when the browser has not agreed to keep them, and shows it again to a returning practitioner', async () => {
		const page = await open(CHECKLIST, {}, stubStorageManager({ persisted: false, grant: false }));
		await createCase(page, 'Case A');
		await expect.poll(() => storageCalls(page)).toEqual(['persisted', 'persist']);
		const denied =
			'Your browser may delete these cases if the device runs short of space. Download a copy as JSON to keep one.';
		await expect.poll(() => keepStatus(page).innerText()).toBe(denied);
		expect(await keepStatus(page).getAttribute('class')).toContain('checklist__notice');

		// Coming back: the state is shown from persisted(), without asking again.
		await page.reload();
		await expect.poll(() => keepStatus(page).innerText()).toBe(denied);
		expect(await storageCalls(page)).toEqual(['persisted']);
	});

	it('a returning practitioner whose browser agreed sees that, and is not asked again', async () => {
		const page = await open(CHECKLIST, {}, stubStorageManager({ persisted: true }));
		await createCase(page, 'Case A');
		await expect.poll(() => keepStatus(page).innerText()).toContain('Your browser has agreed to keep these cases.');
		expect(await storageCalls(page)).toEqual(['persisted']);
	});

	it('says plainly when the browser cannot be asked to keep them', async () => {
		const page = await open(CHECKLIST, {}, stubStorageManager({ missing: true }));
		await createCase(page, 'Case A');
		await expect
			.poll(() => keepStatus(page).innerText())
			.toBe(
				'This browser cannot be asked to keep these cases, so it may delete them if the device runs short of space. Download a copy as JSON to keep one.',
			);
		expect(pageErrors(page)).toEqual([]);
	});

	it('a save that fails is shown at once, keeps what was typed on screen, and clears when a save works', async () => {
		const page = await open(CHECKLIST, { viewport: { width: 390, height: 800 } }, (ctx) =>
			// Once __failSaves is set, the browser refuses the checklist's writes as if its storage were full.
			ctx.addInitScript(() => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if ((window as unknown as { __failSaves?: boolean }).__failSaves && key.startsWith('fjg:sgo-checklist:')) {
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					}
					return setItem.call(this, key, value);
				};
			}),
		);
		const failSaves = (on: boolean) =>
			page.evaluate((v) => ((window as unknown as { __failSaves: boolean }).__failSaves = v), on);
		await createCase(page, 'Case A');
		await box(page, 'fgc-offered').check();
		const caseKey = await keyOf(page, 'Case A');
		expect(await saveError(page).getAttribute('role')).toBe('alert');
		expect(await saveError(page).innerText()).toBe('');

		await failSaves(true);
		await box(page, 'plans-consistent').scrollIntoViewIfNeeded();
		await box(page, 'plans-consistent').check();
		// At once, and in view where the practitioner is working, far down the list (it is kept in view as the page scrolls).
		const alert = saveError(page);
		expect(await alert.innerText()).toContain('Error: your last change could not be saved.');
		expect(await alert.innerText()).toContain('This browser’s storage for this site is full');
		expect(await alert.innerText()).toContain('Download this case as JSON now to keep a copy.');
		const shown = (await alert.locator('.checklist__save-problem').boundingBox())!;
		expect(shown.y).toBeGreaterThanOrEqual(0);
		expect(shown.y + shown.height).toBeLessThanOrEqual(800);
		// The tick stays, and the progress counts it.
		expect(await box(page, 'plans-consistent').isChecked()).toBe(true);
		expect(await page.locator('[data-progress-overall]').innerText()).toBe('2 of 30 items ticked');
		expect(JSON.parse((await storageValue(page, caseKey))!).items['plans-consistent']).toBeUndefined();

		await note(page, 'plans-consistent').fill('Typed while the storage was full');
		await note(page, 'plans-consistent').blur();
		expect(await note(page, 'plans-consistent').inputValue()).toBe('Typed while the storage was full');
		expect(await box(page, 'plans-consistent').isChecked()).toBe(true);
		expect(await alert.innerText()).toContain('Error: your last change could not be saved.');
		// Going back up the list with the keyboard, the focused control never slides under the error.
		await box(page, 'plans-consistent').focus();
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press('Shift+Tab');
			const { top, under } = await page.evaluate(() => ({
				top: document.activeElement!.getBoundingClientRect().top,
				under: document.querySelector('.checklist__save-problem')!.getBoundingClientRect().bottom,
			}));
			expect(top).toBeGreaterThanOrEqual(under);
		}

		// The copy it offers holds what is on screen.
		const { text } = await downloadOf(page, 'Download this case as JSON');
		expect(JSON.parse(text).items['plans-consistent']).toEqual({
			ticked: true,
			note: 'Typed while the storage was full',
		});
		// Not printed.
		await page.emulateMedia({ media: 'print' });
		expect(await alert.locator('.checklist__save-problem').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });

		// The next save works: the message goes, and everything on screen is saved.
		await failSaves(false);
		await box(page, 'child-voice').check();
		expect(await alert.innerText()).toBe('');
		expect(JSON.parse((await storageValue(page, caseKey))!).items['plans-consistent']).toEqual({
			ticked: true,
			note: 'Typed while the storage was full',
		});
		await page.reload();
		expect(await box(page, 'plans-consistent').isChecked()).toBe(true);
		expect(await note(page, 'plans-consistent').inputValue()).toBe('Typed while the storage was full');
		expect(pageErrors(page)).toEqual([]);
	});

	it('with storage blocked from the start, still ticks and takes notes for this visit, and says nothing will be kept', async () => {
		const page = await open(CHECKLIST, {}, (ctx) =>
			// As when the browser blocks storage for websites: even reading localStorage throws.
			ctx.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			}),
		);
		await page.locator('[data-checklist-tools]').waitFor({ state: 'visible' });
		expect(
			await page.evaluate(() => {
				try {
					return typeof window.localStorage;
				} catch (e) {
					return (e as Error).name;
				}
			}),
		).toBe('SecurityError');
		expect(await keepStatus(page).innerText()).toContain(
			'Nothing will be kept: this browser is not letting the page save',
		);
		// "Kept only in this browser" would not be true.
		expect(await page.locator('[data-keep-where]').isVisible()).toBe(false);

		await createCase(page, 'Case A');
		await box(page, 'fgc-offered').check();
		await note(page, 'fgc-offered').fill('Only for this visit');
		await note(page, 'fgc-offered').blur();
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		expect(await note(page, 'fgc-offered').inputValue()).toBe('Only for this visit');
		expect(await page.locator('[data-progress-overall]').innerText()).toBe('1 of 30 items ticked');
		// Switching cases keeps each case's ticks in memory.
		await createCase(page, 'Case B');
		expect(await box(page, 'fgc-offered').isChecked()).toBe(false);
		await page.getByLabel('Case shown').selectOption({ label: 'Case A' });
		expect(await box(page, 'fgc-offered').isChecked()).toBe(true);
		expect(await keepStatus(page).innerText()).toContain('Nothing will be kept');
		// One message, not a save error on every tick.
		expect(await saveError(page).innerText()).toBe('');
		expect(pageErrors(page)).toEqual([]);
	});
});

describe('support plan template', () => {
	it('downloads the template as a Markdown text file', async () => {
		const page = await open(PLAN);
		const { download, text } = await downloadOf(page, 'Download as a text file');
		expect(download.suggestedFilename()).toBe('special-guardianship-support-plan.md');
		expect(text).toMatch(/^# Special guardianship support plan\n/);
		const sections = await page.locator('.support-plan__section h2').allInnerTexts();
		expect(sections.length).toBeGreaterThan(5);
		for (const title of sections) expect(text).toContain(`## ${title}`);
		expect(await page.getByRole('button', { name: 'Print' }).getAttribute('type')).toBe('button');
	});

	it('prints on A4 without the site navigation, with writing space under each section', async () => {
		const page = await open(PLAN);
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'header.header',
			'nav.sidebar',
			'site-search',
			'theme-select',
			'starlight-toc',
			'.pagination-links',
			'.site-footer',
			'[data-plan-tools]',
		]) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		const sections = page.locator('.support-plan__section');
		expect(await sections.count()).toBe(10);
		for (const section of await sections.all()) {
			expect(await section.isVisible()).toBe(true);
			const space = await section.locator('.support-plan__space').boundingBox();
			expect(space!.height).toBeGreaterThan(150);
		}
		// The content uses the paper's width: nothing is pushed aside by the hidden sidebar.
		const main = await page.locator('main').boundingBox();
		expect(main!.x).toBeLessThan(20);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// Every page is A4: 210 × 297 mm, about 595 × 842 points.
		const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
			Number(m[1]),
			Number(m[2]),
		]);
		expect(boxes.length).toBeGreaterThan(1);
		for (const [w, h] of boxes) {
			expect(Math.abs(w - 595.3)).toBeLessThan(2);
			expect(Math.abs(h - 841.9)).toBeLessThan(2);
		}
	});

	it('without JavaScript shows every section and hides the buttons', async () => {
		const page = await open(PLAN, { javaScriptEnabled: false });
		expect(await page.locator('.support-plan__section').count()).toBe(10);
		expect(await page.locator('[data-plan-tools]').isVisible()).toBe(false);
	});
});
