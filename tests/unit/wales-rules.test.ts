/**
 * Wales (issue 19): a page about England only says where a reader in Wales should go
 * (walesPage); on a page for both countries, a passage naming an England-only instrument is
 * marked as England's with <ForCountry only="england"> (or sits in a Wales passage); and the
 * reader's country, as CountryChoice keeps and applies it (src/lib/country.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkEnglandPassages, checkWalesNote, checkWalesPage } from '../../src/build/content-rules/wales-note.ts';
import type { EnglandOnlyEntry } from '../../src/build/content-rules/england-only.ts';
import type { RulePage } from '../../src/build/content-rules/types.ts';
import { checkWelshSituations } from '../../src/build/content-rules/welsh.ts';
import { parseMdx } from '../../src/build/mdx-tree.ts';
import { hasCountryPassages, isOpenFor, parseCountry, readerFirst } from '../../src/lib/country.ts';

const SI_2005_1109: EnglandOnlyEntry = {
	id: 'si-2005-1109',
	name: 'Special Guardianship Regulations 2005 (SI 2005/1109)',
	patterns: ['SI 2005/1109', 'Special Guardianship Regulations 2005'],
	terms: [],
	walesNoteNames: ['Special Guardianship (Wales) Regulations 2005'],
	source: 'facts.md',
};
const FUND: EnglandOnlyEntry = {
	id: 'fund',
	name: 'Adoption and Special Guardianship Support Fund',
	patterns: ['Adoption and Special Guardianship Support Fund'],
	terms: ['adoption-and-special-guardianship-support-fund'],
	walesNoteNames: ['support fund'],
	source: 'facts.md',
};

function page(body: string, data: Record<string, unknown> = {}): RulePage {
	return {
		file: 'content/guidance/x.mdx',
		path: 'guidance/x.mdx',
		data: { jurisdiction: 'both', title: 'T', description: 'D', sources: [], ...data },
		body,
		mdx: parseMdx(body),
		bodyStartLine: 20,
		lineOf: () => 4,
		at: () => ({ line: 4, column: 1 }),
		bodyPlace: (place) => ({ line: place.line + 19, column: place.column }),
	};
}

describe('walesPage: pages about England only say where a reader in Wales should go', () => {
	it('rejects an England page without walesPage, at its jurisdiction line, saying what to add', () => {
		const problems = checkWalesPage(page('', { jurisdiction: 'england' }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 4, field: 'walesPage' });
		expect(problems[0].message).toContain('walesPage: /guidance/wales/');
	});
	it('accepts an England page with walesPage, and pages for Wales or both without it', () => {
		expect(checkWalesPage(page('', { jurisdiction: 'england', walesPage: '/guidance/wales/' }))).toEqual([]);
		expect(checkWalesPage(page('', { jurisdiction: 'wales' }))).toEqual([]);
		expect(checkWalesPage(page('', { jurisdiction: 'both' }))).toEqual([]);
	});
});

describe('England-only passages on pages for both countries', () => {
	const note = '\n<WalesNote>\nIn Wales, the Special Guardianship (Wales) Regulations 2005 apply.\n</WalesNote>\n';

	it('rejects a passage naming SI 2005/1109 outside <ForCountry only="england">, at its line', () => {
		const body = `Intro.\n\nCouncils assess support under SI 2005/1109.\n${note}`;
		const problems = checkEnglandPassages(page(body), [SI_2005_1109]);
		expect(problems.map((p) => p.line)).toEqual([22]);
		expect(problems[0].message).toContain('Put the passage in <ForCountry only="england">');
		expect(problems[0].message).toContain('entry si-2005-1109');
	});

	it('rejects a <Term> for the England-only fund outside a country passage, and a list item', () => {
		const body = 'Help:\n\n- from the <Term id="adoption-and-special-guardianship-support-fund">fund</Term>\n';
		expect(checkEnglandPassages(page(body), [FUND]).map((p) => p.line)).toEqual([22]);
	});

	it('accepts the passage inside <ForCountry only="england">, and a Wales passage naming the English rules', () => {
		const body = [
			'<ForCountry only="england">',
			'',
			'Councils assess support under the Special Guardianship Regulations 2005.',
			'',
			'</ForCountry>',
			'',
			'<ForCountry only="wales">',
			'SI 2005/1109 does not apply; the Special Guardianship (Wales) Regulations 2005 do.',
			'</ForCountry>',
		].join('\n');
		expect(checkEnglandPassages(page(body), [SI_2005_1109])).toEqual([]);
		// A <ForCountry only="wales"> counts as the Wales note that names what applies there.
		expect(checkWalesNote(page(body), [SI_2005_1109])).toEqual([]);
	});

	it('leaves pages for one country, MDX comments and code alone', () => {
		const body = 'Support under SI 2005/1109.\n';
		expect(checkEnglandPassages(page(body, { jurisdiction: 'england' }), [SI_2005_1109])).toEqual([]);
		expect(checkEnglandPassages(page('{/* SI 2005/1109 */}\n\n```\nSI 2005/1109\n```\n'), [SI_2005_1109])).toEqual([]);
	});
});

