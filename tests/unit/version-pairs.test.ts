/** Easy read and full guidance, paired both ways (src/build/content-rules/version-pairs.ts). */
import { describe, expect, it } from 'vitest';
import { checkVersionPairs, pageIdOf } from '../../src/build/content-rules/version-pairs.ts';
import { SITE_RULES } from '../../src/build/content-rules/index.ts';
import type { RulePage } from '../../src/build/content-rules/types.ts';
import { parseMdx } from '../../src/build/mdx-tree.ts';

const page = (file: string, data: Record<string, unknown>): RulePage => ({
	file,
	path: file.replace(/^content\//, ''),
	data,
	body: '',
	mdx: parseMdx(''),
	bodyStartLine: 12,
	lineOf: () => 7,
	at: () => ({ line: 7, column: 1 }),
	bodyPlace: (place) => place,
});
const guidance = (extra: Record<string, unknown> = {}) =>
	page('content/guidance/section-20.mdx', { section: 'guidance', ...extra });
const leaflet = (extra: Record<string, unknown> = {}) =>
	page('content/easy-read/section-20.mdx', { section: 'easy-read', ...extra });
const check = (...pages: RulePage[]) =>
	checkVersionPairs(pages, (file) => pageIdOf(file, 'content')).map(
		(p) => `${p.file}:${p.line} ${p.field} — ${p.message}`,
	);

describe('version pairs', () => {
	it('is one of the content rules that look at every page', () => {
		expect(SITE_RULES.map((r) => r.name)).toContain('version-pairs');
	});

	it('names a page by its path under content/ without .mdx', () => {
		expect(pageIdOf('content/guidance/x.mdx', 'content')).toBe('guidance/x');
		expect(pageIdOf('tests/fixtures/easy-read/y.mdx', 'tests/fixtures')).toBe('easy-read/y');
	});

	it('accepts a pair that names each other, and pages with no pair', () => {
		expect(
			check(guidance({ easyReadVersion: 'easy-read/section-20' }), leaflet({ fullVersion: 'guidance/section-20' })),
		).toEqual([]);
		expect(check(guidance(), leaflet())).toEqual([]);
	});

	it('refuses a missing target, naming the file, line, field and what to do', () => {
		expect(check(guidance({ easyReadVersion: 'easy-read/sectoin-20' }), leaflet())).toEqual([
			'content/guidance/section-20.mdx:7 easyReadVersion — easyReadVersion: "easy-read/sectoin-20" is not a page; write the target\'s path under content/ without .mdx (for example easy-read/section-20), or remove the field',
		]);
	});

	it('refuses a one-way pair, saying what to add where', () => {
		expect(check(guidance(), leaflet({ fullVersion: 'guidance/section-20' }))).toEqual([
			'content/easy-read/section-20.mdx:7 fullVersion — fullVersion: "guidance/section-20" does not name this page back; add `easyReadVersion: easy-read/section-20` to content/guidance/section-20.mdx, so both pages link to each other',
		]);
	});

	it('refuses an unpaired reference: the target names another page', () => {
		const other = page('content/easy-read/other.mdx', { section: 'easy-read', fullVersion: 'guidance/section-20' });
		const problems = check(
			guidance({ easyReadVersion: 'easy-read/other' }),
			other,
			leaflet({ fullVersion: 'guidance/section-20' }),
		);
		expect(problems).toEqual([
			'content/easy-read/section-20.mdx:7 fullVersion — fullVersion: "guidance/section-20" names "easy-read/other" as its easyReadVersion, not this page: a pair names each other; correct one of the two',
		]);
	});

	it('refuses the wrong kind of target', () => {
		const other = page('content/easy-read/other.mdx', { section: 'easy-read' });
		expect(check(leaflet({ fullVersion: 'easy-read/other' }), other)[0]).toMatch(
			/fullVersion: "easy-read\/other" must name a guidance or toolkit page, not a leaflet/,
		);
	});
});
