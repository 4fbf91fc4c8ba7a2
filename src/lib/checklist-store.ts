/**
 * The assessment quality checklist's saved cases, kept only in the browser.
 *
 * Pure TypeScript with no DOM: the storage format, reading saved data (parse,
 * validate, migrate from older versions), editing, progress, export to
 * Markdown and JSON, and import. The format itself (what a saved case, the
 * index and an export hold, and the check of a version 1 case) is the contract
 * in src/schemas/checklist.ts. The browser element
 * (src/components/content/assessment-checklist.ts) passes in localStorage, or
 * anything with the same methods, and renders what these functions return
 * (its state changes: src/lib/checklist-state.ts).
 *
 * Storage: one key per case, so that damage to one case never affects another,
 * and an index key with the order of the cases, their labels (to name a case
 * whose data cannot be read) and the case last shown.
 *
 *   fjg:sgo-checklist:index      {"version":1,"current":"k3x9…","cases":[{"id":"k3x9…","label":"Smith"}]}
 *   fjg:sgo-checklist:case:k3x9… {"version":1,"label":"Smith","created":"…","updated":"…",
 *                                 "items":{"fgc-offered":{"ticked":true,"note":"…"}}}
 *
 * Nothing the user saved is dropped: ticks and notes for items no longer in the
 * checklist are kept (and exported) and reported, never silently removed.
 */
import { escapeMarkdown, escapeMarkdownLine, safeFileName } from './markdown-text.ts';

import {
	CASE_ID,
	EXPORT_FORMAT,
	ITEM_ID,
	MAX_LABEL_LENGTH,
	MAX_NOTE_LENGTH,
	STORE_VERSION,
	checkCase,
	checkExportFormat,
	describe,
	isDate,
	isObject,
	normaliseLabel,
	quote,
	type CaseData,
	type ExportFile,
	type ItemState,
	type Obj,
	type StoreIndex,
} from '../schemas/checklist.ts';

export {
	EXPORT_FORMAT,
	MAX_LABEL_LENGTH,
	MAX_NOTE_LENGTH,
	STORE_VERSION,
	normaliseLabel,
	tidyLabel,
} from '../schemas/checklist.ts';
export type { CaseData, ExportFile, ItemState, StoreIndex } from '../schemas/checklist.ts';

export const KEY_PREFIX = 'fjg:sgo-checklist:';
export const INDEX_KEY = `${KEY_PREFIX}index`;
export const CASE_KEY_PREFIX = `${KEY_PREFIX}case:`;
/** Largest import file accepted, in characters (an export of every item with long notes is far smaller). */
export const MAX_IMPORT_LENGTH = 1_000_000;
/** At most this many problems are listed; the rest are counted. */
const MAX_ERRORS = 8;

export function caseKey(id: string): string {
	return `${CASE_KEY_PREFIX}${id}`;
}

// ---------- Types ----------

/** What the store needs to know about the checklist (the shape of content/data/sgo-checklist.yaml). */
export interface ChecklistDefinition {
	version: number;
	title: string;
	groups: { id: string; title: string; items: { id: string; text: string }[] }[];
}

/**
 * What the page passes to its script (data-checklist-json): the version, title and ids. The group
 * titles and item text are in the markup already, and the script reads them from there.
 */
export interface ChecklistOutline {
	version: number;
	title: string;
	groups: { id: string; items: { id: string }[] }[];
}

/** Version 0, the example older format (no version field): ticked item ids in a list, notes by item id. */
export interface CaseDataV0 {
	version?: 0;
	label: string;
	ticked: string[];
	notes?: Record<string, string>;
	savedAt?: string;
}

export type ReadResult =
	{ ok: true; data: CaseData; migratedFrom: number | null; unknownItems: string[] } | { ok: false; errors: string[] };

export type CaseEntry =
	| { id: string; label: string; ok: true; data: CaseData; migratedFrom: number | null; unknownItems: string[] }
	| { id: string; label: string; ok: false; errors: string[]; raw: string | null };

