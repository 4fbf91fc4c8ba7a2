/**
 * <fjg-saved-pages>: saves what a Save link asked for (?save=<address> or ?save=family)
 * when the reader presses "Save on this device", lists what is saved with its size, and
 * removes all of it (SavedPages.astro, src/client/offline.ts). Shown by the service worker in
 * place of a page that is not saved when there is no signal: the address is then another
 * page's, and the first line says that page is not saved.
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { el, required } from '~/client/dom.ts';
import { announce } from '~/client/announce.ts';
import { format } from '~/client/strings.ts';
import {
	addressesFor,
	bytesOf,
	canSaveOffline,
	familyPaths,
	formatBytes,
	loadIndex,
	removeAll,
	savePages,
	savedSummary,
	savedTexts,
	type OfflineIndex,
} from '~/client/offline.ts';
import { matchSaved } from '~/lib/saved-search.ts';

type Key =
	| 'offline.offerPage'
	| 'offline.offerAll'
	| 'offline.saving'
	| 'offline.savedPage'
	| 'offline.savedAll'
	| 'offline.saveFailed'
	| 'offline.nothingSaved'
	| 'offline.savedSummary'
	| 'offline.removed'
	| 'offline.removeFailed'
	| 'offline.notSavedHere'
	| 'offline.unsupported'
	| 'offline.kb'
	| 'offline.mb'
	| 'offline.searchFound'
	| 'offline.searchFoundOne'
	| 'offline.searchNone';

const C = 'fjg-saved-pages';

class SavedPages extends FjgElement<Key> {
	#size = (bytes: number) => formatBytes(bytes, { kb: this.strings['offline.kb'], mb: this.strings['offline.mb'] });

	protected start(): void {
		const s = this.strings;
		// The worker answers /about/saved (no slash) with this page too: that is not elsewhere.
		const here = window.location.pathname.replace(/\/?$/, '/');
		const elsewhere = Boolean(this.dataset.path) && here !== this.dataset.path;
		if (elsewhere) {
			const note = required(this, '[data-not-saved-here]', C);
			note.textContent = s['offline.notSavedHere'];
			note.hidden = false;
		}
		if (!canSaveOffline()) {
			required(this, '[data-saved-summary]', C).textContent = s['offline.unsupported'];
			return;
		}
		required(this, '[data-remove-all]', C).addEventListener('click', () => void this.#remove());
		required<HTMLFormElement>(this, '[data-saved-search]', C).addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search();
		});
		const asked = new URLSearchParams(window.location.search).get('save');
		if (asked && !elsewhere) void this.#offer(asked);
		void this.#show();
	}

	/** What the Save link asked for, with its size, and the button that saves it. */
	async #offer(asked: string): Promise<void> {
		const s = this.strings;
		const index = await loadIndex().catch(() => undefined);
		if (!index) return;
		const paths = asked === 'family' ? familyPaths(index) : index.pages[asked] ? [asked] : [];
		if (!paths.length) return;
		const size = this.#size(bytesOf(index, addressesFor(index, paths)));
		required(this, '[data-save-what]', C).textContent =
			asked === 'family'
				? format(s['offline.offerAll'], { count: paths.length, size })
				: format(s['offline.offerPage'], { title: index.pages[asked].title, size });
		required(this, '[data-save-offer]', C).hidden = false;
		const save = required<HTMLButtonElement>(this, '[data-save]', C);
		save.addEventListener('click', () => void this.#save(save, index, asked, paths));
	}

	async #save(button: HTMLButtonElement, index: OfflineIndex, asked: string, paths: string[]): Promise<void> {
		const s = this.strings;
		const status = required(this, '[data-save-status]', C);
		// aria-disabled, not disabled: a disabled button would lose the keyboard focus.
		if (button.getAttribute('aria-disabled') === 'true') return;
		button.setAttribute('aria-disabled', 'true');
		announce(status, s['offline.saving']);
		try {
			const count = await savePages(paths);
			const { bytes } = await savedSummary();
			announce(
				status,
				asked === 'family'
					? format(s['offline.savedAll'], { count, size: this.#size(bytes) })
					: format(s['offline.savedPage'], { title: index.pages[asked].title }),
			);
		} catch {
			announce(status, s['offline.saveFailed']);
		} finally {
			button.removeAttribute('aria-disabled');
		}
		await this.#show();
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
				: format(s['offline.savedSummary'], { count: pages.length, size: this.#size(bytes) });
		remove.hidden = pages.length === 0 && bytes === 0 && !registered;
		required(this, '[data-saved-search]', C).hidden = pages.length === 0;
	}

	/** Searches the saved pages' own words: every word of the query, the best matches first. */
	async #search(): Promise<void> {
		const s = this.strings;
		const query = required<HTMLInputElement>(this, '#saved-search-words', C).value.trim();
		const status = required(this, '[data-saved-search-status]', C);
		const results = required<HTMLOListElement>(this, '[data-saved-search-results]', C);
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const found = (await savedTexts().catch(() => []))
			.map((page) => ({ page, match: matchSaved(page.title, page.text, query) }))
			.filter((r) => r.match !== undefined)
			.sort((a, b) => b.match!.score - a.match!.score);
		results.replaceChildren(
			...found.map(({ page, match }) =>
				el('li', {}, el('a', { href: page.path }, page.title), el('p', {}, match!.excerpt)),
			),
		);
		const template = found.length === 0 ? s['offline.searchNone'] : found.length === 1 ? s['offline.searchFoundOne'] : s['offline.searchFound'];
		announce(status, format(template, { count: found.length, query }));
	}

	async #remove(): Promise<void> {
		const status = required(this, '[data-remove-status]', C);
		try {
			await removeAll();
			announce(status, this.strings['offline.removed']);
		} catch {
			announce(status, this.strings['offline.removeFailed']);
		}
		required(this, '[data-save-offer]', C).hidden = true;
		await this.#show();
		// The button has gone: keep the keyboard focus in the same place, on the summary's line.
		const summary = required(this, '[data-saved-summary]', C);
		summary.tabIndex = -1;
		summary.focus();
	}
}

defineElement(C, SavedPages);
