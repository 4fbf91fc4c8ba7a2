/** The assessment checklist's state changes (src/lib/checklist-state.ts), as pure functions, and the keys of its strings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createCase,
	currentCase,
	currentReadable,
	deleteCase,
	describeCurrent,
	importCase,
	labelError,
	progressMessage,
	readImport,
	reloaded,
	removeUnknownItems,
	renameCase,
	resetCase,
	startState,
	storageWrites,
	switchCase,
	tickItem,
	writeNote,
	type Change,
	type ChecklistState,
	type Message,
} from '../../src/lib/checklist-state.ts';
import {
	EXPORT_FORMAT,
	INDEX_KEY,
	caseKey,
	emptyCase,
	loadState,
	toExportJson,
	withNote,
	withTick,
	type CaseData,
	type CaseEntry,
	type ChecklistDefinition,
} from '../../src/lib/checklist-store.ts';
import { CHECKLIST_STRING_KEYS } from '../../src/lib/checklist-strings.ts';
import { format } from '../../src/client/strings.ts';
import { loadChecklist } from '../../src/build/toolkit-data.ts';
import { MemoryStorage } from '../helpers/memory-storage.ts';
import en from '../../src/content/i18n/en-GB.json';

const checklist: ChecklistDefinition = loadChecklist();
const NOW = new Date('2026-11-23T14:05:00.000Z');
const LATER = new Date('2026-11-24T09:30:00.000Z');
const strings = en as Record<string, string>;

/** A message in words, as the element says it (with the strings of en-GB.json). */
function text(message: Message | null): string {
	if (!message) return '';
	const values = Object.entries(message.values ?? {}).map(([k, v]) => [k, typeof v === 'object' ? text(v) : v]);
	return format(strings[message.key], Object.fromEntries(values) as Record<string, string | number>);
}

function readable(id: string, data: CaseData): Extract<CaseEntry, { ok: true }> {
	return { id, label: data.label, ok: true, data, migratedFrom: null, unknownItems: [] };
}

const broken: CaseEntry = {
	id: 'brokencase1',
	label: 'Broken case',
	ok: false,
	errors: ['Not JSON'],
	raw: '{ garbage',
};

function stateWith(...cases: CaseEntry[]): ChecklistState {
	return { cases, current: cases[0]?.id ?? null, notices: [] };
}

const caseA = () => readable('caseaaaa1', emptyCase('Case A', NOW));
const caseB = () => readable('casebbbb2', withTick(emptyCase('Case B', NOW), 'fgc-offered', true, NOW));

function isChange(result: Change | { error: Message } | null): result is Change {
	return result !== null && !('error' in result);
}

describe('createCase', () => {
	it('adds a case with the tidied label, shows it, says so, and clears the notices', () => {
		const before = { ...stateWith(caseA()), notices: [{ key: 'checklist.notice.importMigrated' } as Message] };
		const result = createCase(before, '  Smith \n family ', checklist, { now: NOW });
		if (!isChange(result)) throw new Error('expected a change');
		const shown = currentReadable(result.state)!;
		expect(shown.label).toBe('Smith family');
		expect(shown.data).toEqual(emptyCase('Smith family', NOW));
		expect(shown.id).toMatch(/^[a-z0-9]{12}$/);
		expect(result.state.cases.map((c) => c.label)).toEqual(['Case A', 'Smith family']);
		expect(result.state.notices).toEqual([]);
		expect(result.created).toBe(true);
		expect(text(result.announce)).toBe(
			'Case “Smith family” created and shown. You can now tick items and write notes.',
		);
		// The state before is not changed.
		expect(before.cases).toHaveLength(1);
		expect(storageWrites(before, result.state)).toEqual({
			save: [{ id: shown.id, data: shown.data }],
			remove: [],
			index: true,
		});
	});

	it('refuses an empty, overlong or repeated label, saying why, and changes nothing', () => {
		const before = stateWith(caseA());
		expect(text((createCase(before, '   ', checklist) as { error: Message }).error)).toBe(
			'Enter a label for the case.',
		);
		expect(text((createCase(before, 'x'.repeat(81), checklist) as { error: Message }).error)).toBe(
			'The label is 81 characters long. Use 80 characters or fewer.',
		);
		expect(text((createCase(before, 'case a', checklist) as { error: Message }).error)).toBe(
			'A case called “case a” already exists. Choose another label.',
		);
		expect(before).toEqual(stateWith(caseA()));
	});

	it('uses the case ids given by `random`, never one already taken', () => {
		let n = 0;
		const random = () => [0.1, 0.2][n++ % 2];
		const first = createCase(stateWith(), 'One', checklist, { random });
		if (!isChange(first)) throw new Error('expected a change');
		n = 0;
		const second = createCase(first.state, 'Two', checklist, { random: () => (n++ < 12 ? [0.1, 0.2][n % 2] : 0.5) });
		if (!isChange(second)) throw new Error('expected a change');
		expect(new Set(second.state.cases.map((c) => c.id)).size).toBe(2);
	});
});

