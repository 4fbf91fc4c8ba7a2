import { describe, expect, it } from 'vitest';
import { clampSection, presenterStep, slideState, startSection, usesCommandKey } from '../../src/lib/presenter.ts';

describe('presentation mode', () => {
	it('keeps the section within the first and the last', () => {
		expect(clampSection(-1, 7)).toBe(0);
		expect(clampSection(3, 7)).toBe(3);
		expect(clampSection(7, 7)).toBe(6);
		expect(clampSection(2, 0)).toBe(0);
	});

	it('starts at the section named in the address, or else the first', () => {
		const ids = ['key-messages', 'law-and-guidance', 'case-study'];
		expect(startSection(ids, 'case-study')).toBe(2);
		expect(startSection(ids, 'no-such-section')).toBe(0);
		expect(startSection(ids, '')).toBe(0);
		expect(startSection(ids, undefined)).toBe(0);
	});

	it('moves forward with the right arrow and Page Down, back with the left arrow and Page Up', () => {
		expect(presenterStep({ key: 'ArrowRight' })).toBe(1);
		expect(presenterStep({ key: 'PageDown' })).toBe(1);
		expect(presenterStep({ key: 'ArrowLeft' })).toBe(-1);
		expect(presenterStep({ key: 'PageUp' })).toBe(-1);
		expect(presenterStep({ key: 'ArrowDown' })).toBe(0);
		expect(presenterStep({ key: 'Escape' })).toBe(0);
	});

	it('leaves a key with Alt, Ctrl or Command to the browser', () => {
		expect(presenterStep({ key: 'ArrowRight', altKey: true })).toBe(0);
		expect(presenterStep({ key: 'ArrowLeft', ctrlKey: true })).toBe(0);
		expect(presenterStep({ key: 'PageDown', metaKey: true })).toBe(0);
	});

	it('numbers the sections from 1 and says when Previous or Next has nowhere to go', () => {
		expect(slideState(0, 7)).toEqual({ index: 0, number: 1, total: 7, atFirst: true, atLast: false });
		expect(slideState(3, 7)).toEqual({ index: 3, number: 4, total: 7, atFirst: false, atLast: false });
		expect(slideState(9, 7)).toEqual({ index: 6, number: 7, total: 7, atFirst: false, atLast: true });
		expect(slideState(0, 1)).toMatchObject({ atFirst: true, atLast: true });
	});
});

describe('the copy shortcut named without a clipboard', () => {
	it('is Command on Apple devices and Control elsewhere', () => {
		expect(usesCommandKey('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe(true);
		expect(usesCommandKey('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe(true);
		expect(usesCommandKey('Mozilla/5.0 (X11; Linux x86_64) Chrome/130')).toBe(false);
		expect(usesCommandKey('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe(false);
	});
});
