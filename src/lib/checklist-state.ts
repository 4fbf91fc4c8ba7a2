/**
 * The assessment checklist's state changes, as pure functions (no DOM, no storage): create,
 * rename, delete, reset, import, switch case, tick an item, write a note, remove items no
 * longer in the checklist, and take in a change made in another tab.
 *
 * Each takes the state shown (+ the practitioner's input) and returns a Change: the new state
 * and what to announce to screen readers. What to write to storage follows from the state:
 * storageWrites() compares the state before and after. The element
 * (src/components/content/assessment-checklist.ts) writes, renders and announces; it decides
 * nothing itself. A change that cannot be made returns null, or an error message, and never
 * loses anything already saved.
 *
 * Words are never written here: a Message is a key of the i18n collection
 * (src/lib/checklist-strings.ts) with its values, which may be Messages themselves (for example
 * the progress inside a sentence). The element turns it into text with its strings.
 */
import {
	emptyCase,
	findCaseByLabel,
	itemState,
	MAX_LABEL_LENGTH,
	newCaseId,
	normaliseLabel,
	parseImport,
	progress,
	tidyLabel,
	uniqueLabel,
	withLabel,
	withNote,
	withoutItems,
	withTick,
	type CaseData,
	type CaseEntry,
	type ChecklistDefinition,
	type LoadedState,
} from './checklist-store.ts';
import type { ChecklistKey } from './checklist-strings.ts';

export interface Message {
	key: ChecklistKey;
	values?: Record<string, string | number | Message>;
}

export interface ChecklistState {
	cases: CaseEntry[];
	/** The id of the case shown. */
	current: string | null;
	/** Notices about the last load or import (migrated cases, a damaged index); cleared when the practitioner acts. */
	notices: Message[];
}

export interface Change {
	state: ChecklistState;
	/** Said to screen readers; null for nothing. */
	announce: Message | null;
	/** A case was created (the element then asks the browser to keep the cases). */
	created?: boolean;
}

type Readable = Extract<CaseEntry, { ok: true }>;

const message = (key: ChecklistKey, values?: Message['values']): Message => (values ? { key, values } : { key });

// ---------- Reading the state ----------

export function currentCase(state: ChecklistState): CaseEntry | undefined {
	return state.cases.find((c) => c.id === state.current);
}

/** The case shown, if it can be read (only then can it be ticked). */
export function currentReadable(state: ChecklistState): Readable | undefined {
	const c = currentCase(state);
	return c?.ok ? c : undefined;
}

/** "3 of 30 items ticked". */
export function progressMessage(ticked: number, total: number): Message {
	return message(total === 1 ? 'checklist.progress.item' : 'checklist.progress.items', { ticked, total });
}

/** What is shown now, said after a switch, a delete or an import. */
export function describeCurrent(state: ChecklistState, checklist: ChecklistDefinition): Message {
	const c = currentCase(state);
	if (!c) return message('checklist.describe.none');
	if (!c.ok) return message('checklist.describe.unreadable', { label: c.label });
	const p = progress(checklist, c.data);
	return message('checklist.describe.shown', { label: c.label, progress: progressMessage(p.ticked, p.total) });
}

/** Why this text cannot be a case's label (`exceptId`: the case being renamed), or null when it can. */
export function labelError(state: ChecklistState, text: string, exceptId?: string): Message | null {
	const label = tidyLabel(text);
	if (!label) return message('checklist.label.empty');
	if (label.length > MAX_LABEL_LENGTH)
		return message('checklist.label.tooLong', { length: label.length, max: MAX_LABEL_LENGTH });
	if (findCaseByLabel(state.cases, label, exceptId)) return message('checklist.label.exists', { label });
	return null;
}

/** A readable entry for saved data, with the item ids the checklist no longer has (as on reading it back). */
function entryFor(id: string, data: CaseData, checklist: ChecklistDefinition): Readable {
	const known = new Set(checklist.groups.flatMap((g) => g.items.map((i) => i.id)));
	const unknownItems = Object.keys(data.items).filter((item) => !known.has(item));
	return { id, label: data.label, ok: true, data, migratedFrom: null, unknownItems };
}

function replaceEntry(state: ChecklistState, entry: CaseEntry): CaseEntry[] {
	return state.cases.map((e) => (e.id === entry.id ? entry : e));
}

// ---------- What to write ----------

/** What a change writes: cases to save, cases to remove, and whether the index (order, labels, case shown) is saved. */
export interface Writes {
	save: { id: string; data: CaseData }[];
	remove: string[];
	index: boolean;
}

const indexOf = (state: ChecklistState) => JSON.stringify([state.current, state.cases.map((c) => [c.id, c.label])]);