describe('labelError', () => {
	it('lets a case keep its own label when renamed, in another case', () => {
		const state = stateWith(caseA(), caseB());
		expect(labelError(state, 'CASE A', 'caseaaaa1')).toBeNull();
		expect(labelError(state, 'Case B', 'caseaaaa1')?.key).toBe('checklist.label.exists');
	});
});

describe('renameCase', () => {
	it('renames the case shown, keeping its ticks and notes, and says both labels', () => {
		const before = stateWith(caseB(), caseA());
		const result = renameCase(before, 'Case B renamed', LATER);
		if (!isChange(result)) throw new Error('expected a change');
		const shown = currentReadable(result.state)!;
		expect(shown.label).toBe('Case B renamed');
		expect(shown.data.label).toBe('Case B renamed');
		expect(shown.data.items).toEqual(caseB().ok && (caseB() as { data: CaseData }).data.items);
		expect(shown.data.updated).toBe(LATER.toISOString());
		expect(text(result.announce)).toBe('The case “Case B” is now called “Case B renamed”.');
		expect(storageWrites(before, result.state)).toMatchObject({ save: [{ id: 'casebbbb2' }], remove: [], index: true });
	});

	it('refuses a label another case has; changes nothing for the same label or an unreadable case', () => {
		const before = stateWith(caseB(), caseA());
		expect(renameCase(before, 'case a')).toMatchObject({ error: { key: 'checklist.label.exists' } });
		expect(renameCase(before, '  Case B ')).toBeNull();
		expect(renameCase(stateWith(broken), 'New')).toBeNull();
	});
});

describe('deleteCase', () => {
	it('removes the case shown, shows the first one left, and says what is shown now', () => {
		const before = stateWith(caseB(), caseA());
		const result = deleteCase(before, checklist)!;
		expect(result.state.cases.map((c) => c.id)).toEqual(['caseaaaa1']);
		expect(result.state.current).toBe('caseaaaa1');
		expect(text(result.announce)).toBe(
			'The case “Case B” was deleted. Showing the case “Case A”: 0 of 30 items ticked.',
		);
		expect(storageWrites(before, result.state)).toEqual({ save: [], remove: ['casebbbb2'], index: true });
	});

	it('deletes an unreadable case too; with none left, nothing is shown', () => {
		const result = deleteCase(stateWith(broken), checklist)!;
		expect(result.state).toEqual({ cases: [], current: null, notices: [] });
		expect(text(result.announce)).toBe('The case “Broken case” was deleted. No case is shown.');
		expect(deleteCase(stateWith(), checklist)).toBeNull();
	});
});

describe('resetCase', () => {
	it('starts an unreadable case again, empty, under its label, and shows it; other cases are untouched', () => {
		const before = { ...stateWith(caseA(), broken), current: 'caseaaaa1' };
		const result = resetCase(before, 'brokencase1', NOW)!;
		expect(currentCase(result.state)).toEqual(readable('brokencase1', emptyCase('Broken case', NOW)));
		expect(result.state.cases[0]).toBe(before.cases[0]);
		expect(text(result.announce)).toBe('The case “Broken case” was reset and is shown. It has no ticks or notes.');
		expect(storageWrites(before, result.state)).toMatchObject({
			save: [{ id: 'brokencase1' }],
			remove: [],
			index: true,
		});
	});

	it('makes the label unique if a readable case has taken it, and never resets a readable case', () => {
		const twin = readable('twincase1', emptyCase('Broken case', NOW));
		expect(currentCase(resetCase(stateWith(broken, twin), 'brokencase1', NOW)!.state)?.label).toBe('Broken case (2)');
		expect(resetCase(stateWith(caseA()), 'caseaaaa1')).toBeNull();
		expect(resetCase(stateWith(caseA()), 'nosuchcase')).toBeNull();
	});
});

