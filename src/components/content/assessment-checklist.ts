/**
 * <fjg-assessment-checklist>: the assessment checklist in the browser (AssessmentChecklist.astro's
 * markup, bundled by Astro: no inline script). Saved cases (create, switch, rename, delete, reset),
 * ticks and notes kept in localStorage, progress, print, download as Markdown or JSON, and import.
 * Everything stays in this browser: nothing is sent anywhere.
 *
 * Where things are decided:
 *  - every state change: src/lib/checklist-state.ts (pure, unit tested); this class writes what a
 *    change says to write, renders the new state and announces what it says to announce;
 *  - the saved data's format, reading, migration and export: src/lib/checklist-store.ts;
 *  - keeping the cases (persistent storage, a save that fails): checklist-keeping.ts;
 *  - the questions it asks: checklist-dialog.ts;
 *  - every string: the i18n collection, in data-strings (the keys: src/lib/checklist-strings.ts).
 *
 * Text from the user or from saved data is only ever set as text (textContent, value): never as HTML.
 */
import { announce } from '~/client/announce.ts';
import { button, el, required } from '~/client/dom.ts';
import { download } from '~/client/download.ts';
import { defineElement, FjgElement } from '~/client/element.ts';
import { localStore } from '~/client/storage.ts';
import { format } from '~/client/strings.ts';
import {
	exportFileName,
	itemState,
	KEY_PREFIX,
	loadState,
	MAX_IMPORT_LENGTH,
	progress,
	removeCase,
	saveCase,
	saveIndex,
	saveMigratedCases,
	toExportJson,
	toMarkdown,
	type CaseEntry,
	type ChecklistDefinition,
	type ChecklistOutline,
} from '~/lib/checklist-store.ts';
import {
	createCase,
	currentCase,
	currentReadable,
	deleteCase,
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
	type ImportPlan,
	type Message,
} from '~/lib/checklist-state.ts';
import type { ChecklistKey } from '~/lib/checklist-strings.ts';
import { ChecklistDialog } from './checklist-dialog.ts';
import { Keeping } from './checklist-keeping.ts';

const NAME = 'fjg-assessment-checklist';
/** A note is saved this long after the last key typed (and at once when the field is left). */
const NOTE_DELAY_MS = 400;

/** The checklist shown: its version, title and ids from data-checklist-json, its titles and item text from the markup. */
function readChecklist(root: HTMLElement): ChecklistDefinition {
	const outline = JSON.parse(root.dataset.checklistJson ?? '{}') as ChecklistOutline;
	const text = (selector: string) => required(root, selector, NAME).textContent ?? '';
	return {
		...outline,
		groups: outline.groups.map((g) => ({
			id: g.id,
			title: text(`#group-${g.id}`),
			items: g.items.map((i) => ({ id: i.id, text: text(`label[for="item-${i.id}"]`) })),
		})),
	};
}

/** The parts of the markup the element changes. */
function findParts(root: HTMLElement) {
	const find = <T extends HTMLElement = HTMLElement>(selector: string) => required<T>(root, selector, NAME);
	return {
		tools: find('[data-checklist-tools]'),
		problems: find('[data-problems]'),
		notices: find('[data-notices]'),
		status: find('[data-status]'),
		picker: find('[data-case-picker]'),
		select: find<HTMLSelectElement>('[data-case-select]'),
		noCases: find('[data-no-cases]'),
		overall: find('[data-progress-overall]'),
		newLabel: find<HTMLInputElement>('[data-new-label]'),
		newError: find('[data-new-error]'),
		importInput: find<HTMLInputElement>('[data-import]'),
		importErrors: find('[data-import-errors]'),
		printHeading: find('[data-print-heading]'),
		unknown: find('[data-unknown]'),
		unknownIntro: find('[data-unknown-intro]'),
		unknownList: find('[data-unknown-list]'),
		renameButton: find<HTMLButtonElement>('[data-action="rename"]'),
		needsCaseHint: find('[data-needs-case-hint]'),
	};
}

