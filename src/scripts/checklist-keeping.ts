/**
 * What the assessment checklist tells the practitioner about keeping their
 * cases (src/lib/checklist-storage.ts chooses; this file shows):
 * - the line by the cases: whether the browser has agreed to keep them
 *   (navigator.storage.persisted() on load, persist() when a case is created),
 *   or that nothing will be kept when the browser gives no storage at all;
 * - the save error: an alert, kept in view while the practitioner scrolls the
 *   list, as soon as a save fails, cleared when everything is saved again.
 * Its strings come from the component (data-keep-text).
 */
import {
	keepMessage,
	openStore,
	shouldAskToKeep,
	type KeepStrings,
	type SafeStore,
	type SaveResult,
} from '~/lib/checklist-storage.ts';

export interface Keeping {
	/** The store the checklist reads and writes. */
	store: SafeStore;
	/** Updates the line by the cases (call on every render). */
	show(hasCases: boolean): void;
	/** The practitioner created a case: asks the browser to keep the cases, if it should (see shouldAskToKeep). */
	caseCreated(): void;
}

function q<T extends Element>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`The checklist is missing ${selector}`);
	return found;
}

/** `download.run` downloads the case shown as JSON; `download.available` says whether there is one to download. */
export function setUpKeeping(root: HTMLElement, download: { run: () => void; available: () => boolean }): Keeping {
	// Every string is there: tests/dist/sgo-toolkit.test.ts checks the built page.
	const text = JSON.parse(root.dataset.keepText ?? '{}') as KeepStrings;
	const line = q<HTMLElement>(root, '[data-keep-status]');
	const where = q<HTMLElement>(root, '[data-keep-where]');
	const alert = q<HTMLElement>(root, '[data-save-error]');
	// navigator.storage is only there on secure (https or localhost) pages, and not in every browser.
	const manager =
		'storage' in navigator &&
		typeof navigator.storage?.persist === 'function' &&
		typeof navigator.storage.persisted === 'function'
			? navigator.storage
			: null;
	let persisted: boolean | null = null;
	let asked = false;
	let hasCases = false;

	function showSaveError(status: SaveResult): void {
		if (status.ok) {
			alert.replaceChildren();
			return;
		}
		const box = document.createElement('div');
		box.className = 'checklist__problem checklist__save-problem';
		const p = document.createElement('p');
		const strong = document.createElement('strong');
		strong.textContent = text['checklist.saveError.title'];
		p.append(strong, ` ${text[`checklist.saveError.${status.reason}`]} ${text['checklist.saveError.action']}`);
		box.append(p);
		if (download.available()) {
			const b = document.createElement('button');
			b.type = 'button';
			b.className = 'fjg-button checklist__button';
			b.textContent = text['checklist.saveError.download'];
			b.addEventListener('click', download.run);
			box.append(b);
		}
		alert.replaceChildren(box);
	}

	const store = openStore(() => window.localStorage, showSaveError);
	// The error's height, for the scroll padding that keeps a focused item out from under it (see the component's CSS).
	new ResizeObserver(() =>
		document.documentElement.style.setProperty('--checklist-save-error-height', `${alert.offsetHeight}px`),
	).observe(alert);

	function show(cases: boolean): void {
		hasCases = cases;
		const message = keepMessage({ memoryOnly: store.memoryOnly, hasCases, supported: Boolean(manager), persisted });
		line.textContent = message ? text[`checklist.keep.${message}`] : '';
		line.hidden = !message;
		line.classList.toggle('checklist__notice', message !== null && message !== 'granted');
		// "Kept only in this browser" is not true when nothing is kept.
		where.hidden = store.memoryOnly;
	}

	function answered(value: boolean): void {
		persisted = value;
		show(hasCases);
	}

	if (manager && !store.memoryOnly) manager.persisted().then(answered, () => answered(false));

	return {
		store,
		show,
		caseCreated() {
			if (
				!manager ||
				!shouldAskToKeep({ memoryOnly: store.memoryOnly, supported: true, persisted, askedThisVisit: asked })
			)
				return;
			asked = true;
			// Called straight from the click, so that a browser that asks the user (Firefox) may show its question.
			manager.persist().then(answered, () => answered(false));
		},
	};
}
