/** What the build leaves out of every page to keep it light (see README, Performance). */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

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
	});
});
