/** The assessment checklist's saved cases: storage format, reading, migration, export and import (no DOM). */
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../helpers/memory-storage.ts';
// micromark is Astro's own Markdown parser (a dependency of Starlight); here it shows what a Markdown viewer would make of an export.
import { micromark } from 'micromark';
import {
	CASE_KEY_PREFIX,
	EXPORT_FORMAT,
	INDEX_KEY,
	MAX_LABEL_LENGTH,
	MAX_NOTE_LENGTH,
	STORE_VERSION,
	caseKey,
	emptyCase,
	exportFileName,
	findCaseByLabel,
	itemState,
	loadState,
	migrateV0toV1,
	newCaseId,
	normaliseLabel,
	parseImport,
	parseIndex,
	parseStoredCase,
	progress,
	progressText,
	readCaseValue,
	removeCase,
	saveCase,
	saveIndex,
	saveMigratedCases,
	toExportJson,
	toExportObject,
	toMarkdown,
	uniqueLabel,
	withLabel,
	withNote,
	withTick,
	withoutItems,
	type CaseData,
	type ChecklistDefinition,
} from '../../src/lib/checklist-store.ts';
import { escapeMarkdown, escapeMarkdownLine, safeFileName } from '../../src/lib/markdown-text.ts';
import { isSupportPlan, supportPlanToMarkdown } from '../../src/lib/support-plan-text.ts';
import { loadChecklist, loadSupportPlan } from '../../src/build/toolkit-data.ts';

const checklist: ChecklistDefinition = loadChecklist();
const ids = checklist.groups.flatMap((g) => g.items.map((i) => i.id));
const NOW = new Date('2026-11-23T14:05:00.000Z');
const LATER = new Date('2026-11-24T09:30:00.000Z');

function sample(): CaseData {
	let data = emptyCase('Smith family', NOW);
	data = withTick(data, ids[0], true, NOW);
	data = withNote(data, ids[0], 'FGC held 3 March.', NOW);
	data = withTick(data, ids[5], true, NOW);
	data = withNote(data, ids[7], 'Ask for the school report.', NOW);
	return data;
}

const HOSTILE_LABEL = '<img src=x onerror="alert(1)"> [a](javascript:alert(2)) &amp; `x` **b**';
const HOSTILE =
	'<script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) ![x](https://evil.example/x.png) &lt;b&gt; `code` **bold** <https://evil.example>';

describe('the checklist data', () => {
	it('has 30 items in 6 groups, as the page promises', () => {
		expect(checklist.groups).toHaveLength(6);
		expect(ids).toHaveLength(30);
	});
});

describe('labels', () => {
	it('are tidied and checked', () => {
		expect(normaliseLabel('  Smith \n\t family ')).toEqual({ ok: true, label: 'Smith family' });
		expect(normaliseLabel('   ')).toEqual({ ok: false, error: 'Enter a label for the case.' });
		const long = normaliseLabel('x'.repeat(MAX_LABEL_LENGTH + 1));
		expect(long.ok).toBe(false);
		expect(!long.ok && long.error).toMatch(/81 characters long\. Use 80 characters or fewer/);
	});

	it('are found ignoring case, and made unique with a number', () => {
		const cases = [
			{ id: 'aaaa1', label: 'Smith family' },
			{ id: 'aaaa2', label: 'Smith family (2)' },
		];
		expect(findCaseByLabel(cases, 'SMITH FAMILY')?.id).toBe('aaaa1');
		expect(findCaseByLabel(cases, 'smith family', 'aaaa1')).toBeUndefined();
		expect(uniqueLabel('Jones', cases)).toBe('Jones');
		expect(uniqueLabel('smith family', cases)).toBe('smith family (3)');
		const long = 'y'.repeat(MAX_LABEL_LENGTH);
		const made = uniqueLabel(long, [{ id: 'aaaa3', label: long }]);
		expect(made.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
		expect(made.endsWith(' (2)')).toBe(true);
	});

	it('case ids are new and made of safe characters', () => {
		const id = newCaseId([]);
		expect(id).toMatch(/^[a-z0-9]{12}$/);
		let n = 0;
		const fixed = () => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5][Math.min(n++, 12)];
		expect(newCaseId(['000000000000'], fixed)).not.toBe('000000000000');
	});
});