describe('the reader’s country (CountryChoice)', () => {
	it('reads back only a country it saved', () => {
		expect(parseCountry('wales')).toBe('wales');
		expect(parseCountry('england')).toBe('england');
		expect(parseCountry('Wales')).toBeNull();
		expect(parseCountry(null)).toBeNull();
	});
	it('opens every passage until the reader chooses, then only theirs', () => {
		expect(isOpenFor('england', null)).toBe(true);
		expect(isOpenFor('wales', null)).toBe(true);
		expect(isOpenFor('wales', 'wales')).toBe(true);
		expect(isOpenFor('england', 'wales')).toBe(false);
	});
	it('puts the reader’s country first in a run of passages, keeping page order otherwise', () => {
		expect(readerFirst(['england', 'wales'], 'wales')).toEqual([1, 0]);
		expect(readerFirst(['england', 'wales'], 'england')).toEqual([0, 1]);
		expect(readerFirst(['england', 'wales', 'england'], 'wales')).toEqual([1, 0, 2]);
		expect(readerFirst(['england', 'wales'], null)).toEqual([0, 1]);
	});
	it('asks the question only where the rendered words have a passage for one country', () => {
		expect(hasCountryPassages('<p>x</p><details class="for-country" data-for-country="wales" open>')).toBe(true);
		expect(hasCountryPassages('<details data-for-country="england">')).toBe(true);
		expect(hasCountryPassages('<p>In Wales the law is different.</p><details><summary>More</summary>')).toBe(false);
		expect(hasCountryPassages('<p data-for-country="wales">')).toBe(false);
	});
});

describe('welsh-situations: the Welsh "What is happening?" list needs every sentence in Welsh', () => {
	const at = (file: string, body: string, data: Record<string, unknown> = {}): RulePage => ({
		...page(body, data),
		file,
		path: file.replace(/^content\//, ''),
	});
	const welshList = at('content/cy/situations/index.mdx', '<SituationList />\n', { section: 'site' });
	const step = (slug: string, situationCy?: string) =>
		at(`content/situations/${slug}.mdx`, '', {
			section: 'situations',
			situation: 'I have had a letter.',
			...(situationCy ? { situationCy } : {}),
		});

	it('names the step page and field without situationCy, once a Welsh page shows <SituationList />', () => {
		const problems = checkWelshSituations([welshList, step('letter', 'Rydw i wedi cael llythyr.'), step('court')]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/situations/court.mdx', field: 'situationCy', line: 4 });
		expect(problems[0].message).toContain('content/cy/situations/index.mdx');
		expect(problems[0].message).toContain('"I have had a letter."');
	});
	it('asks nothing while no Welsh page shows the list (an English list is not enough)', () => {
		const englishList = at('content/situations/index.mdx', '<SituationList />\n', { section: 'site' });
		expect(checkWelshSituations([englishList, step('court')])).toEqual([]);
		expect(checkWelshSituations([welshList, step('letter', 'Rydw i wedi cael llythyr.')])).toEqual([]);
	});
});