export interface LoadedState {
	cases: CaseEntry[];
	current: string | null;
	/** Set when the index could not be read; the cases themselves are still found by their keys. */
	indexProblem: string | null;
}

/** The parts of the Web Storage API the store uses (localStorage, or a Map-backed fake in tests). */
export interface KeyValueStore {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

// ---------- Small helpers ----------

function limitErrors(errors: string[]): string[] {
	if (errors.length <= MAX_ERRORS) return errors;
	const more = errors.length - (MAX_ERRORS - 1);
	return [...errors.slice(0, MAX_ERRORS - 1), `… and ${more} more problems.`];
}

/** The saved state of an item, if any (own properties only: an id such as "constructor" is never read from the prototype). */
export function itemState(data: CaseData | null, id: string): ItemState | undefined {
	return data && Object.hasOwn(data.items, id) ? data.items[id] : undefined;
}

export function allItemIds(checklist: ChecklistDefinition): string[] {
	return checklist.groups.flatMap((g) => g.items.map((i) => i.id));
}

// ---------- Labels ----------

function sameLabel(a: string, b: string): boolean {
	return a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');
}

/** The case with this label (ignoring case), if any. `exceptId` leaves out the case being renamed. */
export function findCaseByLabel(cases: readonly { id: string; label: string }[], label: string, exceptId?: string) {
	return cases.find((c) => c.id !== exceptId && sameLabel(c.label, label));
}

/** `label`, or `label (2)`, `label (3)` … whichever no case has yet. */
export function uniqueLabel(label: string, cases: readonly { id: string; label: string }[]): string {
	if (!findCaseByLabel(cases, label)) return label;
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const candidate = `${label.slice(0, MAX_LABEL_LENGTH - suffix.length).trimEnd()}${suffix}`;
		if (!findCaseByLabel(cases, candidate)) return candidate;
	}
}

/** A new random case id, different from the existing ones. */
export function newCaseId(existing: Iterable<string>, random: () => number = Math.random): string {
	const taken = new Set(existing);
	for (;;) {
		let id = '';
		while (id.length < 12) id += Math.floor(random() * 36).toString(36);
		if (!taken.has(id)) return id;
	}
}

// ---------- Reading: validate and migrate ----------

/**
 * Migrates version 0 to version 1: the list of ticked ids and the notes become
 * one entry per item. Every tick and note is kept.
 */
export function migrateV0toV1(
	value: Obj,
	now: Date = new Date(),
): { ok: true; value: Obj } | { ok: false; errors: string[] } {
	const errors: string[] = [];
	const items: Record<string, { ticked: boolean; note: string }> = {};
	const entry = (id: string) => (items[id] ??= { ticked: false, note: '' });
	if (!Array.isArray(value.ticked))
		errors.push(`“ticked” must be a list of item ids, but it is ${describe(value.ticked)}.`);
	else {
		for (const id of value.ticked) {
			if (typeof id !== 'string' || !ITEM_ID.test(id))
				errors.push(`“ticked” holds ${typeof id === 'string' ? quote(id) : describe(id)}, which is not an item id.`);
			else entry(id).ticked = true;
		}
	}
	if (value.notes !== undefined) {
		if (!isObject(value.notes))
			errors.push(`“notes” must be an object of notes by item id, but it is ${describe(value.notes)}.`);
		else {
			for (const [id, note] of Object.entries(value.notes)) {
				if (!ITEM_ID.test(id)) errors.push(`“notes” has the item id ${quote(id)}, which is not valid.`);
				else if (typeof note !== 'string')
					errors.push(`“notes”: the note for “${id}” must be text, but it is ${describe(note)}.`);
				else entry(id).note = note;
			}
		}
	}
	if (errors.length) return { ok: false, errors };
	const saved = typeof value.savedAt === 'string' && isDate(value.savedAt) ? value.savedAt : now.toISOString();
	return { ok: true, value: { version: 1, label: value.label, created: saved, updated: saved, items } };
}

