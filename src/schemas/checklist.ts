/**
 * The saved assessment checklist's format: the contract for what is kept in the browser's
 * storage and what is exported to, and imported from, a JSON file.
 *
 *   a case (storage key fjg:sgo-checklist:case:<id>, version 1):
 *     { "version": 1, "label": "Smith", "created": "2026-11-23T14:05:00.000Z", "updated": "…",
 *       "items": { "fgc-offered": { "ticked": true, "note": "…" } } }
 *   the index (fjg:sgo-checklist:index): { "version": 1, "current": "<id>", "cases": [{ "id": "<id>", "label": "Smith" }] }
 *   an export: a case with "format": EXPORT_FORMAT, "checklistVersion" and "exportedAt" (ExportFile)
 *
 * Hand-written, not zod like the other schemas: this check runs in the reader's browser, and zod
 * would add far more to the checklist's script than the page's weight budget allows (its first
 * visit is already close to the limit: docs/performance.md). checkCase() returns each problem
 * with its path in the data and a message for the practitioner, as zod's issues would.
 * Reading older versions (migration) and storage are in src/lib/checklist-store.ts.
 */

/** The version of the saved data this code writes. Older versions are migrated on reading (checklist-store.ts). */
export const STORE_VERSION = 1;
/** Marks a JSON file as an export of this checklist. */
export const EXPORT_FORMAT = 'family-justice-guides/sgo-assessment-checklist';
export const MAX_LABEL_LENGTH = 80;
export const MAX_NOTE_LENGTH = 20_000;
/** Item ids: lower-case words joined by hyphens, as in content/data/sgo-checklist.yaml. Never "__proto__" and the like. */
export const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Case ids, as made by newCaseId() (checklist-store.ts). */
export const CASE_ID = /^[a-z0-9]{4,40}$/;

export interface ItemState {
	ticked: boolean;
	note: string;
}

/** One case, as saved (version 1). Items that are neither ticked nor have a note are left out. */
export interface CaseData {
	version: 1;
	label: string;
	created: string;
	updated: string;
	items: Record<string, ItemState>;
}

export interface StoreIndex {
	version: 1;
	current: string | null;
	cases: { id: string; label: string }[];
}

/** A downloaded JSON file: one case, marked with the format and the checklist's version. */
export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: typeof STORE_VERSION;
	checklistVersion: number;
	exportedAt: string;
	label: string;
	created: string;
	updated: string;
	items: Record<string, ItemState>;
}

/** One problem with data: where it is (for example "items.fgc-offered.ticked"; "" for the whole) and what is wrong. */
export interface Issue {
	path: string;
	message: string;
}

// ---------- Small helpers ----------

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, in words, for a message. */
export function describe(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

/** Quotes text from the data for an error message, shortened. Shown as text, never as markup. */
export function quote(text: string): string {
	const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
	return `“${short}”`;
}

export function isDate(text: string): boolean {
	return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text));
}

// ---------- Labels ----------