/**
 * What to write to storage after a change from `before` to `after`: every readable case whose
 * data changed (or is new), every case gone, and the index when the cases, their labels, their
 * order or the case shown changed. Nothing else is written: an unreadable case is never overwritten
 * except by the practitioner's reset.
 */
export function storageWrites(before: ChecklistState, after: ChecklistState): Writes {
	const unchanged = (c: Readable) => before.cases.some((b) => b.id === c.id && b.ok && b.data === c.data);
	const save = after.cases.flatMap((c) => (c.ok && !unchanged(c) ? [{ id: c.id, data: c.data }] : []));
	const remove = before.cases.filter((b) => !after.cases.some((c) => c.id === b.id)).map((b) => b.id);
	return { save, remove, index: indexOf(before) !== indexOf(after) };
}

// ---------- Loading ----------

/**
 * The state on page load: the loaded cases, with a notice for each case migrated from an older
 * version (`migrated`: their ids, already written back) and for a damaged index; `saveIndex` when
 * either happened (the index is then written again).
 */
export function startState(
	loaded: LoadedState,
	migrated: readonly string[],
): { state: ChecklistState; saveIndex: boolean } {
	const notices: Message[] = [];
	for (const id of migrated) {
		const entry = loaded.cases.find((c) => c.id === id);
		if (entry?.ok) notices.push(message('checklist.notice.migrated', { label: entry.label }));
	}
	if (loaded.indexProblem) notices.push(message('checklist.notice.indexProblem', { problem: loaded.indexProblem }));
	const state = { cases: loaded.cases, current: loaded.current, notices };
	return { state, saveIndex: Boolean(loaded.indexProblem || notices.length) };
}

/** Another tab changed the saved cases: the state as saved now, still showing the case shown here if it is there. */
export function reloaded(state: ChecklistState, loaded: LoadedState): ChecklistState {
	const shown = state.current;
	const keep = shown !== null && loaded.cases.some((c) => c.id === shown);
	return { cases: loaded.cases, current: keep ? shown : loaded.current, notices: state.notices };
}

// ---------- Cases ----------

export interface NewCase {
	now?: Date;
	/** For case ids (tests pass a fixed one). */
	random?: () => number;
}

/** The state with a case added and shown: `label` is already checked (labelError); `data` is an imported case's ticks and notes. */
function withCase(
	state: ChecklistState,
	label: string,
	checklist: ChecklistDefinition,
	data: CaseData | undefined,
	{ now = new Date(), random }: NewCase,
): ChecklistState {
	const id = newCaseId(
		state.cases.map((c) => c.id),
		random,
	);
	const saved = data ? withLabel(data, label, now) : emptyCase(label, now);
	return { cases: [...state.cases, entryFor(id, saved, checklist)], current: id, notices: [] };
}

/** Creates a case from the label typed; an unusable label gives the error to show by the field instead. */
export function createCase(
	state: ChecklistState,
	text: string,
	checklist: ChecklistDefinition,
	options: NewCase = {},
): Change | { error: Message } {
	const error = labelError(state, text);
	if (error) return { error };
	const label = tidyLabel(text);
	return {
		state: withCase(state, label, checklist, undefined, options),
		announce: message('checklist.create.done', { label }),
		created: true,
	};
}

/**
 * Renames the case shown. An unusable label gives the error (the dialog stays open); the same
 * label, or a case that cannot be read, changes nothing (null).
 */
export function renameCase(
	state: ChecklistState,
	text: string,
	now: Date = new Date(),
): Change | { error: Message } | null {
	const c = currentReadable(state);
	if (!c) return null;
	const error = labelError(state, text, c.id);
	if (error) return { error };
	const r = normaliseLabel(text);
	if (!r.ok || r.label === c.label) return null;
	const data = withLabel(c.data, r.label, now);
	return {
		state: { ...state, cases: replaceEntry(state, { ...c, label: r.label, data }) },
		announce: message('checklist.rename.done', { old: c.label, label: r.label }),
	};
}

/** Deletes the case shown (readable or not) and shows the first one left. */
export function deleteCase(state: ChecklistState, checklist: ChecklistDefinition): Change | null {
	const c = currentCase(state);
	if (!c) return null;
	const cases = state.cases.filter((e) => e.id !== c.id);
	const next: ChecklistState = { cases, current: cases[0]?.id ?? null, notices: [] };
	return {
		state: next,
		announce: message('checklist.delete.done', { label: c.label, shown: describeCurrent(next, checklist) }),
	};
}

/** Starts a case whose saved data cannot be read again, empty, under its label (made unique), and shows it. */
export function resetCase(state: ChecklistState, id: string, now: Date = new Date()): Change | null {
	const c = state.cases.find((e) => e.id === id);
	if (!c || c.ok) return null;
	const label = uniqueLabel(
		c.label,
		state.cases.filter((e) => e.id !== id),
	);
	const entry: Readable = { id, label, ok: true, data: emptyCase(label, now), migratedFrom: null, unknownItems: [] };
	return {
		state: { ...state, cases: replaceEntry(state, entry), current: id },
		announce: message('checklist.reset.done', { label }),
	};
}

