/** UI strings travel from the i18n collection to client code in one data-strings attribute. */
import { describe, expect, it } from 'vitest';
import { stringsAttribute } from '../../src/lib/ui-strings.ts';
import { format } from '../../src/client/strings.ts';

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
