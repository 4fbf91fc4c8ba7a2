/**
 * The assessment checklist's enhancement, in the browser: saved cases (create,
 * switch, rename, delete), ticks and notes kept in localStorage, progress,
 * print, download as Markdown or JSON, and import. Everything stays in this
 * browser: nothing is sent anywhere. What it says about keeping the cases
 * (persistent storage, a save that fails) is in checklist-keeping.ts.
 *
 * Text from the user or from saved data is only ever set as text
 * (textContent, value): never as HTML. The data logic is in
 * src/lib/checklist-store.ts; this file only reads and changes the page.
 */
import {
	MAX_IMPORT_LENGTH,
	emptyCase,
	exportFileName,
	findCaseByLabel,
	itemState,
	loadState,
	newCaseId,
	normaliseLabel,
	parseImport,
	progress,
	progressText,
	removeCase,
	saveCase,
	saveIndex,
	saveMigratedCases,
	toExportJson,
	toMarkdown,
	uniqueLabel,
	withLabel,
	withNote,
	withTick,
	withoutItems,
	type CaseData,
	type CaseEntry,
	type ChecklistDefinition,
	type KeyValueStore,
	type LoadedState,
} from '~/lib/checklist-store.ts';
import { download } from './download.ts';
import { setUpKeeping } from './checklist-keeping.ts';

type Choice = string | null;
interface DialogButton {
	value: string;
	label: string;
	danger?: boolean;
}

