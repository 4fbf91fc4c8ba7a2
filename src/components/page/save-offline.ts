/**
 * <fjg-save-offline>: the Save buttons (SaveOffline.astro). Pressing one stores the page
 * (or every family page) in Cache Storage and registers the service worker; before that,
 * nothing is stored and nothing registered (src/client/offline.ts). The result is said in
 * the status line (a polite live region).
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { required } from '~/client/dom.ts';
import { announce } from '~/client/announce.ts';
import { format } from '~/client/strings.ts';
import { canSaveOffline, formatBytes, isSaved, savePages, savedSummary } from '~/client/offline.ts';

type Key =
	| 'offline.saving'
	| 'offline.savedPage'
	| 'offline.savedAll'
	| 'offline.alreadySaved'
	| 'offline.saveFailed'
	| 'offline.kb'
	| 'offline.mb';

class SaveOffline extends FjgElement<Key> {
	#status!: HTMLElement;
	#buttons: HTMLButtonElement[] = [];

	protected start(): void {
		if (!canSaveOffline()) {
			this.hidden = true;
			return;
		}
		this.#status = required(this, '[data-save-status]', 'fjg-save-offline');
		const page = required<HTMLButtonElement>(this, '[data-save-page]', 'fjg-save-offline');
		const all = required<HTMLButtonElement>(this, '[data-save-all]', 'fjg-save-offline');
		this.#buttons = [page, all];
		page.addEventListener('click', () => this.#save([this.#path]));
		all.addEventListener('click', () => this.#save('family'));
		// Only reads: isSaved() opens no cache that does not exist.
		void isSaved(this.#path).then((saved) => {
			if (saved) this.#status.textContent = this.strings['offline.alreadySaved'];
		});
	}

	get #path(): string {
		return this.dataset.path ?? window.location.pathname;
	}

	async #save(which: string[] | 'family'): Promise<void> {
		const s = this.strings;
		this.#buttons.forEach((b) => (b.disabled = true));
		announce(this.#status, s['offline.saving']);
		try {
			const count = await savePages(which);
			if (which === 'family') {
				const { bytes } = await savedSummary();
				announce(
					this.#status,
					format(s['offline.savedAll'], {
						count,
						size: formatBytes(bytes, { kb: s['offline.kb'], mb: s['offline.mb'] }),
					}),
				);
			} else announce(this.#status, s['offline.savedPage']);
		} catch {
			announce(this.#status, s['offline.saveFailed']);
		} finally {
			this.#buttons.forEach((b) => (b.disabled = false));
		}
	}
}

defineElement('fjg-save-offline', SaveOffline);
