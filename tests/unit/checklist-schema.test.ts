/** The saved checklist's format (src/schemas/checklist.ts): the hand-written check gives each problem with its path. */
import { describe, expect, it } from 'vitest';
import {
	EXPORT_FORMAT,
	MAX_NOTE_LENGTH,
	checkCase,
	checkExportFormat,
	normaliseLabel,
	tidyLabel,
} from '../../src/schemas/checklist.ts';

const NOW = new Date('2026-11-23T14:05:00.000Z');

describe('checkCase', () => {
	it('accepts a saved case and keeps only the known fields; items neither ticked nor noted are left out', () => {
		const result = checkCase(
			{
				version: 1,
				format: EXPORT_FORMAT,
				label: '  Smith  family ',
				created: '2026-11-01T10:00:00.000Z',
				items: { 'fgc-offered': { ticked: true }, 'child-voice': { note: 'Seen.' }, 'harm-suffered': {} },
			},
			NOW,
		);
		expect(result).toEqual({
			ok: true,
			data: {
				version: 1,
				label: 'Smith family',
				created: '2026-11-01T10:00:00.000Z',
				updated: NOW.toISOString(),
				items: { 'fgc-offered': { ticked: true, note: '' }, 'child-voice': { ticked: false, note: 'Seen.' } },
			},
		});
	});

	it('gives every problem with its path and a message', () => {
		const result = checkCase({
			label: 42,
			created: 'yesterday',
			items: {
				'Not An Id': { ticked: true },
				'fgc-offered': 'yes',
				'child-voice': { ticked: 'yes', note: 3 },
				'harm-suffered': { note: 'x'.repeat(MAX_NOTE_LENGTH + 1) },
			},
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{ path: 'label', message: '“label” must be text, but it is a number.' },
			{ path: 'created', message: '“created” must be a date and time such as 2026-11-23T14:05:00.000Z.' },
			{
				path: 'items.Not An Id',
				message: 'The item id “Not An Id” is not valid: item ids are lower-case words joined by hyphens.',
			},
			{
				path: 'items.fgc-offered',
				message: 'The item “fgc-offered” must be an object with “ticked” and “note”, but it is text.',
			},
			{
				path: 'items.child-voice.ticked',
				message: 'The item “child-voice”: “ticked” must be true or false, but it is text.',
			},
			{ path: 'items.child-voice.note', message: 'The item “child-voice”: “note” must be text, but it is a number.' },
			{
				path: 'items.harm-suffered.note',
				message: `The item “harm-suffered”: the note is ${MAX_NOTE_LENGTH + 1} characters long; the most is ${MAX_NOTE_LENGTH}.`,
			},
		]);
	});

	it('needs a label and the items', () => {
		const result = checkCase({ version: 1 });
		expect(!result.ok && result.issues).toEqual([
			{ path: 'label', message: '“label” is missing: every case needs a label.' },
			{ path: 'items', message: '“items” is missing: it holds the ticks and notes.' },
		]);
		const list = checkCase({ label: ' ', items: [] });
		expect(!list.ok && list.issues.map((i) => i.path)).toEqual(['label', 'items']);
		expect(!list.ok && list.issues[0].message).toBe('“label” is not a usable label: Enter a label for the case.');
	});

	it('never reads an item id such as "__proto__" from the prototype', () => {
		const result = checkCase(JSON.parse('{"label":"X","items":{"__proto__":{"ticked":true}}}'));
		expect(!result.ok && result.issues[0].path).toBe('items.__proto__');
	});
});

describe('checkExportFormat', () => {
	it('accepts an export of this checklist, and says what else a file is', () => {
		expect(checkExportFormat({ format: EXPORT_FORMAT })).toBeNull();
		expect(checkExportFormat([])).toEqual({
			path: '',
			message: 'The file does not hold a checklist case: it holds a list.',
		});
		expect(checkExportFormat({})?.message).toContain('the “format” field is missing');
		expect(checkExportFormat({ format: 'other' })).toMatchObject({ path: 'format' });
	});
});

describe('labels', () => {
	it('are tidied and checked', () => {
		expect(tidyLabel(' a\u0000b \n c ')).toBe('a b c');
		expect(normaliseLabel('x'.repeat(81))).toEqual({
			ok: false,
			error: 'The label is 81 characters long. Use 80 characters or fewer.',
		});
	});
});