describe('editing a case', () => {
	it('ticks, unticks and writes notes without changing the original', () => {
		const before = emptyCase('A', NOW);
		const ticked = withTick(before, 'fgc-offered', true, LATER);
		expect(before.items).toEqual({});
		expect(ticked.items['fgc-offered']).toEqual({ ticked: true, note: '' });
		expect(ticked.updated).toBe(LATER.toISOString());
		const noted = withNote(ticked, 'fgc-offered', 'Offered, declined', LATER);
		expect(noted.items['fgc-offered']).toEqual({ ticked: true, note: 'Offered, declined' });
		// An item with no tick and no note is not kept.
		expect(withNote(withTick(noted, 'fgc-offered', false), 'fgc-offered', '').items).toEqual({});
		expect(withLabel(noted, 'B', LATER).label).toBe('B');
	});

	it('limits notes to the maximum length', () => {
		expect(
			withNote(emptyCase('A'), 'fgc-offered', 'x'.repeat(MAX_NOTE_LENGTH + 5)).items['fgc-offered'].note,
		).toHaveLength(MAX_NOTE_LENGTH);
	});

	it('refuses ids that are not item ids, such as __proto__', () => {
		expect(() => withTick(emptyCase('A'), '__proto__', true)).toThrow(/Not an item id/);
	});

	it('reads only saved items, never the prototype', () => {
		expect(itemState(emptyCase('A'), 'constructor')).toBeUndefined();
	});

	it('removes items only when asked', () => {
		const data = withTick(withTick(emptyCase('A'), 'gone-item', true), 'fgc-offered', true);
		expect(Object.keys(withoutItems(data, ['gone-item']).items)).toEqual(['fgc-offered']);
	});
});

describe('progress', () => {
	it('counts ticks per group and overall, out of 30', () => {
		const p = progress(checklist, sample());
		expect(p.total).toBe(30);
		expect(p.ticked).toBe(2);
		expect(p.groups.map((g) => g.ticked).reduce((a, b) => a + b)).toBe(2);
		expect(p.groups[0]).toMatchObject({
			id: checklist.groups[0].id,
			ticked: 1,
			total: checklist.groups[0].items.length,
		});
		expect(progressText(p.ticked, p.total)).toBe('2 of 30 items ticked');
		expect(progressText(1, 1)).toBe('1 of 1 item ticked');
		expect(progress(checklist, null).ticked).toBe(0);
	});

	it('does not count items no longer in the checklist', () => {
		expect(progress(checklist, withTick(emptyCase('A'), 'gone-item', true)).ticked).toBe(0);
	});
});

