/** Component stylesheets moved from the body to the head after the build (src/lib/hoist-stylesheets.ts). */
import { describe, expect, it } from 'vitest';
import { hoistStylesheets } from '../../src/lib/hoist-stylesheets.ts';

const page = (head: string, body: string) =>
	`<!doctype html><html><head>${head}</head><body class="x">${body}</body></html>`;

describe('hoistStylesheets', () => {
	it('moves each body stylesheet to the end of the head, once, in order', () => {
		const html = page(
			'<link rel="stylesheet" href="/_astro/site.css">',
			'<p>a</p><link rel="stylesheet" href="/_astro/b.css"><p>b</p><link rel="stylesheet" href="/_astro/c.css"><link rel="stylesheet" href="/_astro/b.css">',
		);
		expect(hoistStylesheets(html)).toBe(
			page(
				'<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/c.css">',
				'<p>a</p><p>b</p>',
			),
		);
	});
	it('drops a body link to a stylesheet the head already has', () => {
		const html = page('<link rel="stylesheet" href="/a.css">', '<link rel="stylesheet" href="/a.css" /><p>x</p>');
		expect(hoistStylesheets(html)).toBe(page('<link rel="stylesheet" href="/a.css">', '<p>x</p>'));
	});
	it('leaves a page without body stylesheets, and other links, as they are', () => {
		const html = page('<title>t</title>', '<link rel="stylesheet" href="/a.css" media="print"><a href="/x">x</a>');
		expect(hoistStylesheets(html)).toBe(html);
		expect(hoistStylesheets('<p>not a page</p>')).toBe('<p>not a page</p>');
	});
});