/** Creates an element with text content only (never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function button(text: string, onClick: () => void, className = 'fjg-button checklist__button'): HTMLButtonElement {
	const b = el('button', text, className);
	b.type = 'button';
	b.addEventListener('click', onClick);
	return b;
}

function q<T extends Element>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`The checklist is missing ${selector}`);
	return found;
}

// eslint-disable-next-line max-lines-per-function -- to become a custom element with its state changes as tested pure functions (issue 16)
export function enhanceChecklist(root: HTMLElement): void {
	const checklist = JSON.parse(root.dataset.checklistJson ?? '{}') as ChecklistDefinition;
	// localStorage, or memory only for this visit; a save the browser refuses is shown as an error and kept on screen.
	const keeping = setUpKeeping(root, { run: () => onDownload('json'), available: () => Boolean(currentData()) });
	const db: KeyValueStore = keeping.store;
	const tools = q<HTMLElement>(root, '[data-checklist-tools]');
	const problems = q<HTMLElement>(root, '[data-problems]');
	const notices = q<HTMLElement>(root, '[data-notices]');
	const status = q<HTMLElement>(root, '[data-status]');
	const picker = q<HTMLElement>(root, '[data-case-picker]');
	const select = q<HTMLSelectElement>(root, '[data-case-select]');
	const noCases = q<HTMLElement>(root, '[data-no-cases]');
	const overall = q<HTMLElement>(root, '[data-progress-overall]');
	const newLabel = q<HTMLInputElement>(root, '[data-new-label]');
	const newError = q<HTMLElement>(root, '[data-new-error]');
	const importInput = q<HTMLInputElement>(root, '[data-import]');
	const importErrors = q<HTMLElement>(root, '[data-import-errors]');
	const printHeading = q<HTMLElement>(root, '[data-print-heading]');
	const unknownSection = q<HTMLElement>(root, '[data-unknown]');
	const renameButton = q<HTMLButtonElement>(root, '[data-action="rename"]');
	const items = [...root.querySelectorAll<HTMLElement>('[data-item]')].map((li) => ({
		id: li.dataset.item!,
		group: li.closest<HTMLElement>('[data-group]')!.dataset.group!,
		box: q<HTMLInputElement>(li, 'input[type="checkbox"]'),
		noteWrap: q<HTMLElement>(li, '[data-note]'),
		note: q<HTMLTextAreaElement>(li, 'textarea'),
	}));

	tools.hidden = false;

	let state: LoadedState = loadState(db, checklist);
	/** Notices about the last load (migrated cases, a damaged index); cleared when the user acts. */
	const loadNotices: string[] = [];
	for (const id of saveMigratedCases(db, state)) {
		const entry = state.cases.find((c) => c.id === id);
		if (entry?.ok)
			loadNotices.push(
				`The case “${entry.label}” was saved by an older version of this checklist. It has been updated; all its ticks and notes are kept.`,
			);
	}
	if (state.indexProblem) loadNotices.push(`${state.indexProblem} The cases were found again; check the case shown.`);
	if (state.indexProblem || loadNotices.length) trySave(() => saveIndex(db, state));

	function current(): CaseEntry | undefined {
		return state.cases.find((c) => c.id === state.current);
	}

	function currentData(): CaseData | null {
		const c = current();
		return c?.ok ? c.data : null;
	}

	function announce(message: string): void {
		// Cleared first, so that the same message twice is announced twice.
		status.textContent = '';
		window.setTimeout(() => (status.textContent = message), 50);
	}

	/**
	 * Runs a storage write. A save the browser refuses does not throw (the store keeps it
	 * and checklist-keeping.ts shows the error); this catches anything else, so that a
	 * failed write never stops the page.
	 */
	function trySave(write: () => void): boolean {
		try {
			write();
			return true;
		} catch {
			showProblem(
				'Your last change could not be saved',
				'The browser refused to save it, perhaps because its storage for this site is full. Download your cases to keep a copy, then delete cases you no longer need.',
			);
			return false;
		}
	}

	function problemBox(title: string, message: string, errors: string[], actions: HTMLElement[] = []): HTMLElement {
		const box = el('div', undefined, 'checklist__problem');
		box.setAttribute('role', 'alert');
		const heading = el('p');
		heading.append(el('strong', `Problem: ${title}`));
		box.append(heading, el('p', message));
		if (errors.length) {
			const list = el('ul');
			for (const e of errors) list.append(el('li', e));
			box.append(list);
		}
		if (actions.length) {
			const row = el('div', undefined, 'checklist__buttons');
			row.append(...actions);
			box.append(row);
		}
		return box;
	}

	function showProblem(title: string, message: string): void {
		problems.append(problemBox(title, message, []));
	}

	// ---------- Rendering ----------

	let shownProblems = '';
	function renderProblems(): void {
		// Only when the problems change: each alert is announced when it appears, and should be once.
		const broken = state.cases.filter((c) => !c.ok);
		const key = JSON.stringify(broken.map((c) => [c.id, c.label]));
		if (key === shownProblems) return;
		shownProblems = key;
		problems.replaceChildren(
			...state.cases
				.filter((c): c is Extract<CaseEntry, { ok: false }> => !c.ok)
				.map((c) =>
					problemBox(
						`the saved case “${c.label}” cannot be read`,
						'Its saved ticks and notes are damaged or in a form this page does not know. Your other cases are not affected. You can download the saved data to keep it, then reset the case: resetting clears its ticks and notes and keeps its label.',
						c.errors,
						[
							button(`Download the saved data of “${c.label}”`, () =>
								download(exportFileName(c.label, 'json').replace(/\.json$/, '-damaged.txt'), c.raw ?? '', 'text/plain'),
							),
							button(`Reset the case “${c.label}”`, () => void resetCase(c.id)),
						],
					),
				),
		);
	}

	function renderNotices(): void {
		const list: string[] = [...loadNotices];
		const c = current();
		if (c && !c.ok)
			list.push(`The case “${c.label}” cannot be read, so its items cannot be ticked. See the problem above.`);
		notices.replaceChildren(...list.map((text) => el('p', text, 'checklist__notice')));
	}

	function renderPicker(): void {
		const options = state.cases.map((c) => {
			const option = el('option', c.ok ? c.label : `${c.label} (cannot be read)`);
			option.value = c.id;
			option.selected = c.id === state.current;
			return option;
		});
		select.replaceChildren(...options);
		picker.hidden = state.cases.length === 0;
		noCases.hidden = state.cases.length > 0;
		renameButton.disabled = !current()?.ok;
		const readable = Boolean(currentData());
		for (const b of root.querySelectorAll<HTMLButtonElement>('[data-needs-case]')) b.disabled = !readable;
		q<HTMLElement>(root, '[data-needs-case-hint]').hidden = readable;
	}

	function renderItems(): void {
		const data = currentData();
		const editable = Boolean(data);
		for (const item of items) {
			const s = itemState(data, item.id);
			item.box.disabled = !editable;
			item.box.checked = Boolean(s?.ticked);
			item.noteWrap.hidden = !editable;
			if (document.activeElement !== item.note) item.note.value = s?.note ?? '';
			item.note.disabled = !editable;
			item.noteWrap.classList.toggle('checklist__note--empty', !item.note.value.trim());
		}
	}

	function renderProgress(): void {
		const data = currentData();
		const p = progress(checklist, data);
		for (const g of p.groups) {
			const out = root.querySelector<HTMLElement>(`[data-group="${g.id}"] [data-group-progress]`);
			if (!out) continue;
			out.hidden = !data;
			out.textContent = `${progressText(g.ticked, g.total)} in this group`;
		}
		const c = current();
		overall.textContent = data ? progressText(p.ticked, p.total) : '';
		overall.hidden = !data;
		printHeading.textContent =
			c && data
				? `Case: ${c.label}. ${progressText(p.ticked, p.total)}. Printed ${new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })}.`
				: '';
	}

	function renderUnknown(): void {
		const c = current();
		const unknown = c?.ok ? c.unknownItems.filter((id) => itemState(c.data, id)) : [];
		unknownSection.hidden = unknown.length === 0;
		if (!c?.ok || unknown.length === 0) return;
		q<HTMLElement>(unknownSection, '[data-unknown-intro]').textContent =
			`The case “${c.label}” has ticks or notes for ${unknown.length === 1 ? 'an item that is' : `${unknown.length} items that are`} no longer in this checklist. They are kept, and included when you download the case.`;
		q<HTMLElement>(unknownSection, '[data-unknown-list]').replaceChildren(
			...unknown.map((id) => {
				const s = itemState(c.data, id)!;
				return el('li', `Item “${id}”: ${s.ticked ? 'ticked' : 'not ticked'}${s.note ? `. Notes: ${s.note}` : ''}`);
			}),
		);
	}

	function render(): void {
		renderProblems();
		renderNotices();
		renderPicker();
		renderItems();
		renderProgress();
		renderUnknown();
		keeping.show(state.cases.length > 0);
	}

	// ---------- Changing the state ----------

	function reload(): void {
		state = loadState(db, checklist);
	}

	function setCurrent(id: string | null): void {
		state = { ...state, current: id };
		trySave(() => saveIndex(db, state));
	}

	function updateCurrent(data: CaseData): boolean {
		const c = current();
		if (!c?.ok) return false;
		if (!trySave(() => saveCase(db, c.id, data))) return false;
		state = {
			...state,
			cases: state.cases.map((e) => (e.id === c.id ? { ...c, label: data.label, data } : e)),
		};
		return true;
	}

	function describeCurrent(): string {
		const c = current();
		if (!c) return 'No case is shown.';
		if (!c.ok) return `Showing the case “${c.label}”, which cannot be read.`;
		const p = progress(checklist, c.data);
		return `Showing the case “${c.label}”: ${progressText(p.ticked, p.total)}.`;
	}

	function createCase(label: string, data?: CaseData): string {
		const id = newCaseId(state.cases.map((c) => c.id));
		const saved = data ? withLabel(data, label) : emptyCase(label);
		if (!trySave(() => saveCase(db, id, saved))) return '';
		keeping.caseCreated();
		state = {
			...state,
			cases: [...state.cases, { id, label, ok: true, data: saved, migratedFrom: null, unknownItems: [] }],
			current: id,
		};
		trySave(() => saveIndex(db, state));
		// Read back, so that unknown items are found as on a reload.
		reload();
		return id;
	}

	// ---------- Dialog ----------

	const dialog = q<HTMLDialogElement>(root, '[data-dialog]');
	const dialogTitle = q<HTMLElement>(dialog, '[data-dialog-title]');
	const dialogMessage = q<HTMLElement>(dialog, '[data-dialog-message]');
	const dialogField = q<HTMLElement>(dialog, '[data-dialog-field]');
	const dialogLabel = q<HTMLLabelElement>(dialog, '[data-dialog-label]');
	const dialogInput = q<HTMLInputElement>(dialog, '[data-dialog-input]');
	const dialogError = q<HTMLElement>(dialog, '[data-dialog-error]');
	const dialogButtons = q<HTMLElement>(dialog, '[data-dialog-buttons]');

	/**
	 * Asks a question in a modal dialog. Resolves with the value of the button
	 * chosen, or null for Cancel or Escape. With `input`, `validate` checks the
	 * text before the first button closes the dialog (an error keeps it open).
	 */
	function ask(options: {
		title: string;
		message: string;
		buttons: DialogButton[];
		input?: { label: string; value: string; validate: (text: string) => string | null };
	}): Promise<{ choice: Choice; text: string }> {
		const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		dialogTitle.textContent = options.title;
		dialogMessage.textContent = options.message;
		dialogField.hidden = !options.input;
		dialogError.hidden = true;
		dialogError.textContent = '';
		dialogInput.removeAttribute('aria-invalid');
		dialogInput.setAttribute('aria-describedby', 'checklist-dialog-message');
		if (options.input) {
			dialogLabel.textContent = options.input.label;
			dialogInput.value = options.input.value;
		}
		return new Promise((resolve) => {
			const finish = (choice: Choice) => {
				dialog.removeEventListener('cancel', onCancel);
				dialogInput.removeEventListener('keydown', onKey);
				dialog.close();
				opener?.focus();
				resolve({ choice, text: dialogInput.value });
			};
			const choose = (value: string) => {
				if (options.input && value === options.buttons[0].value) {
					const error = options.input.validate(dialogInput.value);
					if (error) {
						dialogError.textContent = `Error: ${error}`;
						dialogError.hidden = false;
						dialogInput.setAttribute('aria-invalid', 'true');
						dialogInput.setAttribute('aria-describedby', 'checklist-dialog-error checklist-dialog-message');
						dialogInput.focus();
						return;
					}
				}
				finish(value);
			};
			const onCancel = (event: Event) => {
				event.preventDefault();
				finish(null);
			};
			const onKey = (event: KeyboardEvent) => {
				if (event.key === 'Enter') {
					event.preventDefault();
					choose(options.buttons[0].value);
				}
			};
			dialog.addEventListener('cancel', onCancel);
			dialogInput.addEventListener('keydown', onKey);
			const cancel = button('Cancel', () => finish(null));
			dialogButtons.replaceChildren(
				...options.buttons.map((b) =>
					button(
						b.label,
						() => choose(b.value),
						b.danger ? 'fjg-button checklist__button checklist__button--danger' : 'fjg-button checklist__button',
					),
				),
				cancel,
			);
			dialog.showModal();
			// Typing goes straight into the field; a question with no field starts on Cancel, the safe choice.
			if (options.input) {
				dialogInput.focus();
				dialogInput.select();
			} else cancel.focus();
		});
	}

	// ---------- Actions ----------

	function labelError(text: string, exceptId?: string): string | null {
		const r = normaliseLabel(text);
		if (!r.ok) return r.error;
		if (findCaseByLabel(state.cases, r.label, exceptId))
			return `A case called “${r.label}” already exists. Choose another label.`;
		return null;
	}

	function onCreate(): void {
		const error = labelError(newLabel.value);
		if (error) {
			newError.textContent = `Error: ${error}`;
			newError.hidden = false;
			newLabel.setAttribute('aria-invalid', 'true');
			newLabel.setAttribute('aria-describedby', 'checklist-new-error checklist-new-hint');
			newLabel.focus();
			return;
		}
		const r = normaliseLabel(newLabel.value);
		if (!r.ok) return;
		clearNewError();
		flushNote();
		if (!createCase(r.label)) return;
		newLabel.value = '';
		loadNotices.length = 0;
		render();
		announce(`Case “${r.label}” created and shown. You can now tick items and write notes.`);
	}

	function clearNewError(): void {
		newError.hidden = true;
		newError.textContent = '';
		newLabel.removeAttribute('aria-invalid');
		newLabel.setAttribute('aria-describedby', 'checklist-new-hint');
	}

	async function onRename(): Promise<void> {
		const c = current();
		if (!c?.ok) return;
		flushNote();
		const { choice, text } = await ask({
			title: `Rename the case “${c.label}”`,
			message: 'The ticks and notes stay with the case.',
			buttons: [{ value: 'rename', label: 'Rename' }],
			input: { label: 'New label', value: c.label, validate: (t) => labelError(t, c.id) },
		});
		if (choice !== 'rename') return;
		const r = normaliseLabel(text);
		if (!r.ok || r.label === c.label) return;
		if (!updateCurrent(withLabel(c.data, r.label))) return;
		trySave(() => saveIndex(db, state));
		render();
		announce(`The case “${c.label}” is now called “${r.label}”.`);
	}

	async function onDelete(): Promise<void> {
		const c = current();
		if (!c) return;
		flushNote();
		const { choice } = await ask({
			title: `Delete the case “${c.label}”?`,
			message:
				'This removes its ticks and notes from this browser, and cannot be undone. To keep a copy, cancel and download it first.',
			buttons: [{ value: 'delete', label: `Delete “${c.label}”`, danger: true }],
		});
		if (choice !== 'delete') return;
		if (!trySave(() => removeCase(db, c.id))) return;
		const rest = state.cases.filter((e) => e.id !== c.id);
		state = { ...state, cases: rest, current: rest[0]?.id ?? null };
		trySave(() => saveIndex(db, state));
		loadNotices.length = 0;
		render();
		(rest.length ? select : newLabel).focus();
		announce(`The case “${c.label}” was deleted. ${describeCurrent()}`);
	}

	async function resetCase(id: string): Promise<void> {
		const c = state.cases.find((e) => e.id === id);
		if (!c || c.ok) return;
		const { choice } = await ask({
			title: `Reset the case “${c.label}”?`,
			message:
				'Its saved data cannot be read. Resetting clears it and starts the case again with no ticks or notes, under the same label. Your other cases are not changed.',
			buttons: [{ value: 'reset', label: `Reset “${c.label}”`, danger: true }],
		});
		if (choice !== 'reset') return;
		const label = uniqueLabel(
			c.label,
			state.cases.filter((e) => e.id !== id),
		);
		const fresh = emptyCase(label);
		if (!trySave(() => saveCase(db, id, fresh))) return;
		state = {
			...state,
			cases: state.cases.map((e) =>
				e.id === id ? { id, label, ok: true, data: fresh, migratedFrom: null, unknownItems: [] } : e,
			),
			current: id,
		};
		trySave(() => saveIndex(db, state));
		render();
		select.focus();
		announce(`The case “${label}” was reset and is shown. It has no ticks or notes.`);
	}

	async function onRemoveUnknown(): Promise<void> {
		const c = current();
		if (!c?.ok || !c.unknownItems.length) return;
		const { choice } = await ask({
			title: 'Remove items no longer in the checklist?',
			message: `This removes the ticks and notes for ${c.unknownItems.length === 1 ? 'this item' : `these ${c.unknownItems.length} items`} from “${c.label}”, and cannot be undone. To keep a copy, cancel and download the case first.`,
			buttons: [{ value: 'remove', label: 'Remove them', danger: true }],
		});
		if (choice !== 'remove') return;
		if (!updateCurrent(withoutItems(c.data, c.unknownItems))) return;
		reload();
		render();
		select.focus();
		announce('The items no longer in the checklist were removed from this case.');
	}

	function onSwitch(): void {
		flushNote();
		setCurrent(select.value);
		loadNotices.length = 0;
		render();
		announce(describeCurrent());
	}

	function onDownload(kind: 'md' | 'json'): void {
		flushNote();
		const c = current();
		if (!c?.ok) return;
		if (kind === 'md')
			download(exportFileName(c.label, 'md'), toMarkdown(c.data, checklist), 'text/markdown;charset=utf-8');
		else download(exportFileName(c.label, 'json'), toExportJson(c.data, checklist), 'application/json;charset=utf-8');
		announce(`Downloading the case “${c.label}” as ${kind === 'md' ? 'Markdown' : 'JSON'}.`);
	}

	function showImportErrors(fileName: string, errors: string[]): void {
		const box = el('div');
		const heading = el('p');
		heading.append(el('strong', `Error: the file “${fileName}” could not be imported.`));
		const list = el('ul');
		for (const e of errors) list.append(el('li', e));
		box.append(heading, list, el('p', 'Nothing was changed.'));
		importErrors.replaceChildren(box);
	}

	async function onImport(): Promise<void> {
		const file = importInput.files?.[0];
		importErrors.replaceChildren();
		if (!file) return;
		const name = file.name;
		try {
			if (file.size > MAX_IMPORT_LENGTH * 4) {
				showImportErrors(name, [
					'The file is too big to be a checklist export. Choose the JSON file you downloaded from this page.',
				]);
				return;
			}
			let text: string;
			try {
				text = await file.text();
			} catch {
				showImportErrors(name, ['The file could not be read.']);
				return;
			}
			const result = parseImport(text, checklist);
			if (!result.ok) {
				showImportErrors(name, result.errors);
				return;
			}
			flushNote();
			const imported = result.data;
			const existing = findCaseByLabel(state.cases, imported.label);
			let label = imported.label;
			if (existing) {
				const asNew = uniqueLabel(imported.label, state.cases);
				const { choice } = await ask({
					title: `A case called “${existing.label}” already exists`,
					message: `You can import the file as a new case called “${asNew}”, or replace the ticks and notes of the case “${existing.label}” in this browser with the ones in the file. Replacing cannot be undone.`,
					buttons: [
						{ value: 'new', label: `Import as “${asNew}”` },
						{ value: 'replace', label: `Replace “${existing.label}”`, danger: true },
					],
				});
				if (choice === null) {
					announce('Import cancelled. Nothing was changed.');
					return;
				}
				if (choice === 'replace') {
					const replaced = withLabel(imported, existing.label);
					if (!trySave(() => saveCase(db, existing.id, replaced))) return;
					setCurrent(existing.id);
					reload();
					loadNotices.length = 0;
					render();
					announce(`The case “${existing.label}” was replaced with the imported file. ${describeCurrent()}`);
					return;
				}
				label = asNew;
			}
			if (!createCase(label, imported)) return;
			loadNotices.length = 0;
			if (result.migratedFrom !== null)
				loadNotices.push(
					`The file was made by an older version of this checklist. It was updated as it was imported; all its ticks and notes are kept.`,
				);
			render();
			announce(`Imported “${name}” as the case “${label}”. ${describeCurrent()}`);
		} finally {
			importInput.value = '';
		}
	}

	// ---------- Ticks and notes ----------

	let pendingNote: { id: string; timer: number } | null = null;

	function saveNote(id: string): void {
		const item = items.find((i) => i.id === id);
		const data = currentData();
		if (!item || !data) return;
		if ((itemState(data, id)?.note ?? '') === item.note.value) return;
		updateCurrent(withNote(data, id, item.note.value));
		item.noteWrap.classList.toggle('checklist__note--empty', !item.note.value.trim());
		renderUnknown();
	}

	function flushNote(): void {
		if (!pendingNote) return;
		window.clearTimeout(pendingNote.timer);
		const { id } = pendingNote;
		pendingNote = null;
		saveNote(id);
	}

	for (const item of items) {
		item.box.addEventListener('change', () => {
			const data = currentData();
			if (!data) return;
			if (!updateCurrent(withTick(data, item.id, item.box.checked))) {
				item.box.checked = !item.box.checked;
				return;
			}
			renderProgress();
			const p = progress(checklist, currentData());
			const g = p.groups.find((x) => x.id === item.group)!;
			announce(`${progressText(g.ticked, g.total)} in “${g.title}”. ${progressText(p.ticked, p.total)} in all.`);
		});
		item.note.addEventListener('input', () => {
			if (pendingNote && pendingNote.id !== item.id) flushNote();
			if (pendingNote) window.clearTimeout(pendingNote.timer);
			pendingNote = { id: item.id, timer: window.setTimeout(flushNote, 400) };
		});
		item.note.addEventListener('change', flushNote);
		item.note.addEventListener('blur', flushNote);
	}
	window.addEventListener('pagehide', flushNote);

	// ---------- Wiring ----------

	select.addEventListener('change', onSwitch);
	q<HTMLButtonElement>(root, '[data-action="create"]').addEventListener('click', onCreate);
	newLabel.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			event.preventDefault();
			onCreate();
		}
	});
	newLabel.addEventListener('input', () => {
		if (!newError.hidden) clearNewError();
	});
	renameButton.addEventListener('click', () => void onRename());
	q<HTMLButtonElement>(root, '[data-action="delete"]').addEventListener('click', () => void onDelete());
	q<HTMLButtonElement>(root, '[data-action="remove-unknown"]').addEventListener('click', () => void onRemoveUnknown());
	q<HTMLButtonElement>(root, '[data-action="print"]').addEventListener('click', () => {
		flushNote();
		window.print();
	});
	q<HTMLButtonElement>(root, '[data-action="download-md"]').addEventListener('click', () => onDownload('md'));
	q<HTMLButtonElement>(root, '[data-action="download-json"]').addEventListener('click', () => onDownload('json'));
	importInput.addEventListener('change', () => void onImport());

	// Another tab changed the saved cases: show the new state (unless a note is being typed here).
	window.addEventListener('storage', (event) => {
		if (event.storageArea !== window.localStorage || (event.key && !event.key.startsWith('fjg:sgo-checklist:'))) return;
		if (pendingNote || dialog.open) return;
		const shown = state.current;
		reload();
		if (shown && state.cases.some((c) => c.id === shown)) state = { ...state, current: shown };
		render();
	});

	render();
}