describe('reading saved data', () => {
	it('reads a version 1 case', () => {
		const r = parseStoredCase(JSON.stringify(sample()), checklist, NOW);
		expect(r).toEqual({ ok: true, data: sample(), migratedFrom: null, unknownItems: [] });
	});

	it('reports text that is not JSON, without throwing', () => {
		expect(parseStoredCase('{"version":1,', checklist)).toEqual({
			ok: false,
			errors: ['The saved text is not valid JSON, so it cannot be read.'],
		});
		expect(parseStoredCase('garbage', checklist).ok).toBe(false);
		expect(parseStoredCase(null, checklist)).toEqual({ ok: false, errors: ['Nothing is saved for it.'] });
	});

	it.each([
		['null', 'null', /not a checklist case: it is nothing \(null\)/],
		['a list', '[1,2]', /it is a list, not an object/],
		['a number', '42', /it is a number/],
		['no label', '{"version":1,"items":{}}', /“label” is missing/],
		['a label that is a number', '{"version":1,"label":7,"items":{}}', /“label” must be text, but it is a number/],
		['an empty label', '{"version":1,"label":"  ","items":{}}', /“label” is not a usable label: Enter a label/],
		['no items', '{"version":1,"label":"A"}', /“items” is missing/],
		['items as a list', '{"version":1,"label":"A","items":[]}', /“items” must be an object .* but it is a list/],
		[
			'a bad item id',
			'{"version":1,"label":"A","items":{"__proto__":{"ticked":true}}}',
			/item id “__proto__” is not valid/,
		],
		[
			'ticked as text',
			'{"version":1,"label":"A","items":{"fgc-offered":{"ticked":"yes"}}}',
			/“fgc-offered”: “ticked” must be true or false, but it is text/,
		],
		[
			'a note as a number',
			'{"version":1,"label":"A","items":{"fgc-offered":{"note":5}}}',
			/“fgc-offered”: “note” must be text/,
		],
		[
			'an item that is not an object',
			'{"version":1,"label":"A","items":{"fgc-offered":true}}',
			/“fgc-offered” must be an object/,
		],
		['a bad date', '{"version":1,"label":"A","items":{},"updated":"yesterday"}', /“updated” must be a date/],
		['a version as text', '{"version":"1","label":"A","items":{}}', /“version” must be a whole number/],
		['a newer version', '{"version":2,"label":"A","items":{}}', /newer version of this checklist \(version 2\)/],
	])('reports %s, naming what is wrong', (_name, raw, message) => {
		const r = parseStoredCase(raw, checklist);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.errors.join('\n')).toMatch(message);
	});

	it('lists many problems, but not endlessly', () => {
		const items = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`item-${i}`, { ticked: 'no' }]));
		const r = readCaseValue({ version: 1, label: 'A', items }, checklist);
		expect(!r.ok && r.errors).toHaveLength(8);
		expect(!r.ok && r.errors[7]).toBe('… and 13 more problems.');
	});

	it('reports a note that is too long', () => {
		const r = readCaseValue(
			{ version: 1, label: 'A', items: { 'fgc-offered': { note: 'x'.repeat(MAX_NOTE_LENGTH + 1) } } },
			checklist,
		);
		expect(!r.ok && r.errors[0]).toMatch(/the note is 20001 characters long; the most is 20000/);
	});

	it('keeps ticks and notes for items no longer in the checklist, and reports them', () => {
		const saved = { ...sample(), items: { ...sample().items, 'removed-item': { ticked: true, note: 'Keep me' } } };
		const r = parseStoredCase(JSON.stringify(saved), checklist);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.unknownItems).toEqual(['removed-item']);
		expect(r.data.items['removed-item']).toEqual({ ticked: true, note: 'Keep me' });
	});
});

describe('migration from version 0 (ticked ids in a list) to version 1', () => {
	const v0 = {
		label: 'Old case',
		ticked: ['fgc-offered', 'child-voice', 'removed-item'],
		notes: { 'fgc-offered': 'Offered in May', 'harm-suffered': 'Needs more detail' },
		savedAt: '2025-06-01T10:00:00.000Z',
	};

	it('turns the list of ticks and the notes into one entry per item, losing nothing', () => {
		const r = migrateV0toV1(v0, NOW);
		expect(r).toEqual({
			ok: true,
			value: {
				version: 1,
				label: 'Old case',
				created: '2025-06-01T10:00:00.000Z',
				updated: '2025-06-01T10:00:00.000Z',
				items: {
					'fgc-offered': { ticked: true, note: 'Offered in May' },
					'child-voice': { ticked: true, note: '' },
					'removed-item': { ticked: true, note: '' },
					'harm-suffered': { ticked: false, note: 'Needs more detail' },
				},
			},
		});
	});

	it('is applied when old data is read, which says what it migrated from', () => {
		const r = parseStoredCase(JSON.stringify(v0), checklist, NOW);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.migratedFrom).toBe(0);
		expect(r.data.version).toBe(STORE_VERSION);
		expect(r.unknownItems).toEqual(['removed-item']);
		expect(progress(checklist, r.data).ticked).toBe(2);
		// An explicit version 0 is the same format.
		expect(parseStoredCase(JSON.stringify({ ...v0, version: 0 }), checklist, NOW)).toEqual(r);
	});

	it('uses the time of reading when the old data has no date', () => {
		const r = migrateV0toV1({ label: 'A', ticked: [] }, NOW);
		expect(r.ok && r.value.created).toBe(NOW.toISOString());
	});

	it('reports old data of the wrong shape', () => {
		const r = parseStoredCase(JSON.stringify({ label: 'A', ticked: 'fgc-offered', notes: [] }), checklist);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.errors).toEqual([
			'“ticked” must be a list of item ids, but it is text.',
			'“notes” must be an object of notes by item id, but it is a list.',
		]);
		const bad = parseStoredCase(
			JSON.stringify({ label: 'A', ticked: [3, '<b>'], notes: { 'fgc-offered': 1 } }),
			checklist,
		);
		expect(!bad.ok && bad.errors).toEqual([
			'“ticked” holds a number, which is not an item id.',
			'“ticked” holds “<b>”, which is not an item id.',
			'“notes”: the note for “fgc-offered” must be text, but it is a number.',
		]);
	});
});

