/**
 * Help lines as built: every phone number on the site is a tel: link without spaces, to a
 * number in content/data/help-lines.yaml (no page prints a number of its own), and the
 * family and children pages show them.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { loadHelpLines } from '../../src/build/help-lines.ts';
import { telHref } from '../../src/schemas/help-lines.ts';

const pages = builtPages();
const known = new Set(loadHelpLines().flatMap((e) => (e.kind === 'phone' ? [telHref(e.number)] : [])));

describe('phone numbers on the built site', () => {
	it('are tel: links without spaces, each to a number in content/data/help-lines.yaml', () => {
		const problems: string[] = [];
		for (const page of pages)
			for (const [, href] of page.html.matchAll(/href="(tel:[^"]*)"/g))
				if (!/^tel:\d+$/.test(href) || !known.has(href)) problems.push(`${page.path}: ${href}`);
		expect(problems).toEqual([]);
	});

	it.each([
		['/families/', 'families'],
		['/children-and-young-people/', 'children'],
		['/guidance/getting-help-and-advice/', 'families'],
		['/guidance/where-to-start/', 'families'],
		['/easy-read/going-to-court/', 'families'],
		['/easy-read/special-guardianship-children/', 'children'],
	])('%s shows the help lines for %s', (path, audience) => {
		const page = pages.find((p) => p.path === path);
		expect(page, path).toBeDefined();
		expect(page!.html).toContain(`data-help-lines="${audience}"`);
		expect(page!.html).toMatch(/href="tel:\d+"/);
	});
});