describe('switchCase', () => {
	it('shows another case, clears the notices, and says which case and its progress', () => {
		const before = {
			...stateWith(caseA(), caseB(), broken),
			notices: [{ key: 'checklist.notice.importMigrated' } as Message],
		};
		const result = switchCase(before, 'casebbbb2', checklist);
		expect(result.state.current).toBe('casebbbb2');
		expect(result.state.notices).toEqual([]);
		expect(text(result.announce)).toBe('Showing the case “Case B”: 1 of 30 items ticked.');
		expect(storageWrites(before, result.state)).toEqual({ save: [], remove: [], index: true });
		expect(text(switchCase(before, 'brokencase1', checklist).announce)).toBe(
			'Showing the case “Broken case”, which cannot be read.',
		);
	});
});

describe('tickItem', () => {
	it('ticks and unticks an item, saving only that case, and says the progress of its group and of all', () => {
		const before = stateWith(caseA(), caseB());
		const ticked = tickItem(before, 'fgc-offered', true, checklist, NOW)!;
		expect(currentReadable(ticked.state)!.data.items['fgc-offered']).toEqual({ ticked: true, note: '' });
		expect(text(ticked.announce)).toBe(
			'1 of 4 items ticked in “Finding family carers early”. 1 of 30 items ticked in all.',
		);
		expect(storageWrites(before, ticked.state)).toMatchObject({
			save: [{ id: 'caseaaaa1' }],
			remove: [],
			index: false,
		});
		const unticked = tickItem(ticked.state, 'fgc-offered', false, checklist, NOW)!;
		expect(currentReadable(unticked.state)!.data.items).toEqual({});
	});

	it('changes nothing for an unreadable case, no case, or an item not in the checklist', () => {
		expect(tickItem(stateWith(broken), 'fgc-offered', true, checklist)).toBeNull();
		expect(tickItem(stateWith(), 'fgc-offered', true, checklist)).toBeNull();
		expect(tickItem(stateWith(caseA()), 'no-such-item', true, checklist)).toBeNull();
	});
});

describe('writeNote', () => {
	it('writes the note, announcing nothing; the same note again changes nothing', () => {
		const before = stateWith(caseA());
		const result = writeNote(before, 'child-voice', 'Seen at school.', NOW)!;
		expect(currentReadable(result.state)!.data.items['child-voice']).toEqual({
			ticked: false,
			note: 'Seen at school.',
		});
		expect(result.announce).toBeNull();
		expect(storageWrites(before, result.state)).toMatchObject({ save: [{ id: 'caseaaaa1' }], index: false });
		expect(writeNote(result.state, 'child-voice', 'Seen at school.')).toBeNull();
		expect(writeNote(before, 'child-voice', '')).toBeNull();
		expect(writeNote(stateWith(broken), 'child-voice', 'x')).toBeNull();
	});
});

describe('removeUnknownItems', () => {
	it('removes only the items no longer in the checklist, and says so', () => {
		const data = withNote(withTick(emptyCase('Old', NOW), 'removed-item', true, NOW), 'fgc-offered', 'Keep', NOW);
		const entry: CaseEntry = { ...readable('oldcase1', data), unknownItems: ['removed-item'] };
		const result = removeUnknownItems(stateWith(entry), LATER)!;
		const shown = currentReadable(result.state)!;
		expect(shown.data.items).toEqual({ 'fgc-offered': { ticked: false, note: 'Keep' } });
		expect(shown.unknownItems).toEqual([]);
		expect(text(result.announce)).toBe('The items no longer in the checklist were removed from this case.');
		expect(removeUnknownItems(result.state)).toBeNull();
		expect(removeUnknownItems(stateWith(broken))).toBeNull();
	});
});