describe('the store: several cases side by side', () => {
	function twoCases() {
		const store = new MemoryStorage();
		saveCase(store, 'casea0001', sample());
		saveCase(store, 'caseb0002', withTick(emptyCase('Jones', NOW), 'child-voice', true, NOW));
		saveIndex(store, {
			current: 'caseb0002',
			cases: [
				{ id: 'casea0001', label: 'Smith family' },
				{ id: 'caseb0002', label: 'Jones' },
			] as never,
		});
		return store;
	}

	it('keeps each case under its own key, and an index with the order and the current case', () => {
		const store = twoCases();
		expect([...store.map.keys()].sort()).toEqual([INDEX_KEY, caseKey('casea0001'), caseKey('caseb0002')].sort());
		expect(caseKey('x1234')).toBe(`${CASE_KEY_PREFIX}x1234`);
		const state = loadState(store, checklist);
		expect(state.current).toBe('caseb0002');
		expect(state.indexProblem).toBeNull();
		expect(state.cases.map((c) => [c.id, c.label, c.ok])).toEqual([
			['casea0001', 'Smith family', true],
			['caseb0002', 'Jones', true],
		]);
	});

	it('a corrupt case is reported by its label and the other cases are untouched', () => {
		const store = twoCases();
		const jonesBefore = store.getItem(caseKey('caseb0002'));
		store.setItem(caseKey('casea0001'), '{{{ garbage');
		const state = loadState(store, checklist);
		const [smith, jones] = state.cases;
		expect(smith).toMatchObject({ id: 'casea0001', label: 'Smith family', ok: false, raw: '{{{ garbage' });
		expect(!smith.ok && smith.errors[0]).toMatch(/not valid JSON/);
		expect(jones.ok).toBe(true);
		expect(store.getItem(caseKey('caseb0002'))).toBe(jonesBefore);
		// Resetting the corrupt case touches only its own key.
		saveCase(store, 'casea0001', emptyCase('Smith family'));
		expect(loadState(store, checklist).cases.every((c) => c.ok)).toBe(true);
		expect(store.getItem(caseKey('caseb0002'))).toBe(jonesBefore);
	});

	it('finds cases by their keys when the index is damaged, and names a case it cannot read by its key', () => {
		const store = twoCases();
		store.setItem(INDEX_KEY, 'not json');
		store.setItem(caseKey('casec0003'), '[]');
		const state = loadState(store, checklist);
		expect(state.indexProblem).toMatch(/not valid JSON/);
		expect(state.cases.map((c) => c.label)).toEqual(['Smith family', 'Jones', 'Unnamed case (saved as casec0003)']);
		expect(state.current).toBe('casea0001');
	});

	it('reads an index of the wrong shape as empty, keeping valid entries only', () => {
		expect(parseIndex('{"version":1,"cases":"x"}').problem).toMatch(/not in the expected form/);
		expect(parseIndex(null)).toEqual({ index: { version: 1, current: null, cases: [] }, problem: null });
		const { index } = parseIndex(
			JSON.stringify({
				version: 1,
				current: '../x',
				cases: [{ id: 'ok1234', label: 'A' }, { id: '<bad>', label: 'B' }, 'x', { id: 'ok1234', label: 'again' }],
			}),
		);
		expect(index).toEqual({ version: 1, current: null, cases: [{ id: 'ok1234', label: 'A' }] });
	});

	it('ignores keys that are not cases, and forgets index entries whose case is gone', () => {
		const store = twoCases();
		store.setItem('other-site-key', 'x');
		store.setItem(`${CASE_KEY_PREFIX}..bad id`, 'x');
		removeCase(store, 'casea0001');
		const state = loadState(store, checklist);
		expect(state.cases.map((c) => c.id)).toEqual(['caseb0002']);
	});

	it('writes migrated cases back once, in the new version', () => {
		const store = twoCases();
		store.setItem(caseKey('casea0001'), JSON.stringify({ label: 'Smith family', ticked: ['fgc-offered'] }));
		const state = loadState(store, checklist, NOW);
		expect(saveMigratedCases(store, state)).toEqual(['casea0001']);
		expect(JSON.parse(store.getItem(caseKey('casea0001'))!).version).toBe(1);
		expect(saveMigratedCases(store, loadState(store, checklist))).toEqual([]);
	});

	it('refuses to save under a key that is not a case id', () => {
		expect(() => saveCase(new MemoryStorage(), '../index', sample())).toThrow();
	});
});

