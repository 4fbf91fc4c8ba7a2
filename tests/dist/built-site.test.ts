/** Checks over every built page, without a browser. */
import { describe, expect, it } from 'vitest';
import { builtPages, isFallback, languageOf } from '../helpers/dist.ts';
import { site } from '../helpers/site-content.ts';

const pages = builtPages();
const contentPaths = new Set(
	site.pages.map((p) => {
		const slug = p.file.replace(/^content\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		return slug ? `/${slug}/` : '/';
	}),
);

describe('the built site', () => {
	it('has a page for every content file, and a 404 page', () => {
		const built = new Set(pages.map((p) => p.path));
		for (const path of contentPaths) expect(built, path).toContain(path);
		expect(built).toContain('/404/');
	});
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
	it('has a title, a description and the language set', () => {
		expect(page.html).toMatch(new RegExp(`<html[^>]+lang="${languageOf(path)}"`));
		expect(page.html).toMatch(/<title>[^<]+<\/title>/);
		expect(page.html).toMatch(/<meta name="description" content="[^"]+"/);
	});

	it('loads nothing from another site', () => {
		const external = [...page.html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href|srcset)="(https?:)?\/\/[^"]*"/g)].filter(
			(m) => !/<link[^>]+rel="(canonical|alternate|sitemap)"/.test(m[0]),
		);
		expect(external.map((m) => m[0])).toEqual([]);
	});

	if (isFallback(page)) {
		it('is a Welsh address for a page not yet in Welsh: a notice, marked, linking to the English page, out of search', () => {
			expect(page.html).toMatch(/<main[^>]+lang="en-GB"/);
			expect(page.html).toMatch(/<p class="fallback-notice" lang="cy" data-fallback-notice>[\s\S]*?<a href="\/[^"]*" hreflang="en-GB">/);
			expect(page.html).toContain('<meta name="robots" content="noindex"');
			expect(page.html).not.toMatch(/hreflang="cy" href=/);
			expect(page.html).not.toContain('data-pagefind-body');
		});
	}

	if (contentPaths.has(path)) {
		it('shows who it is for, its review dates and its sources', () => {
			expect(page.html).toContain('class="page-audience"');
			// In the page's language: Welsh pages (/cy/) have the Welsh words (tests/dist/wales.test.ts).
			const [reviewed, due] = path.startsWith('/cy/')
				? ['Adolygwyd ddiwethaf', 'Yr adolygiad nesaf']
				: ['Last reviewed', 'Next review due'];
			expect(page.html).toMatch(new RegExp(`<dt>${reviewed}</dt><dd><time datetime="\\d{4}-\\d{2}-\\d{2}">`));
			expect(page.html).toMatch(new RegExp(`<dt>${due}</dt><dd><time datetime="\\d{4}-\\d{2}-\\d{2}">`));
			expect(page.html).toMatch(/<ol class="page-info__sources"[^>]*>\s*<li>/);
		});
	}

	if (/^\/(guidance|sgo-toolkit)\/./.test(path)) {
		it('says it is general information, not legal advice', () => {
			expect(page.html).toContain('This is general information, not legal advice.');
		});
	}
});
