/** Dates on pages (src/lib/dates.ts): as people in the UK read them, in English or in Welsh. */
import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate, isoDate } from '../../src/lib/dates.ts';

const december = new Date('2026-12-01T00:00:00Z');
const june = new Date('2027-06-01T00:00:00Z');

describe('formatDate', () => {
	it('is English (en-GB) unless told otherwise', () => {
		expect(formatDate(december)).toBe('1 December 2026');
		expect(formatDate(june, 'en-GB')).toBe('1 June 2027');
	});
	it('gives the month in Welsh for cy', () => {
		expect(formatDate(december, 'cy')).toBe('1 Rhagfyr 2026');
		expect(formatDate(june, 'cy')).toBe('1 Mehefin 2027');
		expect(formatDate(new Date('2027-01-23T00:00:00Z'), 'cy')).toBe('23 Ionawr 2027');
	});
	it('reads the date in UTC, so a date in front matter never moves a day', () => {
		expect(formatDate(new Date('2026-03-31T23:30:00Z'), 'cy')).toBe('31 Mawrth 2026');
	});
});

describe('dateLocale', () => {
	it('is cy for a Welsh page and en-GB for any other', () => {
		expect(dateLocale('cy')).toBe('cy');
		expect(dateLocale('en-GB')).toBe('en-GB');
		expect(dateLocale(undefined)).toBe('en-GB');
	});
});

describe('isoDate', () => {
	it('is the date alone, for <time datetime>', () => expect(isoDate(december)).toBe('2026-12-01'));
});