describe('export', () => {
	it('JSON: marks the format and versions, and reads back as the same case', () => {
		const json = toExportJson(sample(), checklist, LATER);
		const parsed = JSON.parse(json);
		expect(parsed).toMatchObject({
			format: EXPORT_FORMAT,
			version: 1,
			checklistVersion: checklist.version,
			exportedAt: LATER.toISOString(),
			label: 'Smith family',
		});
		const back = parseImport(json, checklist);
		expect(back).toEqual({ ok: true, data: sample(), migratedFrom: null, unknownItems: [] });
	});

	it('JSON: lists items in checklist order, then items no longer in the checklist', () => {
		const data = withTick(withTick(emptyCase('A', NOW), 'removed-item', true), ids[3], true);
		expect(Object.keys(toExportObject(data, checklist).items)).toEqual([ids[3], 'removed-item']);
	});

	it('Markdown: a task list per group with progress and notes', () => {
		const md = toMarkdown(sample(), checklist, LATER);
		expect(md).toContain(`# ${checklist.title}`);
		expect(md).toContain('- Case: Smith family');
		expect(md).toContain('- Progress: 2 of 30 items ticked');
		expect(md).toContain(`## ${checklist.groups[0].title}`);
		expect(md).toContain(`- [x] ${escapeMarkdownLine(checklist.groups[0].items[0].text)}\n  Notes: FGC held 3 March.`);
		expect(md).toContain(`- [ ] ${escapeMarkdownLine(checklist.groups[0].items[1].text)}`);
		expect(md.match(/^- \[[ x]\] /gm)).toHaveLength(30);
	});

	it('Markdown: keeps items no longer in the checklist, under their own heading', () => {
		const md = toMarkdown(withNote(emptyCase('A'), 'removed-item', 'old note'), checklist);
		expect(md).toContain('## Items no longer in the checklist');
		expect(md).toContain('- [ ] Item “removed-item”\n  Notes: old note');
	});

	it('Markdown: notes over several lines stay inside their item', () => {
		const md = toMarkdown(
			withNote(emptyCase('A'), ids[0], 'line one\n# not a heading\n\n- not a list\n    not code'),
			checklist,
		);
		expect(md).toContain('  Notes: line one\n  \\# not a heading\n\n  \\- not a list\n  not code\n');
		const html = micromark(md);
		expect(html).not.toMatch(/<h1>not a heading|<code>|<li>not a list/);
	});

	it('file names are safe and dated', () => {
		expect(exportFileName('Smith / <family> ../..', 'json', new Date(2026, 10, 23))).toBe(
			'sgo-checklist-smith-family-2026-11-23.json',
		);
		expect(exportFileName('¡¡¡', 'md', new Date(2026, 0, 2))).toBe('sgo-checklist-case-2026-01-02.md');
	});
});

