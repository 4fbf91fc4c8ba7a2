import { describe, expect, it } from 'vitest';
import { glossaryGroups, glossaryHref, glossaryLetter } from '../../src/lib/glossary.ts';

describe('glossary addresses', () => {
	it('puts a word on the page of its first letter, by the word, not its id', () => {
		expect(glossaryHref({ id: 'care-order', term: 'Care order' })).toBe('/glossary/c/#care-order');
		expect(glossaryHref({ id: 'sgo', term: 'Special guardianship order' })).toBe('/glossary/s/#sgo');
		expect(glossaryLetter('Émigré')).toBe('e');
		expect(glossaryLetter('26-week limit')).toBe('0-9');
	});

	it('groups words A to Z, sorted within each letter', () => {
		const groups = glossaryGroups([
			{ id: 'b', term: 'Barrister' },
			{ id: 'cp', term: 'Care proceedings' },
			{ id: 'a', term: 'adoption' },
			{ id: 'co', term: 'Care order' },
			{ id: 'n', term: '26-week limit' },
		]);
		expect(groups.map((g) => [g.letter, g.label, g.terms.map((t) => t.id)])).toEqual([
			['0-9', '0–9', ['n']],
			['a', 'A', ['a']],
			['b', 'B', ['b']],
			['c', 'C', ['co', 'cp']],
		]);
	});
});
