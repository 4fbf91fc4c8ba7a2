/** The built toolkit tools in dist/: the no-JavaScript markup, the data for the scripts, the scripts and the print styles. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../helpers/dist.ts';
import { loadChecklist, loadSupportPlan } from '../../src/build/toolkit-data.ts';
import { KEEP_STRING_KEYS } from '../../src/lib/checklist-storage.ts';
import { CHECKLIST_STRING_KEYS } from '../../src/lib/checklist-strings.ts';
import en from '../../src/content/i18n/en-GB.json';

const pages = builtPages();
const page = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`${path} was not built`);
	return found.html;
};
const checklistHtml = page('/sgo-toolkit/assessment-checklist/');
const planHtml = page('/sgo-toolkit/support-plan-template/');

function decode(text: string): string {
	return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function dataAttribute(html: string, name: string): unknown {
	const match = new RegExp(`${name}="([^"]*)"`).exec(html);
	if (!match) throw new Error(`no ${name}`);
	return JSON.parse(decode(match[1]));
}

/** The files of the page's own module scripts and stylesheets. */
function assets(html: string, pattern: RegExp): string[] {
	return [...html.matchAll(pattern)].map((m) => readFileSync(join(DIST, m[1]), 'utf8'));
}

describe('the assessment checklist page as built', () => {
	const checklist = loadChecklist();
	const ids = checklist.groups.flatMap((g) => g.items.map((i) => i.id));

	it('is a printable list without JavaScript: 30 disabled, labelled checkboxes with guidance', () => {
		const boxes = [...checklistHtml.matchAll(/<input type="checkbox" id="item-([a-z0-9-]+)"[^>]*>/g)];
		expect(boxes.map((m) => m[1])).toEqual(ids);
		expect(ids).toHaveLength(30);
		for (const [tag, id] of boxes) {
			expect(tag, id).toContain(' disabled');
			expect(checklistHtml, id).toContain(`<label for="item-${id}">`);
		}
		expect(checklistHtml.match(/class="checklist__guidance"/g)).toHaveLength(30);
		// The tools only appear with JavaScript.
		expect(checklistHtml).toMatch(/<div class="checklist__tools" data-checklist-tools hidden>/);
	});

	it('gives the script the checklist it shows', () => {
		const data = dataAttribute(checklistHtml, 'data-checklist-json') as { version: number; groups: { items: { id: string }[] }[] };
		expect(data.version).toBe(checklist.version);
		expect(data.groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(ids);
	});

	it('says in the page itself, by the cases, where they are kept, and gives the script its messages about keeping them', () => {
		const panel = checklistHtml.slice(checklistHtml.indexOf('id="checklist-cases-heading"'), checklistHtml.indexOf('id="checklist-files-heading"'));
		expect(panel).toContain('<p data-keep-where>Cases are kept only in this browser, on this device. Clearing your browsing data removes them.');
		// The element's strings (data-strings): every key its code uses, the keeping messages among them.
		const text = dataAttribute(checklistHtml, '<fjg-assessment-checklist data-strings') as Record<string, string>;
		expect(Object.keys(text).sort()).toEqual([...CHECKLIST_STRING_KEYS].sort());
		for (const key of KEEP_STRING_KEYS) expect(Object.keys(text)).toContain(key);
		// Each is the sentence from src/content/i18n/en-GB.json, not its key.
		for (const key of CHECKLIST_STRING_KEYS) expect(text[key], key).toBe((en as Record<string, string>)[key]);
		// The save error's live region is there before anything is written into it.
		expect(checklistHtml).toMatch(/<div class="checklist__save-error" role="alert" data-save-error><\/div>/);
	});

	it('every button of the tools is a button of type "button"', () => {
		const start = checklistHtml.indexOf('<div class="checklist" data-checklist');
		const inTool = checklistHtml.slice(start, checklistHtml.indexOf('</dialog>', start));
		const buttons = [...inTool.matchAll(/<button\b[^>]*>/g)].map((m) => m[0]);
		expect(buttons.length).toBeGreaterThan(4);
		for (const b of buttons) expect(b).toContain('type="button"');
	});

	it('its script is a bundled file that sends nothing and never writes HTML', () => {
		const scripts = assets(checklistHtml, /<script type="module" src="(\/_astro\/AssessmentChecklist[^"]+\.js)"/g);
		expect(scripts).toHaveLength(1);
		const code = scripts[0];
		expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
		expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket/);
		// It keeps cases in localStorage, through the shared storage helper (src/client/storage.ts),
		// which is bundled with the scripts every page runs: the entry or a chunk it imports uses it.
		const imported = [...code.matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => readFileSync(join(DIST, '_astro', m[1]), 'utf8'));
		expect([code, ...imported].some((c) => c.includes('localStorage'))).toBe(true);
		// Nothing of the checklist's own is inline in the page.
		expect(checklistHtml).not.toMatch(/<script[^>]*>[^<]*(enhanceChecklist|AssessmentChecklist|fjg-assessment-checklist)/);
	});
});

describe('the support plan template page as built', () => {
	const plan = loadSupportPlan();

	it('has every section with its prompts and writing space, and the template for the download', () => {
		expect(planHtml.match(/class="support-plan__section"/g)).toHaveLength(plan.sections.length);
		expect(planHtml.match(/class="support-plan__space" aria-hidden="true"/g)).toHaveLength(plan.sections.length);
		const data = dataAttribute(planHtml, 'data-plan-json') as { sections: { prompts: string[] }[] };
		expect(data.sections.map((s) => s.prompts)).toEqual(plan.sections.map((s) => s.prompts));
		expect(planHtml).toMatch(/<div class="support-plan__tools" data-plan-tools hidden>/);
	});
});

describe('print styles of both tools', () => {
	it.each([
		['assessment checklist', checklistHtml],
		['support plan template', planHtml],
	])('the %s page prints on A4 with 15 mm margins', (_name, html) => {
		const css = assets(html, /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g).join('\n');
		expect(css).toMatch(/@page\s*\{\s*size:\s*A4;\s*margin:\s*15mm;?\s*\}/);
		expect(existsSync(join(DIST, 'index.html'))).toBe(true);
	});
});
