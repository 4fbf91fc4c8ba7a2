import { describe, expect, it } from 'vitest';
import { firstSentence, glossaryGroups, glossaryHref, glossaryLetter, tipText } from '../../src/lib/glossary.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { CONTENT } from '../helpers/site-content.ts';

const definitions = readdirSync(resolve(CONTENT, 'glossary')).map(
	(f) => [f, String(parse(readFileSync(resolve(CONTENT, 'glossary', f), 'utf8')).definition)] as const,
);

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

describe('the pop-up beside a glossary word', () => {
	it('is the first sentence of the definition, or the easy-read meaning on easy-read pages', () => {
		const entry = {
			definition: 'A court order that places a child in care. The council shares responsibility. More follows.',
			easyReadDefinition: 'A court order. The council looks after the child.',
		};
		expect(tipText(entry, false)).toBe('A court order that places a child in care.');
		expect(tipText(entry, true)).toBe(entry.easyReadDefinition);
	});

	it('does not end a sentence inside a number or a name, and keeps a one-sentence text whole', () => {
		expect(firstSentence('About 26 weeks. Then a decision.')).toBe('About 26 weeks.');
		expect(firstSentence('Section 20 (s.20) of the Act lets a council help. It needs agreement.')).toBe(
			'Section 20 (s.20) of the Act lets a council help.',
		);
		expect(firstSentence('Permission from the court')).toBe('Permission from the court');
	});

	it.each(definitions)(
		'%s: the first sentence of its definition stands on its own as a short meaning',
		(_file, definition) => {
			const tip = firstSentence(definition);
			const words = tip.split(/\s+/).length;
			expect(tip).toMatch(/[.!?]$/);
			expect(words).toBeGreaterThanOrEqual(3);
			expect(words).toBeLessThanOrEqual(35);
			// It says what the word means, not only where it comes from (as "Section 76 is part of an Act." did).
			expect(tip).not.toMatch(/^[^.]* is part of /);
		},
	);
});