/** Migrations by the version they start from; each returns data of the next version. */
export const MIGRATIONS: Record<
	number,
	(value: Obj, now: Date) => { ok: true; value: Obj } | { ok: false; errors: string[] }
> = {
	0: migrateV0toV1,
};

/** Reads a case from any supported version: checks, migrates, and lists item ids the checklist no longer has. */
export function readCaseValue(value: unknown, checklist: ChecklistDefinition, now: Date = new Date()): ReadResult {
	if (!isObject(value))
		return { ok: false, errors: [`The data is not a checklist case: it is ${describe(value)}, not an object.`] };
	const version = value.version ?? 0;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return { ok: false, errors: ['“version” must be a whole number, such as 1.'] };
	}
	if (version > STORE_VERSION) {
		return {
			ok: false,
			errors: [
				`It was saved by a newer version of this checklist (version ${version}); this page reads versions up to ${STORE_VERSION}.`,
			],
		};
	}
	let current: Obj = value;
	for (let v = version; v < STORE_VERSION; v++) {
		const step = MIGRATIONS[v](current, now);
		if (!step.ok) return { ok: false, errors: limitErrors(step.errors) };
		current = step.value;
	}
	const checked = checkCase(current, now);
	if (!checked.ok) return { ok: false, errors: limitErrors(checked.issues.map((issue) => issue.message)) };
	const known = new Set(allItemIds(checklist));
	const unknownItems = Object.keys(checked.data.items).filter((id) => !known.has(id));
	return { ok: true, data: checked.data, migratedFrom: version === STORE_VERSION ? null : version, unknownItems };
}

/** Reads a case as saved in storage: text that should be JSON. */
export function parseStoredCase(
	raw: string | null,
	checklist: ChecklistDefinition,
	now: Date = new Date(),
): ReadResult {
	if (raw === null) return { ok: false, errors: ['Nothing is saved for it.'] };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { ok: false, errors: ['The saved text is not valid JSON, so it cannot be read.'] };
	}
	return readCaseValue(value, checklist, now);
}

/** Reads the index. Never throws: damage only loses the order and the current case, which are rebuilt. */
export function parseIndex(raw: string | null): { index: StoreIndex; problem: string | null } {
	const empty: StoreIndex = { version: 1, current: null, cases: [] };
	if (raw === null) return { index: empty, problem: null };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { index: empty, problem: 'The list of saved cases is not valid JSON.' };
	}
	if (!isObject(value) || value.version !== 1 || !Array.isArray(value.cases)) {
		return { index: empty, problem: 'The list of saved cases is not in the expected form.' };
	}
	const cases: StoreIndex['cases'] = [];
	for (const c of value.cases) {
		if (
			isObject(c) &&
			typeof c.id === 'string' &&
			CASE_ID.test(c.id) &&
			typeof c.label === 'string' &&
			!cases.some((x) => x.id === c.id)
		) {
			const label = normaliseLabel(c.label);
			cases.push({ id: c.id, label: label.ok ? label.label : c.id });
		}
	}
	const current = typeof value.current === 'string' && CASE_ID.test(value.current) ? value.current : null;
	return { index: { version: 1, current, cases }, problem: null };
}

/** Every saved case (readable or not), in the index's order, and the case to show. */
export function loadState(store: KeyValueStore, checklist: ChecklistDefinition, now: Date = new Date()): LoadedState {
	const { index, problem } = parseIndex(store.getItem(INDEX_KEY));
	const stored: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key?.startsWith(CASE_KEY_PREFIX)) {
			const id = key.slice(CASE_KEY_PREFIX.length);
			if (CASE_ID.test(id)) stored.push(id);
		}
	}
	const inIndex = index.cases.map((c) => c.id).filter((id) => stored.includes(id));
	const ids = [...inIndex, ...stored.filter((id) => !inIndex.includes(id)).sort()];
	const cases: CaseEntry[] = ids.map((id) => {
		const raw = store.getItem(caseKey(id));
		const result = parseStoredCase(raw, checklist, now);
		if (result.ok) return { id, label: result.data.label, ...result };
		const label = index.cases.find((c) => c.id === id)?.label ?? `Unnamed case (saved as ${id})`;
		return { id, label, ok: false, errors: result.errors, raw };
	});
	const current = index.current && ids.includes(index.current) ? index.current : (ids[0] ?? null);
	return { cases, current, indexProblem: problem };
}

