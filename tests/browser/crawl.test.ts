/**
 * A clean crawl: every page of the built site, loaded in Chromium with the
 * site's own security headers, makes no request to another site, logs no
 * console error (a blocked script would log one) and has no failed request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, BASE_URL } from './browser.ts';
import { builtPages } from '../helpers/dist.ts';

const paths = builtPages()
	.map((p) => p.path)
	.filter((p) => p !== '/404/');
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('a clean crawl of the built site', () => {
	it('sends the security headers with every page', async () => {
		const response = await fetch(url('/'));
		expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	// Four tabs at once: most of a page's time is the wait for the network to be idle, not work,
	// so this takes about a third of the time of one tab (CI runs on 2 cores).
	it(`loads all ${paths.length} pages with no third-party request, console error or failed request`, async () => {
		const problems: string[] = [];
		const origin = new URL(BASE_URL).origin;
		const queue = [...paths];
		async function tab() {
			const context = await browser.newContext();
			let current = '';
			await context.route('**/*', (route) => {
				const requestUrl = route.request().url();
				if (!requestUrl.startsWith(origin) && !requestUrl.startsWith('data:')) {
					problems.push(`${current}: request to another site: ${requestUrl}`);
					return route.abort();
				}
				return route.continue();
			});
			const page = await context.newPage();
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`${current}: script error: ${error.message}`));
			page.on('requestfailed', (request) => problems.push(`${current}: failed request: ${request.url()}`));
			page.on('response', (response) => {
				if (response.status() >= 400) problems.push(`${current}: ${response.status()} for ${response.url()}`);
			});
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				current = path;
				await page.goto(url(path), { waitUntil: 'networkidle' });
			}
			await context.close();
		}
		await Promise.all([tab(), tab(), tab(), tab()]);
		expect(problems).toEqual([]);
	}, 300_000);
});
