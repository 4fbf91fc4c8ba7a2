/**
 * What the assessment checklist (assessment-checklist.ts) tells the practitioner about keeping
 * their cases (src/lib/checklist-storage.ts chooses; this file shows):
 * - the line by the cases: whether the browser has agreed to keep them
 *   (navigator.storage.persisted() on load, persist() when a case is created),
 *   or that nothing will be kept when the browser gives no storage at all;
 * - the save error: an alert, kept in view while the practitioner scrolls the
 *   list, as soon as a save fails, cleared when everything is saved again.
 * Its strings are the element's (data-strings).
 */
import { button, el, required } from '~/client/dom.ts';
import { localStore } from '~/client/storage.ts';
import type { Strings } from '~/client/strings.ts';
import {
	keepMessage,
	openStore,
	shouldAskToKeep,
	type KeepStringKey,
	type SafeStore,
	type SaveResult,
} from '~/lib/checklist-storage.ts';

const COMPONENT = 'fjg-assessment-checklist';

/** `download.run` downloads the case shown as JSON; `download.available` says whether there is one to download. */
export interface KeepingDownload {
	run: () => void;
	available: () => boolean;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

/** navigator.storage is only there on secure (https or localhost) pages, and not in every browser. */
function storageManager(): StorageManagerLike | null {
	return 'storage' in navigator &&
		typeof navigator.storage?.persist === 'function' &&
		typeof navigator.storage.persisted === 'function'
		? navigator.storage
		: null;
}

export class Keeping {
	/** The store the checklist reads and writes: localStorage, or memory only for this visit. */
	readonly store: SafeStore;
	readonly #text: Strings<KeepStringKey>;
	readonly #line: HTMLElement;
	readonly #where: HTMLElement;
	readonly #alert: HTMLElement;
	readonly #download: KeepingDownload;
	readonly #manager = storageManager();
	#persisted: boolean | null = null;
	#asked = false;
	#hasCases = false;

	constructor(root: HTMLElement, text: Strings<KeepStringKey>, download: KeepingDownload) {
		this.#text = text;
		this.#download = download;
		this.#line = required(root, '[data-keep-status]', COMPONENT);
		this.#where = required(root, '[data-keep-where]', COMPONENT);
		this.#alert = required(root, '[data-save-error]', COMPONENT);
		this.store = openStore(localStore, (status) => this.#showSaveError(status));
		// The error's height, for the scroll padding that keeps a focused item out from under it (see the component's CSS).
		new ResizeObserver(() =>
			document.documentElement.style.setProperty('--checklist-save-error-height', `${this.#alert.offsetHeight}px`),
		).observe(this.#alert);
		if (this.#manager && !this.store.memoryOnly)
			this.#manager.persisted().then(this.#answered, () => this.#answered(false));
	}

	/** Updates the line by the cases (call on every render). */
	show(hasCases: boolean): void {
		this.#hasCases = hasCases;
		const message = keepMessage({
			memoryOnly: this.store.memoryOnly,
			hasCases,
			supported: Boolean(this.#manager),
			persisted: this.#persisted,
		});
		this.#line.textContent = message ? this.#text[`checklist.keep.${message}`] : '';
		this.#line.hidden = !message;
		this.#line.classList.toggle('checklist__notice', message !== null && message !== 'granted');
		// "Kept only in this browser" is not true when nothing is kept.
		this.#where.hidden = this.store.memoryOnly;
	}

	/** The practitioner created a case: asks the browser to keep the cases, if it should (see shouldAskToKeep). */
	caseCreated(): void {
		const { memoryOnly } = this.store;
		const ask = { memoryOnly, supported: true, persisted: this.#persisted, askedThisVisit: this.#asked };
		if (!this.#manager || !shouldAskToKeep(ask)) return;
		this.#asked = true;
		// Called straight from the click, so that a browser that asks the user (Firefox) may show its question.
		this.#manager.persist().then(this.#answered, () => this.#answered(false));
	}

	#answered = (value: boolean): void => {
		this.#persisted = value;
		this.show(this.#hasCases);
	};

	#showSaveError(status: SaveResult): void {
		if (status.ok) {
			this.#alert.replaceChildren();
			return;
		}
		const text = this.#text;
		const message = ` ${text[`checklist.saveError.${status.reason}`]} ${text['checklist.saveError.action']}`;
		const box = el(
			'div',
			{ class: 'checklist__problem checklist__save-problem' },
			el('p', {}, el('strong', {}, text['checklist.saveError.title']), message),
		);
		if (this.#download.available())
			box.append(button(text['checklist.saveError.download'], this.#download.run, { class: 'checklist__button' }));
		this.#alert.replaceChildren(box);
	}
}
