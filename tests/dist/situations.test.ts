/**
 * "What is happening?" and the step-by-step pages (issue 18): the 9 situations, each a
 * sentence with a picture linking to its page; every step page a numbered list of steps whose
 * headings carry "Step N:"; the way in on the home page, the two family doors and the 404 page.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const SLUGS = [
	'letter-before-proceedings',
	'child-protection-conference',
	'asked-to-agree-section-20',
	'child-taken-today',
	'court-papers',
	'pregnant',
	'asked-to-care-for-a-child',
	'letter-from-cafcass',
	'child-or-young-person',
];
const stepPaths = SLUGS.map((s) => `/situations/${s}/`);

describe('What is happening?', () => {
	const list = /<ul class="situations"[^>]*>([\s\S]*?)<\/ul>/.exec(byPath.get('/situations/')?.html ?? '')?.[1] ?? '';
	const items = [...list.matchAll(/<li class="situation">([\s\S]*?)<\/li>/g)].map((m) => m[1]);

	it('lists the 9 situations in order, each a sentence with a picture, linking to its step-by-step page', () => {
		expect(items).toHaveLength(9);
		expect(items.map((i) => /<a [^>]*href="([^"]+)"/.exec(i)?.[1])).toEqual(stepPaths);
		for (const item of items) {
			// Decorative: the sentence says it. (Astro writes an empty alt as a bare attribute, which HTML reads as "".)
			expect(item).toMatch(/<img class="picture[^"]*" src="\/pictures\.svg#[a-z-]+" alt(?:="")? /);
			expect(/<a [^>]*>([^<]+)<\/a>/.exec(item)?.[1]).toMatch(/^I (?:have|am)\b|^My child|^Social workers/);
		}
	});

	it.each([
		['/', 'everyone'],
		['/families/', 'everyone'],
		['/children-and-young-people/', 'children'],
		['/404/', 'everyone'],
	])('is offered near the top of %s', (path) => {
		const html = byPath.get(path)!.html;
		const main = html.slice(html.indexOf('<main'));
		const link = main.indexOf('data-situations-link');
		expect(link).toBeGreaterThan(0);
		// Before any other content block of the page (doors, resource groups, search form).
		for (const later of ['class="doors"', 'class="resource-group"', 'action="/search/"']) {
			const at = main.indexOf(later);
			if (at >= 0) expect(link).toBeLessThan(at);
		}
		expect(main).toContain('href="/situations/"');
	});
});

describe('step-by-step pages', () => {
	it.each(stepPaths)('%s is an ordered list of numbered steps, "Step N:" in each heading', (path) => {
		const html = byPath.get(path)?.html ?? '';
		const list = /<ol class="step-by-step"[^>]*>([\s\S]*)<\/ol>/.exec(html)?.[1] ?? '';
		const steps = [...list.matchAll(/<li class="step" id="step-(\d+)"[^>]*>\s*<h2 class="step__title">([\s\S]*?)<\/h2>/g)];
		expect(steps.length).toBeGreaterThanOrEqual(4);
		steps.forEach((m, i) => {
			expect(Number(m[1])).toBe(i + 1);
			expect(m[2]).toContain(`<span class="sr-only">Step ${i + 1}: </span>`);
			expect(m[2]).toMatch(new RegExp(`<span class="step__number" aria-hidden="true">${i + 1}</span>`));
		});
		// A Wales note and sources, as every page has.
		expect(html).toContain('data-wales-note');
	});

	it('each family step page says who gets free advice through <FreeAdvice>', () => {
		for (const path of stepPaths) {
			expect(byPath.get(path)!.html, path).toContain('data-free-advice=');
		}
	});

	it('the section 20 page shows the right to take the child home', () => {
		expect(byPath.get('/situations/asked-to-agree-section-20/')!.html).toContain('data-right-to-remove');
	});
});
