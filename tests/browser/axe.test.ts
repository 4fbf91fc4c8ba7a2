/**
 * Every WCAG 2.0, 2.1 and 2.2 A and AA rule axe-core has, the experimental ones included, on
 * every page of the built sitemap and the 404 page, in the light and the dark theme.
 *
 * pa11y-ci (step 6 of npm test) runs axe too, but its runner leaves out the rules axe marks
 * "experimental" (some of them WCAG A and AA rules, such as p-as-heading or
 * css-orientation-lock) and uses the axe-core version pa11y bundles. This uses the project's
 * own axe-core and selects the rules by their tags from axe.getRules().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, url, BASE_URL } from './browser.ts';
import { DIST } from '../helpers/dist.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Excluded rules, each with its reason (in one place; the test prints them when it runs):
const EXCLUDED_RULES: { rule: string; reason: string }[] = [];

/** The sitemap's addresses (written with the build's default site, http://localhost:4321) on the test server, and the 404 page. */
const SITE_URL = 'http://localhost:4321';
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const pages = [
	...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => url(m[1].replace(SITE_URL, ''))),
	url('/404.html'),
];

interface AxeResult {
	violations: {
		id: string;
		impact: string | null;
		help: string;
		nodes: { target: unknown[]; failureSummary?: string }[];
	}[];
	passes: unknown[];
}

let browser: Browser;
let page: Page;
let rules: { ruleId: string; tags: string[] }[] = [];
beforeAll(async () => {
	browser = await launch();
	// axe is injected as a script the site's Content-Security-Policy (rightly) does not allow:
	// script-src lists 'self' and the hash of the site's one inline script, so both an inline
	// <script> (addScriptTag) and a /node_modules/ file the server does not have are refused.
	// bypassCSP is for this test only; tests/browser/crawl.test.ts loads every page under the
	// real policy and fails on any script it blocks, so nothing here runs that the site would not.
	const context = await browser.newContext({ bypassCSP: true });
	page = await context.newPage();
	await page.goto(url('/'));
	await injectAxe();
	rules = await page.evaluate(() =>
		(window as unknown as { axe: { getRules(): { ruleId: string; tags: string[] }[] } }).axe.getRules(),
	);
});
afterAll(async () => {
	await browser?.close();
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
async function injectAxe(tab: Page = page) {
	await tab.addScriptTag({ path: axePath });
}

/** Every rule with a WCAG A or AA tag, experimental or not, less the written exclusions. */
function selectedRules(): string[] {
	const excluded = new Set(EXCLUDED_RULES.map((e) => e.rule));
	return rules.filter((r) => r.tags.some((t) => WCAG_TAGS.includes(t)) && !excluded.has(r.ruleId)).map((r) => r.ruleId);
}

describe('axe-core: every WCAG 2.0, 2.1 and 2.2 A and AA rule, experimental ones included', () => {
	it('selects the experimental WCAG rules as well as the others', () => {
		const selected = selectedRules();
		const experimental = rules
			.filter((r) => r.tags.includes('experimental') && r.tags.some((t) => WCAG_TAGS.includes(t)))
			.map((r) => r.ruleId);
		expect(experimental.length).toBeGreaterThan(0);
		expect(selected).toEqual(
			expect.arrayContaining([...experimental, 'label-content-name-mismatch', 'color-contrast', 'target-size']),
		);
		for (const { rule, reason } of EXCLUDED_RULES) console.log(`axe rule excluded: ${rule} — ${reason}`);
	});

	it(`finds no violation on any of the ${pages.length} pages, in the light and the dark theme`, async () => {
		const selected = selectedRules();
		const origin = new URL(BASE_URL).origin;
		const problems: string[] = [];
		const started = Date.now();
		/** Runs the selected rules on the page as it is now, and notes every violation. */
		async function check(tab: Page, path: string, theme: string) {
			const result = await tab.evaluate(
				(values) =>
					(window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResult> } }).axe.run(document, {
						runOnly: { type: 'rule', values },
						resultTypes: ['violations'],
					}),
				selected,
			);
			// A page where axe checked nothing would pass by accident.
			expect(result.passes.length, `${path}: axe passed no rule`).toBeGreaterThan(0);
			for (const v of result.violations) {
				for (const n of v.nodes) {
					problems.push(
						`${path} (${theme}): ${v.id} [${v.impact}] ${v.help} — ${JSON.stringify(n.target)}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`,
					);
				}
			}
		}
		// Two tabs at once (CI has 2 cores): each page in both themes, the tabs taking pages in turn.
		const queue = [...pages];
		async function tab() {
			const context = await browser.newContext({ bypassCSP: true });
			const tabPage = await context.newPage();
			for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
				const path = address.slice(origin.length);
				await tabPage.goto(address);
				await tabPage.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
				await tabPage.reload();
				expect(await tabPage.evaluate(() => document.documentElement.dataset.theme), path).toBe('light');
				await injectAxe(tabPage);
				await check(tabPage, path, 'light');
				await tabPage.evaluate(() => {
					const select = document.querySelector<HTMLSelectElement>('[data-theme-select]')!;
					select.value = 'dark';
					select.dispatchEvent(new Event('change'));
				});
				expect(await tabPage.evaluate(() => document.documentElement.dataset.theme), path).toBe('dark');
				await check(tabPage, path, 'dark');
			}
			await context.close();
		}
		await Promise.all([tab(), tab()]);
		console.log(
			`axe: ${selected.length} rules on ${pages.length} pages × 2 themes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
		);
		expect(problems.join('\n')).toBe('');
	}, 600_000);
});