interface ItemParts {
	id: string;
	box: HTMLInputElement;
	noteWrap: HTMLElement;
	note: HTMLTextAreaElement;
}

function findItems(root: HTMLElement): ItemParts[] {
	return [...root.querySelectorAll<HTMLElement>('[data-item]')].map((li) => ({
		id: li.dataset.item!,
		box: required<HTMLInputElement>(li, 'input[type="checkbox"]', NAME),
		noteWrap: required(li, '[data-note]', NAME),
		note: required<HTMLTextAreaElement>(li, 'textarea', NAME),
	}));
}

type Unreadable = Extract<CaseEntry, { ok: false }>;

class AssessmentChecklist extends FjgElement<ChecklistKey> {
	#root!: HTMLElement;
	#checklist!: ChecklistDefinition;
	#ui!: ReturnType<typeof findParts>;
	#items: ItemParts[] = [];
	#keeping!: Keeping;
	#dialog!: ChecklistDialog;
	#state!: ChecklistState;
	/** The unreadable cases whose problems are shown: each alert is announced when it appears, and should be once. */
	#shownProblems = '';
	#pendingNote: { id: string; timer: number } | null = null;

	protected start(): void {
		this.#root = required(this, '[data-checklist]', NAME);
		this.#checklist = readChecklist(this.#root);
		this.#ui = findParts(this.#root);
		this.#items = findItems(this.#root);
		this.#dialog = new ChecklistDialog(this.#root);
		// localStorage, or memory only for this visit; a save the browser refuses is shown as an error and kept on screen.
		this.#keeping = new Keeping(this.#root, this.strings, {
			run: () => this.#download('json'),
			available: () => Boolean(currentReadable(this.#state)),
		});
		this.#ui.tools.hidden = false;
		this.#load();
		this.#listen();
		this.#listenToItems();
		this.#render();
	}

