/** The glossary in the built site: the A to Z, one page per letter, the addresses of the words, and the weight budget. */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { CONTENT, glossary } from '../helpers/site-content.ts';
import { glossaryGroups, glossaryHref, glossaryLetterPath } from '../../src/lib/glossary.ts';

/** The performance budget for a page's HTML on a repeat visit: 8 KB gzip. */
const BUDGET = 8 * 1024;
const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const groups = glossaryGroups(glossary);
const letterPaths = groups.map((g) => glossaryLetterPath(g.letter));
const aToZ = byPath.get('/glossary/')!;
const sources = (parse(readFileSync(resolve(CONTENT, 'glossary.mdx'), 'utf8').split('---')[1]) as { sources: { title: string }[] }).sources;

/** The hrefs of the links in a piece of HTML. */
const hrefs = (html: string) => [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
const menu = (html: string) => /<nav class="sidebar[^"]*"[^>]*aria-label="Main">[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
const main = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('glossary pages', () => {
	it('has a page for every letter that starts a word, and no other', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(50);
		expect(letterPaths.length).toBeGreaterThanOrEqual(10);
		const built = pages.map((p) => p.path).filter((p) => /^\/glossary\/[^/]+\/$/.test(p));
		expect(built.sort()).toEqual([...letterPaths].sort());
	});

	it.each(['/glossary/', ...letterPaths])('%s is at most 8 KB gzip (the budget for a page on a repeat visit)', (path) => {
		const page = byPath.get(path);
		expect(page, path).toBeDefined();
		const size = gzipSync(readFileSync(page!.file), { level: 6 }).length;
		expect(size, `${path}: ${size} bytes gzip`).toBeLessThanOrEqual(BUDGET);
	});

	it('the A to Z lists every word by name, A to Z, each a link to the word on its letter page', () => {
		const list = /<div data-glossary-index[\s\S]*?<\/div>/.exec(aToZ.html)?.[0] ?? '';
		const links = [...list.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1], term: m[2].replace(/&#39;|&#x27;/g, "'") }));
		const expected = groups.flatMap((g) => g.terms).map((t) => ({ href: glossaryHref(t), term: t.term }));
		expect(links).toEqual(expected);
		// The meanings are on the letter pages, not here: the A to Z stays small.
		expect(aToZ.html).not.toContain('class="glossary__entry"');
		expect(aToZ.html).toContain('<h1 id="_top" tabindex="-1">Glossary A to Z</h1>');
		// Its script, which sends old links (/glossary/#care-order) on, is a file, not inline.
		expect(aToZ.html).toMatch(/<script type="module" src="\/_astro\/GlossaryList[^"]*\.js"><\/script>/);
	});

	it.each(groups.map((g) => [g.letter, g] as const))('the page for %s has every entry of its letter, with its anchor and meanings', (letter, group) => {
		const html = byPath.get(glossaryLetterPath(letter))!.html;
		const entries = [...html.matchAll(/<div class="glossary__entry" id="([^"]+)"><dt>/g)].map((m) => m[1]);
		expect(entries).toEqual(group.terms.map((t) => t.id));
		expect(html.match(/class="glossary__easy"/g)?.length).toBe(group.terms.length);
		expect(html).toMatch(new RegExp(`<title>Glossary: ${group.label} \\| `));
	});

	it.each(letterPaths)('%s has the letters with its own marked, a link to the A to Z, the review dates and the sources of the glossary', (path) => {
		const html = byPath.get(path)!.html;
		const content = main(html);
		const current = [...content.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((m) => m[1]);
		expect(current).toEqual([path]);
		for (const letter of letterPaths) expect(hrefs(content)).toContain(letter);
		expect(hrefs(content)).toContain('/glossary/');
		expect(html).toMatch(/<dt>Last reviewed<\/dt><dd><time datetime="2026-11-23">/);
		expect(html).toContain('class="page-audience"');
		for (const s of sources) expect(html).toContain(`>${s.title}</a>`);
	});

	it('keeps the letter pages out of the menu, which offers "Glossary A to Z" on every page', () => {
		for (const page of pages.filter((p) => p.html.includes('aria-label="Main"'))) {
			const links = hrefs(menu(page.html));
			expect(links, page.path).toContain('/glossary/');
			expect(links.filter((l) => /^\/glossary\/./.test(l)), page.path).toEqual([]);
		}
	});

	it('gives the glossary pages the short menu (each section through its index page), and other pages their own section in full', () => {
		for (const path of ['/glossary/', ...letterPaths]) {
			const links = hrefs(menu(byPath.get(path)!.html));
			expect(links, path).toEqual(expect.arrayContaining(['/', '/families/', '/guidance/', '/easy-read/', '/sgo-toolkit/', '/training/', '/glossary/', '/about/']));
			// "If you live in Wales" is a start link of its own (issue 19), not the guidance section in full.
			expect(links.filter((l) => /^\/guidance\/./.test(l) && l !== '/guidance/wales/'), path).toEqual([]);
		}
		expect(hrefs(menu(byPath.get('/guidance/care-proceedings/')!.html))).toContain('/guidance/letter-before-proceedings/');
	});

	it('every glossary word in running text links to its entry on its letter page', () => {
		let count = 0;
		for (const page of pages) {
			for (const m of page.html.matchAll(/<a class="term__link" href="([^"]+)"/g)) {
				count++;
				const [path, id] = m[1].split('#');
				const term = glossary.find((t) => t.id === id);
				expect(term, `${page.path}: ${m[1]}`).toBeDefined();
				expect(m[1], page.path).toBe(glossaryHref(term!));
				expect(byPath.get(path)?.html, `${page.path}: ${m[1]}`).toContain(`<div class="glossary__entry" id="${id}">`);
			}
		}
		expect(count).toBeGreaterThan(20);
	});
});