/** Shows another case. */
export function switchCase(state: ChecklistState, id: string, checklist: ChecklistDefinition): Change {
	const next: ChecklistState = { ...state, current: id, notices: [] };
	return { state: next, announce: describeCurrent(next, checklist) };
}

// ---------- Ticks and notes ----------

/** The state with the case shown changed. */
function withCurrent(state: ChecklistState, c: Readable, data: CaseData): ChecklistState {
	return { ...state, cases: replaceEntry(state, { ...c, label: data.label, data }) };
}

/** Ticks or unticks an item of the case shown, and says the progress of its group and of the whole checklist. */
export function tickItem(
	state: ChecklistState,
	itemId: string,
	ticked: boolean,
	checklist: ChecklistDefinition,
	now: Date = new Date(),
): Change | null {
	const c = currentReadable(state);
	const group = checklist.groups.find((g) => g.items.some((i) => i.id === itemId));
	if (!c || !group) return null;
	const data = withTick(c.data, itemId, ticked, now);
	const p = progress(checklist, data);
	const g = p.groups.find((x) => x.id === group.id)!;
	return {
		state: withCurrent(state, c, data),
		announce: message('checklist.progress.tick', {
			group: progressMessage(g.ticked, g.total),
			title: g.title,
			all: progressMessage(p.ticked, p.total),
		}),
	};
}

/** Writes an item's note in the case shown (the field shows it: nothing is announced); null when it is unchanged. */
export function writeNote(state: ChecklistState, itemId: string, note: string, now: Date = new Date()): Change | null {
	const c = currentReadable(state);
	if (!c || (itemState(c.data, itemId)?.note ?? '') === note) return null;
	return { state: withCurrent(state, c, withNote(c.data, itemId, note, now)), announce: null };
}

/** Removes, from the case shown, the ticks and notes of items no longer in the checklist (the practitioner's choice). */
export function removeUnknownItems(state: ChecklistState, now: Date = new Date()): Change | null {
	const c = currentReadable(state);
	if (!c?.unknownItems.length) return null;
	const data = withoutItems(c.data, c.unknownItems, now);
	return {
		state: withCurrent(state, { ...c, unknownItems: [] }, data),
		announce: message('checklist.removeUnknown.done'),
	};
}

// ---------- Import ----------

/** A file read for import: its errors (nothing changes), or its case and whether a case has its label already. */
export type ImportPlan =
	| { ok: false; errors: string[] }
	| {
			ok: true;
			data: CaseData;
			migratedFrom: number | null;
			/** The case with the same label, and the label the file would have as a new case. */
			conflict: { id: string; label: string; asNew: string } | null;
	  };

/** Reads an imported file's text; a damaged or foreign file gives the reasons, and changes nothing. */
export function readImport(
	state: ChecklistState,
	text: string,
	checklist: ChecklistDefinition,
	now: Date = new Date(),
): ImportPlan {
	const result = parseImport(text, checklist, now);
	if (!result.ok) return result;
	const existing = findCaseByLabel(state.cases, result.data.label);
	const conflict = existing
		? { id: existing.id, label: existing.label, asNew: uniqueLabel(result.data.label, state.cases) }
		: null;
	return { ok: true, data: result.data, migratedFrom: result.migratedFrom, conflict };
}

/**
 * Imports a file read by readImport: as a new case ('new': under its label, or the unique one
 * when a case has it), or over the case with its label ('replace', keeping that case's label).
 */
export function importCase(
	state: ChecklistState,
	plan: Extract<ImportPlan, { ok: true }>,
	choice: 'new' | 'replace',
	file: string,
	checklist: ChecklistDefinition,
	options: NewCase = {},
): Change {
	const { conflict } = plan;
	if (choice === 'replace' && conflict) {
		const data = withLabel(plan.data, conflict.label, options.now);
		const cases = replaceEntry(state, entryFor(conflict.id, data, checklist));
		const next: ChecklistState = { cases, current: conflict.id, notices: [] };
		const shown = describeCurrent(next, checklist);
		return { state: next, announce: message('checklist.import.replaced', { label: conflict.label, shown }) };
	}
	const label = conflict ? conflict.asNew : plan.data.label;
	const added = withCase(state, label, checklist, plan.data, options);
	const next = { ...added, notices: plan.migratedFrom === null ? [] : [message('checklist.notice.importMigrated')] };
	const shown = describeCurrent(next, checklist);
	return { state: next, announce: message('checklist.import.done', { file, label, shown }), created: true };
}
