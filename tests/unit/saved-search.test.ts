/** Search over the pages saved on this device (src/lib/saved-search.ts, issue 20). */
import { describe, expect, it } from 'vitest';
import { matchSaved, queryWords } from '../../src/lib/saved-search.ts';

const LEAFLET = {
	title: 'Section 20: agreeing to your child living somewhere else',
	text: 'The council may ask you to agree. You can say no. You can take your child home at any time. Talk to a solicitor first. Solicitors are free for parents.',
};

describe('search over saved pages', () => {
	it('finds a page that has every word, as the start of its words, in any case', () => {
		const found = matchSaved(LEAFLET.title, LEAFLET.text, 'Solicitor HOME');
		expect(found).toBeDefined();
		expect(found!.score).toBe(3);
	});
	it('does not find a page that lacks one of the words', () => {
		expect(matchSaved(LEAFLET.title, LEAFLET.text, 'solicitor adoption')).toBeUndefined();
	});
	it('weighs a word in the title more', () => {
		const inTitle = matchSaved(LEAFLET.title, LEAFLET.text, 'child')!;
		const inText = matchSaved('Getting help', LEAFLET.text, 'child')!;
		expect(inTitle.score).toBeGreaterThan(inText.score);
	});
	it('reads children’s and childrens alike, and ignores punctuation and one-letter words', () => {
		expect(queryWords('Children’s services, a letter?')).toEqual(['childrens', 'services', 'letter']);
		expect(matchSaved('x', 'If children’s services are worried', 'childrens')).toBeDefined();
	});
	it('gives about 20 words around the first match', () => {
		const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + ' solicitor ' + 'end '.repeat(30);
		const { excerpt } = matchSaved('x', text, 'solicitor')!;
		expect(excerpt.startsWith('… ')).toBe(true);
		expect(excerpt.endsWith(' …')).toBe(true);
		expect(excerpt).toContain('solicitor');
		expect(excerpt.split(' ').length).toBeLessThanOrEqual(22);
	});
	it('finds nothing for a query with no words', () => {
		expect(matchSaved(LEAFLET.title, LEAFLET.text, ' ? ')).toBeUndefined();
	});
});