// ---------- Writing ----------

export function saveCase(store: KeyValueStore, id: string, data: CaseData): void {
	if (!CASE_ID.test(id)) throw new Error(`Not a case id: ${id}`);
	store.setItem(caseKey(id), JSON.stringify(data));
}

export function saveIndex(store: KeyValueStore, state: Pick<LoadedState, 'cases' | 'current'>): void {
	const index: StoreIndex = {
		version: 1,
		current: state.current,
		cases: state.cases.map(({ id, label }) => ({ id, label })),
	};
	store.setItem(INDEX_KEY, JSON.stringify(index));
}

export function removeCase(store: KeyValueStore, id: string): void {
	store.removeItem(caseKey(id));
}

/** Writes back cases that were read from an older version, so they are migrated once. Returns their ids. */
export function saveMigratedCases(store: KeyValueStore, state: LoadedState): string[] {
	const migrated: string[] = [];
	for (const entry of state.cases) {
		if (entry.ok && entry.migratedFrom !== null) {
			saveCase(store, entry.id, entry.data);
			migrated.push(entry.id);
		}
	}
	return migrated;
}

// ---------- Editing (each returns a new CaseData) ----------

export function emptyCase(label: string, now: Date = new Date()): CaseData {
	const t = now.toISOString();
	return { version: 1, label, created: t, updated: t, items: {} };
}

function withItem(data: CaseData, id: string, change: Partial<ItemState>, now: Date): CaseData {
	if (!ITEM_ID.test(id)) throw new Error(`Not an item id: ${id}`);
	const items = { ...data.items };
	const next = { ticked: false, note: '', ...itemState(data, id), ...change };
	if (next.ticked || next.note) items[id] = next;
	else delete items[id];
	return { ...data, items, updated: now.toISOString() };
}

export function withTick(data: CaseData, id: string, ticked: boolean, now: Date = new Date()): CaseData {
	return withItem(data, id, { ticked }, now);
}

export function withNote(data: CaseData, id: string, note: string, now: Date = new Date()): CaseData {
	return withItem(data, id, { note: note.slice(0, MAX_NOTE_LENGTH) }, now);
}

export function withLabel(data: CaseData, label: string, now: Date = new Date()): CaseData {
	return { ...data, label, updated: now.toISOString() };
}

/** Removes items (the user's choice, for items no longer in the checklist). */
export function withoutItems(data: CaseData, ids: readonly string[], now: Date = new Date()): CaseData {
	const items = { ...data.items };
	for (const id of ids) delete items[id];
	return { ...data, items, updated: now.toISOString() };
}

// ---------- Progress ----------

export interface GroupProgress {
	id: string;
	title: string;
	ticked: number;
	total: number;
}

export interface Progress {
	ticked: number;
	total: number;
	groups: GroupProgress[];
}

export function progress(checklist: ChecklistDefinition, data: CaseData | null): Progress {
	const groups = checklist.groups.map((g) => ({
		id: g.id,
		title: g.title,
		ticked: g.items.filter((i) => itemState(data, i.id)?.ticked).length,
		total: g.items.length,
	}));
	return { ticked: groups.reduce((n, g) => n + g.ticked, 0), total: groups.reduce((n, g) => n + g.total, 0), groups };
}

export function progressText(ticked: number, total: number): string {
	return `${ticked} of ${total} ${total === 1 ? 'item' : 'items'} ticked`;
}

// ---------- Export ----------

/** The items in checklist order, then any no longer in the checklist (kept, never dropped). */
function orderedItems(data: CaseData, checklist: ChecklistDefinition): [string, ItemState][] {
	const known = allItemIds(checklist);
	const unknown = Object.keys(data.items).filter((id) => !known.includes(id));
	return [...known, ...unknown].flatMap((id): [string, ItemState][] => {
		const state = itemState(data, id);
		return state ? [[id, state]] : [];
	});
}

