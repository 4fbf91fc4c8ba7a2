import { describe, expect, it } from 'vitest';
import { termIdsIn } from '../../src/build/search-terms.ts';
import { findTermUses, parseMdx } from '../../src/build/mdx-text.ts';
import { site } from '../helpers/site-content.ts';

const parsed = (body: string) => [...new Set(findTermUses(parseMdx(body)).map((u) => u.id))];

describe('termIdsIn', () => {
	it('finds the ids of <Term> tags, once each, in order, whatever the attributes and lines', () => {
		const body = [
			'You can ask for <Term id="legal-aid">legal aid</Term>.',
			'<Term',
			'  defined',
			"  id='section-20'",
			'>section 20</Term> and <Term id="legal-aid">legal aid</Term> again.',
		].join('\n');
		expect(termIdsIn(body)).toEqual(['legal-aid', 'section-20']);
		expect(termIdsIn(body)).toEqual(parsed(body));
	});

	it('skips terms in MDX comments, as the parser does', () => {
		const body =
			'Text {/* <Term id="hearing">hearing</Term> to add later */} and <Term id="solicitor">a solicitor</Term>.';
		expect(termIdsIn(body)).toEqual(['solicitor']);
		expect(parsed(body)).toEqual(['solicitor']);
	});

	it('does not take another component whose name starts with Term', () => {
		expect(termIdsIn('<Terms id="x" /> <TermList id="y" />')).toEqual([]);
	});

	it('agrees with the full MDX parse on every page of the site', () => {
		expect(site.pages.length).toBeGreaterThan(50);
		const disagree = site.pages
			.map((p) => ({ file: p.file, fast: termIdsIn(p.body), parsed: parsed(p.body) }))
			.filter((p) => JSON.stringify(p.fast) !== JSON.stringify(p.parsed));
		expect(disagree).toEqual([]);
		expect(site.pages.some((p) => termIdsIn(p.body).length > 3)).toBe(true);
	});
});