	get #db() {
		return this.#keeping.store;
	}

	#load(): void {
		const loaded = loadState(this.#db, this.#checklist);
		const start = startState(loaded, saveMigratedCases(this.#db, loaded));
		this.#state = start.state;
		if (start.saveIndex) saveIndex(this.#db, start.state);
	}

	// ---------- Words ----------

	/** A message from src/lib/checklist-state.ts, in words (the values that are messages first). */
	#text(message: Message): string {
		const values = Object.entries(message.values ?? {}).map(([name, v]) => [
			name,
			typeof v === 'object' ? this.#text(v) : v,
		]);
		return format(this.strings[message.key], Object.fromEntries(values) as Record<string, string | number>);
	}

	#t(key: ChecklistKey, values?: Message['values']): string {
		return this.#text({ key, values });
	}

	#say(message: Message | null): void {
		if (message) announce(this.#ui.status, this.#text(message));
	}

	// ---------- Changing the state ----------

	/**
	 * Takes in the change's state, writing what changed (storageWrites). The store never throws on
	 * a save the browser refuses: it keeps the value in memory, and checklist-keeping.ts shows the error.
	 */
	#commit(change: Change): void {
		const { save, remove, index } = storageWrites(this.#state, change.state);
		for (const { id, data } of save) saveCase(this.#db, id, data);
		for (const id of remove) removeCase(this.#db, id);
		if (index) saveIndex(this.#db, change.state);
		// Straight from the practitioner's action, so that a browser that asks them may show its question.
		if (change.created) this.#keeping.caseCreated();
		this.#state = change.state;
	}

	/** Takes in a change, shows it and announces it. */
	#apply(change: Change): void {
		this.#commit(change);
		this.#render();
		this.#say(change.announce);
	}

	// ---------- Rendering ----------

	#render(): void {
		this.#renderProblems();
		this.#renderNotices();
		this.#renderPicker();
		this.#renderItems();
		this.#renderProgress();
		this.#renderUnknown();
		this.#keeping.show(this.#state.cases.length > 0);
	}

	#problemBox(title: string, message: string, errors: string[], actions: HTMLElement[]): HTMLElement {
		const box = el(
			'div',
			{ class: 'checklist__problem', role: 'alert' },
			el('p', {}, el('strong', {}, this.#t('checklist.problem.title', { title }))),
			el('p', {}, message),
		);
		if (errors.length) box.append(el('ul', {}, ...errors.map((e) => el('li', {}, e))));
		if (actions.length) box.append(el('div', { class: 'checklist__buttons' }, ...actions));
		return box;
	}

	#unreadableProblem(c: Unreadable): HTMLElement {
		const label = { label: c.label };
		const damagedFile = exportFileName(c.label, 'json').replace(/\.json$/, '-damaged.txt');
		return this.#problemBox(
			this.#t('checklist.problem.unreadableTitle', label),
			this.#t('checklist.problem.unreadableMessage'),
			c.errors,
			[
				button(this.#t('checklist.problem.downloadDamaged', label), () => download(damagedFile, c.raw ?? '', 'text/plain'), {
					class: 'checklist__button',
				}),
				button(this.#t('checklist.problem.reset', label), () => void this.#onReset(c.id), {
					class: 'checklist__button',
				}),
			],
		);
	}

	#renderProblems(): void {
		// Only when the problems change: each alert is announced when it appears, and should be once.
		const broken = this.#state.cases.filter((c): c is Unreadable => !c.ok);
		const key = JSON.stringify(broken.map((c) => [c.id, c.label]));
		if (key === this.#shownProblems) return;
		this.#shownProblems = key;
		this.#ui.problems.replaceChildren(...broken.map((c) => this.#unreadableProblem(c)));
	}

	#renderNotices(): void {
		const list = [...this.#state.notices];
		const c = currentCase(this.#state);
		if (c && !c.ok) list.push({ key: 'checklist.notice.unreadable', values: { label: c.label } });
		this.#ui.notices.replaceChildren(...list.map((m) => el('p', { class: 'checklist__notice' }, this.#text(m))));
	}

	#renderPicker(): void {
		const { cases, current } = this.#state;
		const ui = this.#ui;
		ui.select.replaceChildren(
			...cases.map((c) => {
				const option = el('option', {}, c.ok ? c.label : this.#t('checklist.picker.unreadable', { label: c.label }));
				option.value = c.id;
				option.selected = c.id === current;
				return option;
			}),
		);
		ui.picker.hidden = cases.length === 0;
		ui.noCases.hidden = cases.length > 0;
		const readable = Boolean(currentReadable(this.#state));
		ui.renameButton.disabled = !readable;
		for (const b of this.#root.querySelectorAll<HTMLButtonElement>('[data-needs-case]')) b.disabled = !readable;
		ui.needsCaseHint.hidden = readable;
	}

	#renderItems(): void {
		const data = currentReadable(this.#state)?.data ?? null;
		for (const item of this.#items) {
			const s = itemState(data, item.id);
			item.box.disabled = !data;
			item.box.checked = Boolean(s?.ticked);
			item.noteWrap.hidden = !data;
			if (document.activeElement !== item.note) item.note.value = s?.note ?? '';
			item.note.disabled = !data;
			this.#markEmptyNote(item);
		}
	}

	/** An empty note is left out of the printout. */
	#markEmptyNote(item: ItemParts): void {
		item.noteWrap.classList.toggle('checklist__note--empty', !item.note.value.trim());
	}

	#renderProgress(): void {
		const c = currentReadable(this.#state);
		const p = progress(this.#checklist, c?.data ?? null);
		for (const g of p.groups) {
			const out = this.#root.querySelector<HTMLElement>(`[data-group="${g.id}"] [data-group-progress]`);
			if (!out) continue;
			out.hidden = !c;
			out.textContent = this.#t('checklist.progress.group', { progress: progressMessage(g.ticked, g.total) });
		}
		const all = progressMessage(p.ticked, p.total);
		this.#ui.overall.textContent = c ? this.#text(all) : '';
		this.#ui.overall.hidden = !c;
		const date = new Date().toLocaleDateString('en-GB', { dateStyle: 'long' });
		this.#ui.printHeading.textContent = c ? this.#t('checklist.printHeading', { label: c.label, progress: all, date }) : '';
	}

	#renderUnknown(): void {
		const c = currentReadable(this.#state);
		const unknown = c ? c.unknownItems.filter((id) => itemState(c.data, id)) : [];
		this.#ui.unknown.hidden = unknown.length === 0;
		if (!c || unknown.length === 0) return;
		this.#ui.unknownIntro.textContent =
			unknown.length === 1
				? this.#t('checklist.unknown.introOne', { label: c.label })
				: this.#t('checklist.unknown.introMany', { label: c.label, count: unknown.length });
		this.#ui.unknownList.replaceChildren(
			...unknown.map((id) => {
				const s = itemState(c.data, id)!;
				const item = this.#t(s.ticked ? 'checklist.unknown.ticked' : 'checklist.unknown.notTicked', { id });
				return el('li', {}, s.note ? this.#t('checklist.unknown.withNote', { item, note: s.note }) : item);
			}),
		);
	}

	// ---------- Actions ----------

	#onCreate(): void {
		const ui = this.#ui;
		this.#flushNote();
		const change = createCase(this.#state, ui.newLabel.value, this.#checklist);
		if ('error' in change) {
			ui.newError.textContent = this.#t('checklist.error', { error: change.error });
			ui.newError.hidden = false;
			ui.newLabel.setAttribute('aria-invalid', 'true');
			ui.newLabel.setAttribute('aria-describedby', 'checklist-new-error checklist-new-hint');
			ui.newLabel.focus();
			return;
		}
		this.#clearNewError();
		ui.newLabel.value = '';
		this.#apply(change);
	}

	#clearNewError(): void {
		const ui = this.#ui;
		ui.newError.hidden = true;
		ui.newError.textContent = '';
		ui.newLabel.removeAttribute('aria-invalid');
		ui.newLabel.setAttribute('aria-describedby', 'checklist-new-hint');
	}

	/** A question in the dialog, with Cancel. */
	#ask(question: Omit<Parameters<ChecklistDialog['ask']>[0], 'cancel'>) {
		return this.#dialog.ask({ ...question, cancel: this.#t('checklist.dialog.cancel') });
	}

	async #onRename(): Promise<void> {
		const c = currentReadable(this.#state);
		if (!c) return;
		this.#flushNote();
		const { choice, text } = await this.#ask({
			title: this.#t('checklist.rename.title', { label: c.label }),
			message: this.#t('checklist.rename.message'),
			buttons: [{ value: 'rename', label: this.#t('checklist.rename.button') }],
			input: {
				label: this.#t('checklist.rename.field'),
				value: c.label,
				validate: (t) => {
					const error = labelError(this.#state, t, c.id);
					return error ? this.#t('checklist.error', { error }) : null;
				},
			},
		});
		if (choice !== 'rename') return;
		const change = renameCase(this.#state, text);
		if (change && !('error' in change)) this.#apply(change);
	}

	async #onDelete(): Promise<void> {
		const c = currentCase(this.#state);
		if (!c) return;
		this.#flushNote();
		const label = { label: c.label };
		const { choice } = await this.#ask({
			title: this.#t('checklist.delete.title', label),
			message: this.#t('checklist.delete.message'),
			buttons: [{ value: 'delete', label: this.#t('checklist.delete.button', label), danger: true }],
		});
		if (choice !== 'delete') return;
		const change = deleteCase(this.#state, this.#checklist);
		if (!change) return;
		this.#apply(change);
		(change.state.cases.length ? this.#ui.select : this.#ui.newLabel).focus();
	}

	async #onReset(id: string): Promise<void> {
		const c = this.#state.cases.find((e) => e.id === id);
		if (!c || c.ok) return;
		const label = { label: c.label };
		const { choice } = await this.#ask({
			title: this.#t('checklist.reset.title', label),
			message: this.#t('checklist.reset.message'),
			buttons: [{ value: 'reset', label: this.#t('checklist.reset.button', label), danger: true }],
		});
		if (choice !== 'reset') return;
		const change = resetCase(this.#state, id);
		if (!change) return;
		this.#apply(change);
		this.#ui.select.focus();
	}

	async #onRemoveUnknown(): Promise<void> {
		const c = currentReadable(this.#state);
		if (!c?.unknownItems.length) return;
		const count = c.unknownItems.length;
		const { choice } = await this.#ask({
			title: this.#t('checklist.removeUnknown.title'),
			message:
				count === 1
					? this.#t('checklist.removeUnknown.messageOne', { label: c.label })
					: this.#t('checklist.removeUnknown.messageMany', { label: c.label, count }),
			buttons: [{ value: 'remove', label: this.#t('checklist.removeUnknown.button'), danger: true }],
		});
		if (choice !== 'remove') return;
		const change = removeUnknownItems(this.#state);
		if (!change) return;
		this.#apply(change);
		this.#ui.select.focus();
	}

	#onSwitch(): void {
		this.#flushNote();
		this.#apply(switchCase(this.#state, this.#ui.select.value, this.#checklist));
	}

	#download(kind: 'md' | 'json'): void {
		this.#flushNote();
		const c = currentReadable(this.#state);
		if (!c) return;
		if (kind === 'md')
			download(exportFileName(c.label, 'md'), toMarkdown(c.data, this.#checklist), 'text/markdown;charset=utf-8');
		else
			download(
				exportFileName(c.label, 'json'),
				toExportJson(c.data, this.#checklist),
				'application/json;charset=utf-8',
			);
		this.#say({ key: kind === 'md' ? 'checklist.download.markdown' : 'checklist.download.json', values: { label: c.label } });
	}

	// ---------- Import ----------

	#showImportErrors(file: string, errors: string[]): void {
		const box = el(
			'div',
			{},
			el('p', {}, el('strong', {}, this.#t('checklist.import.failed', { file }))),
			el('ul', {}, ...errors.map((e) => el('li', {}, e))),
			el('p', {}, this.#t('checklist.import.nothingChanged')),
		);
		this.#ui.importErrors.replaceChildren(box);
	}

	/** The file's text, or null (its error shown) when it is too big or cannot be read. */
	async #readFile(file: File): Promise<string | null> {
		if (file.size > MAX_IMPORT_LENGTH * 4) {
			this.#showImportErrors(file.name, [this.#t('checklist.import.tooBig')]);
			return null;
		}
		try {
			return await file.text();
		} catch {
			this.#showImportErrors(file.name, [this.#t('checklist.import.unreadable')]);
			return null;
		}
	}

	async #onImport(): Promise<void> {
		const input = this.#ui.importInput;
		const file = input.files?.[0];
		this.#ui.importErrors.replaceChildren();
		if (!file) return;
		try {
			const text = await this.#readFile(file);
			if (text === null) return;
			const plan = readImport(this.#state, text, this.#checklist);
			if (!plan.ok) return this.#showImportErrors(file.name, plan.errors);
			this.#flushNote();
			const choice = await this.#importChoice(plan);
			if (choice === null) return this.#say({ key: 'checklist.import.cancelled' });
			this.#apply(importCase(this.#state, plan, choice, file.name, this.#checklist));
		} finally {
			input.value = '';
		}
	}

	/** A case has the file's label: asks whether to import it as a new case or to replace that case (null: cancelled). */
	async #importChoice(plan: Extract<ImportPlan, { ok: true }>): Promise<'new' | 'replace' | null> {
		const { conflict } = plan;
		if (!conflict) return 'new';
		const values = { label: conflict.label, asNew: conflict.asNew };
		const { choice } = await this.#ask({
			title: this.#t('checklist.import.existsTitle', values),
			message: this.#t('checklist.import.existsMessage', values),
			buttons: [
				{ value: 'new', label: this.#t('checklist.import.asNew', values) },
				{ value: 'replace', label: this.#t('checklist.import.replace', values), danger: true },
			],
		});
		return choice === 'new' || choice === 'replace' ? choice : null;
	}

	// ---------- Ticks and notes ----------

	#onTick(item: ItemParts): void {
		const change = tickItem(this.#state, item.id, item.box.checked, this.#checklist);
		if (!change) return;
		this.#commit(change);
		this.#renderProgress();
		this.#say(change.announce);
	}

	#saveNote(id: string): void {
		const item = this.#items.find((i) => i.id === id);
		const change = item && writeNote(this.#state, id, item.note.value);
		if (!item || !change) return;
		this.#commit(change);
		this.#markEmptyNote(item);
		this.#renderUnknown();
	}

	#onNoteInput(item: ItemParts): void {
		if (this.#pendingNote && this.#pendingNote.id !== item.id) this.#flushNote();
		if (this.#pendingNote) window.clearTimeout(this.#pendingNote.timer);
		this.#pendingNote = { id: item.id, timer: window.setTimeout(this.#flushNote, NOTE_DELAY_MS) };
	}

	/** Saves the note being typed now (before any other action, and when the page is left). */
	#flushNote = (): void => {
		if (!this.#pendingNote) return;
		window.clearTimeout(this.#pendingNote.timer);
		const { id } = this.#pendingNote;
		this.#pendingNote = null;
		this.#saveNote(id);
	};

	// ---------- Wiring ----------

	#listenToItems(): void {
		for (const item of this.#items) {
			item.box.addEventListener('change', () => this.#onTick(item));
			item.note.addEventListener('input', () => this.#onNoteInput(item));
			item.note.addEventListener('change', this.#flushNote);
			item.note.addEventListener('blur', this.#flushNote);
		}
		window.addEventListener('pagehide', this.#flushNote);
	}

	#onAction(action: string, run: () => void): void {
		required(this.#root, `[data-action="${action}"]`, NAME).addEventListener('click', run);
	}

	#listen(): void {
		const ui = this.#ui;
		ui.select.addEventListener('change', () => this.#onSwitch());
		this.#onAction('create', () => this.#onCreate());
		ui.newLabel.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter') return;
			event.preventDefault();
			this.#onCreate();
		});
		ui.newLabel.addEventListener('input', () => {
			if (!ui.newError.hidden) this.#clearNewError();
		});
		this.#onAction('rename', () => void this.#onRename());
		this.#onAction('delete', () => void this.#onDelete());
		this.#onAction('remove-unknown', () => void this.#onRemoveUnknown());
		this.#onAction('print', () => {
			this.#flushNote();
			window.print();
		});
		this.#onAction('download-md', () => this.#download('md'));
		this.#onAction('download-json', () => this.#download('json'));
		ui.importInput.addEventListener('change', () => void this.#onImport());
		window.addEventListener('storage', this.#onStorage);
	}

	/** Another tab changed the saved cases: show the new state (unless a note is being typed here). */
	#onStorage = (event: StorageEvent): void => {
		if (event.storageArea !== localStore() || (event.key && !event.key.startsWith(KEY_PREFIX))) return;
		if (this.#pendingNote || this.#dialog.open) return;
		this.#state = reloaded(this.#state, loadState(this.#db, this.#checklist));
		this.#render();
	};
}

defineElement(NAME, AssessmentChecklist);