describe('hostile input: markup and script in notes and labels', () => {
	const hostile = withNote(
		withLabel(emptyCase('x'), HOSTILE_LABEL),
		ids[0],
		`${HOSTILE}\n<iframe src="https://evil.example">\n> quote\n1. list`,
	);

	it('the exported Markdown never makes raw HTML, links, images or code', () => {
		const md = toMarkdown(hostile, checklist);
		// Rendered by a Markdown parser that lets raw HTML through, nothing from the user becomes a tag.
		const html = micromark(md, { allowDangerousHtml: true });
		expect(html).not.toMatch(/<(script|img|iframe|a|b|code|strong|em|blockquote|ol)[\s>]/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('[click](javascript:alert(3))');
		expect(html).toContain('&amp;lt;b&amp;gt;');
	});

	it('the exported JSON keeps the text exactly, and imports back as text', () => {
		const back = parseImport(toExportJson(hostile, checklist), checklist);
		expect(back.ok && back.data.label).toBe(HOSTILE_LABEL);
		expect(back.ok && back.data.items[ids[0]].note).toBe(hostile.items[ids[0]].note);
	});

	it('escapes every line of a note, whatever it starts with', () => {
		expect(escapeMarkdown('  # a\r\n>b\n+c\n=d\n12. e\n3) f\n***\t*\n`x`')).toEqual([
			'\\# a',
			'\\>b',
			'\\+c',
			'\\=d',
			'12\\. e',
			'3\\) f',
			'\\*\\*\\* \\*',
			'\\`x\\`',
		]);
		expect(escapeMarkdownLine('a\u0000b\u0007c')).toBe('abc');
	});

	it('file names made from labels hold no path or markup', () => {
		expect(safeFileName('<script>../../etc/passwd', 'case')).toBe('script-etc-passwd');
		expect(safeFileName('', 'case')).toBe('case');
	});
});

describe('import', () => {
	it('accepts a version 0 export and migrates it', () => {
		const r = parseImport(JSON.stringify({ format: EXPORT_FORMAT, label: 'Old', ticked: ['fgc-offered'] }), checklist);
		expect(r.ok && r.migratedFrom).toBe(0);
		expect(r.ok && r.data.items['fgc-offered'].ticked).toBe(true);
	});

	it('accepts a byte order mark at the start', () => {
		expect(parseImport(`\uFEFF${toExportJson(sample(), checklist)}`, checklist).ok).toBe(true);
	});

	it.each([
		['an empty file', '   ', /The file is empty/],
		['a Markdown file', '# Special guardianship assessment quality checklist', /not valid JSON\. Choose the JSON file/],
		['a JSON list', '[]', /does not hold a checklist case: it holds a list/],
		['JSON without the format', '{"label":"A","items":{}}', /“format” field is missing/],
		['JSON of another format', '{"format":"something-else","label":"A","items":{}}', /“format” should be/],
		['a newer version', `{"format":"${EXPORT_FORMAT}","version":9,"label":"A","items":{}}`, /newer version/],
		[
			'a broken item',
			`{"format":"${EXPORT_FORMAT}","version":1,"label":"A","items":{"fgc-offered":{"ticked":1}}}`,
			/“fgc-offered”: “ticked” must be true or false/,
		],
	])('reports %s with a clear error', (_name, text, message) => {
		const r = parseImport(text, checklist);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.errors.join('\n')).toMatch(message);
	});

	it('refuses a very large file', () => {
		const r = parseImport(`"${'x'.repeat(1_000_001)}"`, checklist);
		expect(!r.ok && r.errors[0]).toMatch(/too big/);
	});
});

describe('the support plan as a text file', () => {
	const plan = loadSupportPlan();

	it('has every section, numbered, with its prompts and room for an answer', () => {
		const md = supportPlanToMarkdown(plan);
		expect(md.startsWith(`# ${plan.title}\n`)).toBe(true);
		plan.sections.forEach((s, i) => expect(md).toContain(`## ${i + 1}. ${s.title}`));
		expect(md.match(/^Answer:$/gm)).toHaveLength(plan.sections.length);
		expect(md.match(/^- /gm)!.length).toBe(plan.sections.reduce((n, s) => n + s.prompts.length, 0) + 4);
		expect(md.endsWith('Answer:\n')).toBe(true);
	});

	it('escapes the text, and checks the data it is given', () => {
		const md = supportPlanToMarkdown({
			title: '<b>Plan</b>',
			sections: [{ id: 'a', title: '[x](y)', prompts: ['<img src=x>'] }],
		});
		expect(micromark(md, { allowDangerousHtml: true })).not.toMatch(/<(b|img|a)[\s>]/);
		expect(isSupportPlan(plan)).toBe(true);
		expect(isSupportPlan({ title: 'x', sections: [{ title: 'y', prompts: [1] }] })).toBe(false);
		expect(isSupportPlan(null)).toBe(false);
	});
});
