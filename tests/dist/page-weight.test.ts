/** What the build leaves out of every page to keep it light (see docs/performance.md). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, attr, builtPages } from '../helpers/dist.ts';
import { SEARCH_DIALOG_KEYS, SEARCH_VIEW_FIRST_KEYS, SEARCH_VIEW_LATER_KEYS } from '../../src/client/search-view.ts';

const pages = builtPages();
const page = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`${path} was not built`);
	return found.html;
};
const menu = (html: string) => html.match(/<nav class="sidebar[\s\S]*?<\/nav>/)?.[0] ?? '';

describe('every page', () => {
	it.each(pages.map((p) => [p.path, p.html]))('%s has no markup left that only the search index needed', (_path, html) => {
		expect(html).not.toMatch(/\sdata-pagefind-[a-z-]+/);
		expect(html).not.toMatch(/\sdata-index-only/);
	});
});

describe('the menu', () => {
	it("lists the current section's pages, and each other section as one link to its index page", () => {
		const nav = menu(page('/guidance/letter-before-proceedings/'));
		expect(nav).toContain('href="/guidance/pre-proceedings-meeting/"');
		expect(nav).toMatch(/href="\/guidance\/letter-before-proceedings\/" aria-current="page"/);
		expect(nav).toContain('href="/easy-read/"');
		expect(nav).not.toContain('href="/easy-read/letter-before-proceedings/"');
		expect(nav).toContain('href="/sgo-toolkit/"');
		expect(nav).not.toContain('href="/sgo-toolkit/assessment/"');
	});

	it('keeps the start links and the glossary on every page', () => {
		for (const path of ['/families/', '/easy-read/section-20/', '/training/']) {
			const nav = menu(page(path));
			for (const href of ['/families/', '/practitioners/', '/judiciary/', '/glossary/']) expect(nav, `${path} ${href}`).toContain(`href="${href}"`);
		}
	});
});

describe('the head', () => {
	it('has no generator tags, no Twitter card type, and one inline script (theme and text size before paint)', () => {
		const html = page('/guidance/letter-before-proceedings/');
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).not.toContain('name="generator"');
		expect(head).not.toContain('twitter:card');
		expect(head.match(/<script>/g)).toHaveLength(1);
		expect(head).toContain("localStorage.getItem('starlight-theme')");
		expect(head).toContain("localStorage.getItem('fjg-text-size')");
		expect(head).toContain("localStorage.getItem('fjg:country')");
	});
});

describe('the previous and next links', () => {
	it('are in a named navigation landmark, with arrows drawn by CSS instead of icons', () => {
		const html = page('/sgo-toolkit/assessment/');
		const nav = html.match(/<nav class="pagination-links[^"]*"[^>]*>[\s\S]*?<\/nav>/)?.[0] ?? '';
		expect(nav).toContain('aria-label="Previous and next pages"');
		expect(nav).toMatch(/rel="prev"[\s\S]*rel="next"/);
		expect(nav).not.toContain('<svg');
	});
});

describe('the glossary pop-ups', () => {
	it('give a short meaning: the easy-read one on easy-read pages', () => {
		const tip = (html: string, id: string) => html.match(new RegExp(`id="term-${id}-\\d+" role="tooltip"><strong>[^<]*</strong> ([^<]*)<`))?.[1];
		expect(tip(page('/easy-read/section-20/'), 'section-20')).toBe('Your child is looked after by the council because you agreed. You can take your child home at any time.');
		expect(tip(page('/guidance/letter-before-proceedings/'), 'solicitor')).toBe('A lawyer who gives legal advice and can represent you.');
	});

	it('are left out where the sentence defines the word, and the word still links to its entry', () => {
		const html = page('/easy-read/words-you-might-hear/');
		expect(html).toContain('<a class="term__link" href="/glossary/a/#advocate">advocate</a>');
		expect(html).not.toMatch(/id="term-advocate-\d+"/);
	});
});

describe("a component's own stylesheet (Stylesheet.astro)", () => {
	// Each file and the markup of the components that link it: on the pages that show one of them
	// it is linked once, and on no other page (every page is one Astro route, so CSS bundled the
	// usual way would be on all of them).
	const COMPONENT_STYLES: [string, RegExp][] = [
		['timeline', /class="timeline[ "]/],
		['help-lines', /class="help-lines[ "]/],
		['checklist', /<fjg-assessment-checklist/],
		['support-plan', /<fjg-support-plan/],
		['toolkit-print', /data-print-tool/],
		['training', /class="module-(?:header|section)/],
		['search-form', /class="search-form"/],
	];
	it.each(COMPONENT_STYLES)('%s.css is linked once on exactly the pages that show its component', (name, marker) => {
		const link = new RegExp(`<link rel="stylesheet" href="/_astro/${name}\\.[\\w-]+\\.css">`, 'g');
		const using = pages.filter((p) => marker.test(p.html));
		expect(using.length).toBeGreaterThan(0);
		for (const p of pages) {
			expect(p.html.match(link)?.length ?? 0, p.path).toBe(marker.test(p.html) ? 1 : 0);
			// In the head, after the site's own stylesheets (moved there after the build).
			expect(p.html.slice(p.html.indexOf('</head>')).match(link), p.path).toBeNull();
		}
	});

	it('no page carries a <style> element: styles are cached files', () => {
		for (const p of pages) expect(p.html, p.path).not.toMatch(/<style[\s>]/);
	});
});

describe("the search dialog's words", () => {
	const langs = [...new Set(pages.map((p) => attr(p.html, /<html[^>]* lang="([^"]+)"/) ?? ''))];
	it('are in a file for each language a page is in, with every word of the results and filters', () => {
		expect(langs.sort()).toEqual(['cy', 'en-GB']);
		for (const lang of langs) {
			const file = join(DIST, 'search-strings', `${lang.toLowerCase()}.json`);
			const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
			expect(Object.keys(strings).sort(), lang).toEqual([...SEARCH_VIEW_LATER_KEYS, ...SEARCH_DIALOG_KEYS].sort());
			for (const key of [...SEARCH_VIEW_LATER_KEYS, ...SEARCH_DIALOG_KEYS])
				expect(typeof strings[key], `${lang} ${key}`).toBe('string');
		}
		const welsh = JSON.parse(readFileSync(join(DIST, 'search-strings', 'cy.json'), 'utf8')) as Record<string, string>;
		expect(welsh['siteSearch.searching']).toBe('Yn chwilio…');
	});

	it('in the page are only the two needed before search has loaded', () => {
		const html = page('/guidance/letter-before-proceedings/');
		const strings = JSON.parse(
			(attr(html, /<site-search[^>]* data-strings="([^"]+)"/) ?? '{}').replace(/&quot;/g, '"'),
		) as Record<string, string>;
		expect(Object.keys(strings).sort()).toEqual([...SEARCH_VIEW_FIRST_KEYS].sort());
	});
});