/** A case label tidied: no control characters, single spaces, trimmed (normaliseLabel also checks it). */
export function tidyLabel(input: string): string {
	return (
		input
			// eslint-disable-next-line no-control-regex -- control characters are what this removes
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Tidies a case label (no control characters, single spaces, trimmed) and checks it. */
export function normaliseLabel(input: string): { ok: true; label: string } | { ok: false; error: string } {
	const label = tidyLabel(input);
	if (!label) return { ok: false, error: 'Enter a label for the case.' };
	if (label.length > MAX_LABEL_LENGTH) {
		return {
			ok: false,
			error: `The label is ${label.length} characters long. Use ${MAX_LABEL_LENGTH} characters or fewer.`,
		};
	}
	return { ok: true, label };
}

// ---------- A case (version 1) ----------

function checkLabel(value: Obj, issues: Issue[]): string {
	if (!('label' in value)) issues.push({ path: 'label', message: '“label” is missing: every case needs a label.' });
	else if (typeof value.label !== 'string')
		issues.push({ path: 'label', message: `“label” must be text, but it is ${describe(value.label)}.` });
	else {
		const result = normaliseLabel(value.label);
		if (result.ok) return result.label;
		issues.push({ path: 'label', message: `“label” is not a usable label: ${result.error}` });
	}
	return '';
}

function checkDates(value: Obj, now: Date, issues: Issue[]): Record<'created' | 'updated', string> {
	const dates = { created: now.toISOString(), updated: now.toISOString() };
	for (const field of ['created', 'updated'] as const) {
		const v = value[field];
		if (v === undefined) continue;
		if (typeof v !== 'string' || !isDate(v))
			issues.push({ path: field, message: `“${field}” must be a date and time such as 2026-11-23T14:05:00.000Z.` });
		else dates[field] = v;
	}
	return dates;
}

/** One item's saved state; undefined when it is damaged (the issues say why). */
function checkItem(id: string, state: unknown, issues: Issue[]): ItemState | undefined {
	const path = `items.${id}`;
	if (!ITEM_ID.test(id)) {
		const message = `The item id ${quote(id)} is not valid: item ids are lower-case words joined by hyphens.`;
		issues.push({ path, message });
		return undefined;
	}
	if (!isObject(state)) {
		const message = `The item “${id}” must be an object with “ticked” and “note”, but it is ${describe(state)}.`;
		issues.push({ path, message });
		return undefined;
	}
	const ticked = state.ticked ?? false;
	const note = state.note ?? '';
	if (typeof ticked !== 'boolean')
		issues.push({
			path: `${path}.ticked`,
			message: `The item “${id}”: “ticked” must be true or false, but it is ${describe(ticked)}.`,
		});
	if (typeof note !== 'string')
		issues.push({
			path: `${path}.note`,
			message: `The item “${id}”: “note” must be text, but it is ${describe(note)}.`,
		});
	else if (note.length > MAX_NOTE_LENGTH)
		issues.push({
			path: `${path}.note`,
			message: `The item “${id}”: the note is ${note.length} characters long; the most is ${MAX_NOTE_LENGTH}.`,
		});
	return typeof ticked === 'boolean' && typeof note === 'string' ? { ticked, note } : undefined;
}

function checkItems(value: Obj, issues: Issue[]): Record<string, ItemState> {
	const items: Record<string, ItemState> = {};
	if (!('items' in value)) {
		issues.push({ path: 'items', message: '“items” is missing: it holds the ticks and notes.' });
	} else if (!isObject(value.items)) {
		const message = `“items” must be an object with an entry for each item, but it is ${describe(value.items)}.`;
		issues.push({ path: 'items', message });
	} else {
		for (const [id, state] of Object.entries(value.items)) {
			const item = checkItem(id, state, issues);
			// Neither ticked nor noted: nothing to keep.
			if (item && (item.ticked || item.note)) items[id] = item;
		}
	}
	return items;
}

/**
 * Checks a version 1 case and returns it with only the known fields (missing dates are `now`),
 * or every problem found. Fields it does not know (an export's "format", for example) are left out.
 */
export function checkCase(
	value: Obj,
	now: Date = new Date(),
): { ok: true; data: CaseData } | { ok: false; issues: Issue[] } {
	const issues: Issue[] = [];
	const label = checkLabel(value, issues);
	const { created, updated } = checkDates(value, now, issues);
	const items = checkItems(value, issues);
	if (issues.length) return { ok: false, issues };
	return { ok: true, data: { version: 1, label, created, updated, items } };
}

/** Whether a file's contents are an export of this checklist (its "format"); the case inside is checked by checkCase. */
export function checkExportFormat(value: unknown): Issue | null {
	if (!isObject(value))
		return { path: '', message: `The file does not hold a checklist case: it holds ${describe(value)}.` };
	if (value.format === EXPORT_FORMAT) return null;
	return {
		path: 'format',
		message:
			value.format === undefined
				? `This is not an export of this checklist: the “format” field is missing (it should be “${EXPORT_FORMAT}”).`
				: `This is not an export of this checklist: “format” should be “${EXPORT_FORMAT}”.`,
	};
}
