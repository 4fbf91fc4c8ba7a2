/**
 * <fjg-saved-pages>: lists what is saved for offline use and removes all of it
 * (SavedPages.astro, src/client/offline.ts). Shown by the service worker in place of a page
 * that is not saved when there is no signal: the address is then another page's, and the
 * first line says that page is not saved.
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { el, required } from '~/client/dom.ts';
import { announce } from '~/client/announce.ts';
import { format } from '~/client/strings.ts';
import { canSaveOffline, formatBytes, removeAll, savedSummary } from '~/client/offline.ts';

type Key =
	| 'offline.nothingSaved'
	| 'offline.savedSummary'
	| 'offline.removed'
	| 'offline.removeFailed'
	| 'offline.notSavedHere'
	| 'offline.unsupported'
	| 'offline.kb'
	| 'offline.mb';

const C = 'fjg-saved-pages';

class SavedPages extends FjgElement<Key> {
	protected start(): void {
		const s = this.strings;
		if (this.dataset.path && window.location.pathname !== this.dataset.path) {
			const note = required(this, '[data-not-saved-here]', C);
			note.textContent = s['offline.notSavedHere'];
			note.hidden = false;
		}
		if (!canSaveOffline()) {
			required(this, '[data-saved-summary]', C).textContent = s['offline.unsupported'];
			return;
		}
		required(this, '[data-remove-all]', C).addEventListener('click', () => void this.#remove());
		void this.#show();
	}

	async #show(): Promise<void> {
		const s = this.strings;
		const summary = required(this, '[data-saved-summary]', C);
		const list = required(this, '[data-saved-list]', C);
		const remove = required<HTMLButtonElement>(this, '[data-remove-all]', C);
		const { pages, bytes } = await savedSummary().catch(() => ({ pages: [], bytes: 0 }));
		const registered = (await navigator.serviceWorker.getRegistrations().catch(() => [])).length > 0;
		list.replaceChildren(...pages.map((p) => el('li', {}, el('a', { href: p.path }, p.title))));
		list.hidden = pages.length === 0;
		summary.textContent =
			pages.length === 0 && bytes === 0
				? s['offline.nothingSaved']
				: format(s['offline.savedSummary'], {
						count: pages.length,
						size: formatBytes(bytes, { kb: s['offline.kb'], mb: s['offline.mb'] }),
					});
		remove.hidden = pages.length === 0 && bytes === 0 && !registered;
	}

	async #remove(): Promise<void> {
		const status = required(this, '[data-remove-status]', C);
		try {
			await removeAll();
			announce(status, this.strings['offline.removed']);
		} catch {
			announce(status, this.strings['offline.removeFailed']);
		}
		await this.#show();
		// The button has gone: keep focus in the same place, on the summary's line.
		const summary = required(this, '[data-saved-summary]', C);
		summary.tabIndex = -1;
		summary.focus();
	}
}

defineElement(C, SavedPages);