describe('import', () => {
	const exported = (label: string) =>
		toExportJson(withTick(emptyCase(label, NOW), 'child-voice', true, NOW), checklist, NOW);

	it('imports a file as a new case, and says the file, the case and what is shown', () => {
		const before = stateWith(caseA());
		const plan = readImport(before, exported('Smith family'), checklist, NOW);
		if (!plan.ok) throw new Error('expected a plan');
		expect(plan.conflict).toBeNull();
		const result = importCase(before, plan, 'new', 'smith.json', checklist, { now: NOW });
		expect(currentReadable(result.state)!.data.items).toEqual({ 'child-voice': { ticked: true, note: '' } });
		expect(result.created).toBe(true);
		expect(text(result.announce)).toBe(
			'Imported “smith.json” as the case “Smith family”. Showing the case “Smith family”: 1 of 30 items ticked.',
		);
		expect(storageWrites(before, result.state)).toMatchObject({ remove: [], index: true });
		expect(storageWrites(before, result.state).save).toHaveLength(1);
	});

	it('with a case of the same label: imports as a new, numbered case, or replaces that case when chosen', () => {
		const before = stateWith(caseA(), readable('smithcase1', emptyCase('Smith family', NOW)));
		const plan = readImport(before, exported('SMITH FAMILY'), checklist, NOW);
		if (!plan.ok) throw new Error('expected a plan');
		expect(plan.conflict).toEqual({ id: 'smithcase1', label: 'Smith family', asNew: 'SMITH FAMILY (2)' });

		const asNew = importCase(before, plan, 'new', 'smith.json', checklist, { now: NOW });
		expect(asNew.state.cases.map((c) => c.label)).toEqual(['Case A', 'Smith family', 'SMITH FAMILY (2)']);

		const replaced = importCase(before, plan, 'replace', 'smith.json', checklist, { now: NOW });
		expect(replaced.state.cases.map((c) => c.id)).toEqual(['caseaaaa1', 'smithcase1']);
		expect(currentReadable(replaced.state)).toMatchObject({ id: 'smithcase1', label: 'Smith family' });
		expect(currentReadable(replaced.state)!.data.items).toEqual({ 'child-voice': { ticked: true, note: '' } });
		expect(replaced.created).toBeUndefined();
		expect(text(replaced.announce)).toBe(
			'The case “Smith family” was replaced with the imported file. Showing the case “Smith family”: 1 of 30 items ticked.',
		);
		expect(storageWrites(before, replaced.state)).toMatchObject({ save: [{ id: 'smithcase1' }], remove: [] });
	});

	it('notes a file made by an older version, and keeps items no longer in the checklist', () => {
		const old = JSON.stringify({ format: EXPORT_FORMAT, label: 'Old', ticked: ['fgc-offered', 'removed-item'] });
		const plan = readImport(stateWith(), old, checklist, NOW);
		if (!plan.ok) throw new Error('expected a plan');
		const result = importCase(stateWith(), plan, 'new', 'old.json', checklist, { now: NOW });
		expect(result.state.notices.map(text)).toEqual([
			'The file was made by an older version of this checklist. It was updated as it was imported; all its ticks and notes are kept.',
		]);
		expect(currentReadable(result.state)!.unknownItems).toEqual(['removed-item']);
	});

	it.each([
		['not JSON', '# My notes', 'The file is not valid JSON'],
		['empty', '  ', 'The file is empty.'],
		['a list', '[1, 2]', 'The file does not hold a checklist case: it holds a list.'],
		['another program’s file', '{"name": "x"}', 'the “format” field is missing'],
		[
			'another format',
			'{"format": "something-else"}',
			'“format” should be “family-justice-guides/sgo-assessment-checklist”',
		],
		[
			'damaged items',
			JSON.stringify({ format: EXPORT_FORMAT, version: 1, label: 'X', items: { 'fgc-offered': { ticked: 'yes' } } }),
			'The item “fgc-offered”: “ticked” must be true or false, but it is text.',
		],
		[
			'a newer version',
			JSON.stringify({ format: EXPORT_FORMAT, version: 9, label: 'X', items: {} }),
			'saved by a newer version of this checklist (version 9)',
		],
		['too big', 'x'.repeat(1_000_001), 'The file is too big to be a checklist export.'],
	])('a file that is %s gives a clear reason and loses nothing already saved', (_name, file, reason) => {
		const before = stateWith(caseA(), caseB());
		const copy = structuredClone(before);
		const plan = readImport(before, file, checklist, NOW);
		expect(plan.ok).toBe(false);
		if (plan.ok) return;
		expect(plan.errors.join('\n')).toContain(reason);
		expect(before).toEqual(copy);
	});
});

