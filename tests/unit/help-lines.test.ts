/**
 * The help lines (content/data/help-lines.yaml): the schema, tel: links, and the rule that
 * no number goes more than 6 months without being checked against its source.
 */
import { describe, expect, it } from 'vitest';
import { loadHelpLines, HELP_LINES_FILE } from '../../src/build/help-lines.ts';
import { helpLineSchema, helpLinesFileSchema, staleHelpLine, telHref } from '../../src/schemas/help-lines.ts';

const entries = loadHelpLines();
const phone = (overrides: Record<string, unknown> = {}) => ({
	id: 'a-line',
	kind: 'phone',
	name: 'A line',
	number: '0800 000 000',
	free: true,
	country: 'both',
	audiences: ['families'],
	source: 'https://example.org/',
	dateChecked: '2026-12-01',
	...overrides,
});

describe('content/data/help-lines.yaml', () => {
	it('has the help lines and links the site promises (shared brief, facts.md)', () => {
		expect(entries.map((e) => e.id)).toEqual(
			expect.arrayContaining([
				'family-rights-group',
				'childline',
				'national-domestic-abuse-helpline',
				'live-fear-free',
				'samaritans',
				'check-legal-aid',
				'find-legal-aid-adviser',
				'find-a-solicitor',
			]),
		);
	});

	it('gives the numbers exactly as facts.md does', () => {
		const numbers = Object.fromEntries(entries.flatMap((e) => (e.kind === 'phone' ? [[e.id, e.number]] : [])));
		expect(numbers).toEqual({
			'family-rights-group': '0808 801 0366',
			childline: '0800 1111',
			'national-domestic-abuse-helpline': '0808 2000 247',
			'live-fear-free': '0808 80 10 800',
			samaritans: '116 123',
		});
	});

	it('has been checked within the last 6 months, every entry', () => {
		const today = new Date();
		const stale = entries.map((entry) => staleHelpLine(entry, today, HELP_LINES_FILE)).filter(Boolean);
		expect(stale, stale.join('\n')).toEqual([]);
	});
});

describe('the schema and the tel: links', () => {
	it('makes a tel: address without spaces', () => {
		expect(telHref('0808 801 0366')).toBe('tel:08088010366');
		expect(telHref('116 123')).toBe('tel:116123');
	});

	it('refuses a number with letters or dashes, an http source, and a date that does not exist', () => {
		expect(helpLineSchema.safeParse(phone({ number: '0808-801-0366' })).success).toBe(false);
		expect(helpLineSchema.safeParse(phone({ source: 'http://example.org/' })).success).toBe(false);
		expect(helpLineSchema.safeParse(phone({ dateChecked: '2026-02-30' })).success).toBe(false);
		expect(helpLineSchema.safeParse(phone({ unknownField: 1 })).success).toBe(false);
		expect(helpLineSchema.safeParse(phone()).success).toBe(true);
	});

	it('refuses two entries with the same id', () => {
		const result = helpLinesFileSchema.safeParse([phone(), phone()]);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toMatch(/used twice/);
	});

	it('names the entry, the file and what to do when a check is more than 6 months old', () => {
		const entry = helpLineSchema.parse(phone({ dateChecked: '2026-01-01' }));
		expect(staleHelpLine(entry, new Date('2026-07-01T00:00:00Z'))).toBeNull();
		const message = staleHelpLine(entry, new Date('2026-07-02T00:00:00Z'));
		expect(message).toMatch(
			/^content\/data\/help-lines\.yaml — a-line \(A line\): dateChecked 2026-01-01 is more than 6 months ago/,
		);
		expect(message).toMatch(
			/Check the number, hours and who it is for on https:\/\/example\.org\/.*set dateChecked to today's date/,
		);
	});
});