export function toExportObject(data: CaseData, checklist: ChecklistDefinition, now: Date = new Date()): ExportFile {
	return {
		format: EXPORT_FORMAT,
		version: STORE_VERSION,
		checklistVersion: checklist.version,
		exportedAt: now.toISOString(),
		label: data.label,
		created: data.created,
		updated: data.updated,
		items: Object.fromEntries(orderedItems(data, checklist)),
	};
}

export function toExportJson(data: CaseData, checklist: ChecklistDefinition, now: Date = new Date()): string {
	return `${JSON.stringify(toExportObject(data, checklist, now), null, 2)}\n`;
}

function formatDateTime(date: Date): string {
	return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

function noteLines(note: string): string[] {
	const lines = escapeMarkdown(note);
	while (lines.length && !lines[lines.length - 1]) lines.pop();
	return lines.map((line, i) => (i === 0 ? `  Notes: ${line}` : line ? `  ${line}` : ''));
}

/**
 * The case as Markdown: a task list per group, with notes. Every piece of text
 * from the user is escaped, so the file never holds raw HTML, links or images.
 */
export function toMarkdown(data: CaseData, checklist: ChecklistDefinition, now: Date = new Date()): string {
	const p = progress(checklist, data);
	const out: string[] = [
		`# ${escapeMarkdownLine(checklist.title)}`,
		'',
		`- Case: ${escapeMarkdownLine(data.label)}`,
		`- Exported: ${formatDateTime(now)}`,
		`- Progress: ${progressText(p.ticked, p.total)}`,
		'',
		'Saved from Family Justice Guides. Your ticks and notes are kept only in your browser and in files you download.',
	];
	const item = (text: string, state: ItemState | undefined) => {
		out.push(`- [${state?.ticked ? 'x' : ' '}] ${escapeMarkdownLine(text)}`);
		if (state?.note.trim()) out.push(...noteLines(state.note));
	};
	checklist.groups.forEach((group, i) => {
		const g = p.groups[i];
		out.push('', `## ${escapeMarkdownLine(group.title)}`, '', `${progressText(g.ticked, g.total)}.`, '');
		for (const it of group.items) item(it.text, itemState(data, it.id));
	});
	const known = new Set(allItemIds(checklist));
	const unknown = orderedItems(data, checklist).filter(([id]) => !known.has(id));
	if (unknown.length) {
		out.push(
			'',
			'## Items no longer in the checklist',
			'',
			'These ticks and notes were saved for items that have since been removed from the checklist. They are kept so that nothing is lost.',
			'',
		);
		for (const [id, state] of unknown) item(`Item “${id}”`, state);
	}
	return `${out.join('\n')}\n`;
}

/** A file name for a download, for example sgo-checklist-smith-family-2026-11-23.md */
export function exportFileName(label: string, extension: 'md' | 'json', now: Date = new Date()): string {
	const d = now;
	const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	return `sgo-checklist-${safeFileName(label, 'case')}-${date}.${extension}`;
}

// ---------- Import ----------

/** Reads the text of an imported file: a JSON export of one case (any supported version). */
export function parseImport(text: string, checklist: ChecklistDefinition, now: Date = new Date()): ReadResult {
	if (text.length > MAX_IMPORT_LENGTH) {
		return {
			ok: false,
			errors: ['The file is too big to be a checklist export. Choose the JSON file you downloaded from this page.'],
		};
	}
	if (!text.trim()) return { ok: false, errors: ['The file is empty.'] };
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {
			ok: false,
			errors: [
				'The file is not valid JSON. Choose the JSON file you downloaded from this page (not the Markdown file).',
			],
		};
	}
	const notExport = checkExportFormat(value);
	if (notExport) return { ok: false, errors: [notExport.message] };
	return readCaseValue(value, checklist, now);
}
