/** UI strings travel from the i18n collection to client code in one data-strings attribute. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringsAttribute } from '../../src/lib/ui-strings.ts';
import { format } from '../../src/client/strings.ts';
import { AUDIENCE_LABELS, JURISDICTION_LABELS, SECTION_LABELS } from '../../src/lib/taxonomy.ts';

describe('stringsAttribute', () => {
	it('writes each key with its translation, as JSON', () => {
		const t = (key: 'a.one' | 'a.two') => ({ 'a.one': 'One', 'a.two': 'Dau "2"' })[key];
		expect(JSON.parse(stringsAttribute(t, ['a.one', 'a.two']))).toEqual({ 'a.one': 'One', 'a.two': 'Dau "2"' });
	});
});

describe('format', () => {
	it('puts values into the placeholders', () => {
		expect(format('{done} of {total} ticked', { done: 3, total: 30 })).toBe('3 of 30 ticked');
	});
	it('leaves a placeholder without a value as it is, so a mistake shows', () => {
		expect(format('Case {name}', {})).toBe('Case {name}');
	});
});

describe('the Welsh interface strings (src/content/i18n/cy.json)', () => {
	const read = (lang: string) =>
		JSON.parse(readFileSync(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<
			string,
			string
		>;
	const en = read('en-GB');
	const cy = read('cy');
	const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

	it('has every key of en-GB.json', () => {
		expect(Object.keys(en).filter((key) => !(key in cy))).toEqual([]);
	});
	it('keeps the same {placeholders} as the English', () => {
		const differ = Object.keys(en).filter(
			(key) => key in cy && placeholders(en[key]).join() !== placeholders(cy[key]).join(),
		);
		expect(differ).toEqual([]);
	});
	it('keeps the keys in the order of en-GB.json', () => {
		const order = Object.keys(cy).filter((key) => key in en);
		const positions = order.map((key) => Object.keys(en).indexOf(key));
		const outOfOrder = order.filter((key, i) => i > 0 && positions[i] < positions[i - 1]);
		expect(outOfOrder).toEqual([]);
	});
	it('shows the taxonomy labels in English exactly as src/lib/taxonomy.ts has them (the search filters)', () => {
		const labels = [
			...Object.entries(AUDIENCE_LABELS).map(([id, label]) => [`audience.${id}`, label]),
			...Object.entries(SECTION_LABELS).map(([id, label]) => [`section.${id}`, label]),
			...Object.entries(JURISDICTION_LABELS).map(([id, label]) => [`jurisdiction.${id}`, label]),
		];
		expect(labels.filter(([key, label]) => en[key] !== label)).toEqual([]);
		expect(labels.filter(([key]) => !cy[key])).toEqual([]);
	});
});
