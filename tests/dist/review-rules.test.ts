/**
 * The December 2026 legal review's rules, checked on what readers actually get: the built
 * pages, with every component rendered. The content rules (src/build/content-rules/) stop an
 * author at build time; these prove the rendered result.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { site } from '../helpers/site-content.ts';
import { readersOf } from '../../src/lib/readers.ts';

const built = new Map(builtPages().map((p) => [p.path, p.html]));
const pathOf = (file: string) => {
	const slug = file.replace(/^content\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
	return slug ? `/${slug}/` : '/';
};

/** The page's own words: its main content, without glossary pop-ups, its sources list, the previous/next links or scripts. */
function mainText(html: string): string {
	const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
	return main
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<nav class="pagination-links[\s\S]*?<\/nav>/g, ' ')
		.replace(/<span class="term__tip"[\s\S]*?<\/span>/g, ' ')
		.replace(/<ol class="page-info__sources"[\s\S]*?<\/ol>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\s+/g, ' ');
}

const pages = site.pages.map((p) => ({ ...p, path: pathOf(p.file), html: built.get(pathOf(p.file)) ?? '' }));
const forFamilies = pages.filter((p) => (p.data.audience as string[]).some((a) => a === 'families' || a === 'children-and-young-people'));

/** A link whose address is a section 20/76 page or glossary entry leads to the right; it is not a mention. */
const withoutLinksToTheRight = (html: string) => html.replace(/<a\b[^>]*href="[^"]*section-(?:20|76)[^"]*"[^>]*>[\s\S]*?<\/a>/g, ' ');

describe('section 20 / section 76 on pages for families and children', () => {
	const mentioning = forFamilies.filter((p) => /\bsection (?:20|76)\b|\bs\.?\s?(?:20|76)\b/i.test(mainText(withoutLinksToTheRight(p.html))));
	it('is mentioned on some family pages (so the check below is not empty)', () => {
		expect(mentioning.length).toBeGreaterThan(3);
	});
	// A page that talks about it shows the whole right (<RightToRemove>); an index that only lists the
	// section 20 pages shows their descriptions, which say it too.
	it.each(mentioning.map((p) => [p.path, p] as const))('%s states the right to take the child home at any time', (_path, page) => {
		expect(mainText(page.html)).toMatch(/take your child home at any time/i);
		if (/\bsection[\s-]+(?:20|76)\b|\bs\.?\s?(?:20|76)\b/i.test(page.body.replace(/^\s*import .*$/gm, ''))) {
			expect(page.html).toContain('data-right-to-remove');
		}
	});
});

describe('free advice', () => {
	// Pages only for relatives and friends or for children (practitioners' pages state the rule for professionals).
	const notForParents = pages.filter((p) => readersOf(p.data).every((r) => r === 'kinship-carers' || r === 'children'));
	it('some pages are for relatives, friends or children only', () => {
		expect(notForParents.map((p) => p.path)).toEqual(expect.arrayContaining(['/easy-read/special-guardianship-family/', '/easy-read/special-guardianship-children/']));
	});
	it.each(notForParents.map((p) => [p.path, p] as const))('%s does not show the parents’ free-advice promise', (_path, page) => {
		expect(page.html).not.toContain('data-free-advice="parents"');
		// The legal notice above guidance and toolkit pages too (finding 3's "notice").
		expect(page.html).not.toMatch(/that advice is free/);
		expect(mainText(page.html)).not.toMatch(/whatever (?:your|their) income/i);
	});
	it('the parents’ wording always says who it is for and when', () => {
		const blocks = [...built.values()].flatMap((html) => [...html.matchAll(/data-free-advice="parents"[\s\S]*?(?=data-free-advice=|<\/main>)/g)].map((m) => m[0]));
		expect(blocks.length).toBeGreaterThan(5);
		for (const block of blocks) {
			const text = block.replace(/<[^>]+>/g, ' ');
			// A part shown alone still names its condition: the letter, or care proceedings, or "before that letter".
			// The Welsh wording (FreeAdviceCy.astro) on Welsh pages: the same conditions, in Welsh.
			expect(text).toMatch(
				/letter before proceedings|care proceedings|go to court|goes to court|Before that letter|government website|legal aid adviser|llythyr cyn achos|achos gofal|i’r llys|Cyn y llythyr hwnnw|wefan y llywodraeth|cynghorydd cymorth cyfreithiol/i,
			);
		}
	});
});