describe('loading', () => {
	it('notes each case migrated from an older version and a damaged index, and then saves the index', () => {
		const store = new MemoryStorage();
		store.setItem(INDEX_KEY, '{ damaged');
		store.setItem(caseKey('oldcase1'), JSON.stringify({ label: 'Old case', ticked: ['fgc-offered'] }));
		const loaded = loadState(store, checklist, NOW);
		const start = startState(loaded, ['oldcase1']);
		expect(start.state.notices.map(text)).toEqual([
			'The case “Old case” was saved by an older version of this checklist. It has been updated; all its ticks and notes are kept.',
			'The list of saved cases is not valid JSON. The cases were found again; check the case shown.',
		]);
		expect(start.saveIndex).toBe(true);
	});

	it('saves nothing on a plain load', () => {
		const start = startState({ cases: [caseA()], current: 'caseaaaa1', indexProblem: null }, []);
		expect(start).toEqual({ state: stateWith(caseA()), saveIndex: false });
	});

	it('takes in another tab’s change, still showing the case shown here if it is there', () => {
		const here = { ...stateWith(caseA(), caseB()), current: 'casebbbb2' };
		expect(reloaded(here, { cases: [caseA(), caseB()], current: 'caseaaaa1', indexProblem: null }).current).toBe(
			'casebbbb2',
		);
		expect(reloaded(here, { cases: [caseA()], current: 'caseaaaa1', indexProblem: null }).current).toBe('caseaaaa1');
	});
});

describe('storageWrites', () => {
	it('writes nothing when nothing changed, and never overwrites an unreadable case', () => {
		const state = stateWith(caseA(), broken);
		expect(storageWrites(state, state)).toEqual({ save: [], remove: [], index: false });
		expect(storageWrites(state, { ...state, cases: [...state.cases] })).toEqual({ save: [], remove: [], index: false });
	});
});

describe('messages', () => {
	it('progress counts one item or several', () => {
		expect(text(progressMessage(1, 1))).toBe('1 of 1 item ticked');
		expect(text(progressMessage(0, 30))).toBe('0 of 30 items ticked');
		expect(text(describeCurrent(stateWith(), checklist))).toBe('No case is shown.');
	});
});

describe('the checklist’s strings', () => {
	const declared = readFileSync(new URL('../../src/content.config.ts', import.meta.url), 'utf8');
	const clientCode = [
		'../../src/components/content/assessment-checklist.ts',
		'../../src/components/content/checklist-keeping.ts',
		'../../src/components/content/checklist-dialog.ts',
		'../../src/lib/checklist-state.ts',
	]
		.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
		.join('\n');

	it('every key the client code uses is in the list the page renders (CHECKLIST_STRING_KEYS), and the other way round', () => {
		const used = new Set([...clientCode.matchAll(/'(checklist\.[a-zA-Z.]+)'/g)].map((m) => m[1]));
		// Built keys: `checklist.keep.${message}` and `checklist.saveError.${reason}`.
		for (const key of CHECKLIST_STRING_KEYS)
			if (
				/^checklist\.(keep|saveError)\.(granted|mayDelete|unsupported|memoryOnly|quota|blocked|unavailable)$/.test(key)
			)
				used.add(key);
		expect([...used].sort()).toEqual([...CHECKLIST_STRING_KEYS].sort());
	});

	it('every key is declared in src/content.config.ts and has its words in en-GB.json', () => {
		for (const key of CHECKLIST_STRING_KEYS) {
			expect(declared, key).toContain(`'${key}': z.string()`);
			expect(strings[key], key).toBeTruthy();
		}
	});

	it('the client code writes no words of its own', () => {
		// Text a reader sees comes from strings: no sentence in a string literal.
		const code = clientCode.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(code).not.toMatch(/['`][A-Z][a-z]+ [a-z]+ [a-z]+/);
	});
});
