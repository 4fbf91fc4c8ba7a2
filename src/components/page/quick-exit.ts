/**
 * <fjg-quick-exit>: "Leave this site", in the browser (QuickExit.astro's markup, bundled by
 * Astro: no inline script). Following GOV.UK Frontend's "Exit this page":
 *
 *  - The button, the "Leave this site" skip link (the first thing Tab reaches) and Shift
 *    pressed 3 times (src/lib/quick-exit.ts counts the presses) all leave the same way:
 *    the page is hidden at once behind a blank overlay, and the neutral site replaces this
 *    page in the history (location.replace), so Back does not return to it.
 *  - After the first and second press, a status message (polite live region) says how many
 *    presses are left, shown beside three lights under the button; both clear when the
 *    count runs out (5 seconds) or another key is pressed.
 *
 * Without JavaScript the button and the skip link are plain links to the neutral site.
 * Every string comes from the element's data-strings (the quickExit.* keys of
 * src/content/i18n/en-GB.json, QUICK_EXIT_KEYS in src/lib/quick-exit.ts).
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import {
	countShift,
	NO_PRESSES,
	SHIFT_TIMEOUT_MS,
	type QuickExitInput,
	type QuickExitKey,
	type ShiftCount,
} from '~/lib/quick-exit.ts';

class QuickExit extends FjgElement<QuickExitKey> {
	#count: ShiftCount = NO_PRESSES;
	#timer: number | undefined;
	#status: HTMLElement | null = null;
	#overlay: HTMLElement | null = null;

	protected start(): void {
		this.#status = this.querySelector('[data-quick-exit-status]');
	}

	/** Listens again each time it is put in the page, as disconnectedCallback stops listening. */
	connectedCallback(): void {
		super.connectedCallback();
		// Capture phase: the count sees every key first, even one that the search box or a
		// dialog handles and stops.
		document.addEventListener('keydown', this.#onKey, true);
		document.addEventListener('keyup', this.#onKey, true);
		document.addEventListener('pointerdown', this.#onPointer, true);
		// The button and the skip link (which is outside this element, first in the page).
		document.addEventListener('click', this.#onClick);
		window.addEventListener('pageshow', this.#onPageShow);
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.#onKey, true);
		document.removeEventListener('keyup', this.#onKey, true);
		document.removeEventListener('pointerdown', this.#onPointer, true);
		document.removeEventListener('click', this.#onClick);
		window.removeEventListener('pageshow', this.#onPageShow);
		window.clearTimeout(this.#timer);
	}

	#onKey = (event: KeyboardEvent): void => {
		// While an input method composes text (Japanese, Chinese …), Shift switches its mode.
		if (event.isComposing) return this.#step({ type: 'other', time: Date.now() });
		const { type, key, ctrlKey, altKey, metaKey } = event;
		this.#step({ type: type === 'keyup' ? 'keyup' : 'keydown', key, ctrlKey, altKey, metaKey, time: Date.now() });
	};

	#onPointer = (): void => this.#step({ type: 'other', time: Date.now() });

	#onClick = (event: MouseEvent): void => {
		const link =
			event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-quick-exit-link]') : null;
		if (!link) return;
		event.preventDefault();
		this.#leave(link.href);
	};

	/** Back to a usable page if the browser ever restores it from its cache. */
	#onPageShow = (event: PageTransitionEvent): void => {
		if (!event.persisted) return;
		document.documentElement.classList.remove('is-leaving');
		this.#overlay?.remove();
		this.#overlay = null;
		this.#show(NO_PRESSES);
	};

	#step(input: QuickExitInput): void {
		const { state, leave } = countShift(this.#count, input);
		if (leave) return this.#leave(this.querySelector<HTMLAnchorElement>('a[data-quick-exit-link]')?.href ?? '');
		if (state.presses !== this.#count.presses) {
			this.#show(state);
			window.clearTimeout(this.#timer);
			// The count runs out 5 seconds after the last press: clear the message and the lights then.
			if (state.presses > 0)
				this.#timer = window.setTimeout(() => this.#step({ type: 'time', time: Date.now() }), SHIFT_TIMEOUT_MS);
		}
		this.#count = state;
	}

	/** The lights (data-presses) and the message for this count; none at 0. */
	#show(state: ShiftCount): void {
		this.#count = state;
		if (state.presses > 0) this.dataset.presses = String(state.presses);
		else delete this.dataset.presses;
		const s = this.strings;
		const message =
			state.presses === 1 ? s['quickExit.pressedOnce'] : state.presses === 2 ? s['quickExit.pressedTwice'] : '';
		if (this.#status) this.#status.textContent = message ?? '';
	}

	#leave(href: string): void {
		if (!href || this.#overlay) return;
		window.clearTimeout(this.#timer);
		this.#show(NO_PRESSES);
		// A modal dialog (the search, a presentation) is in the browser's top layer, above
		// anything else, and makes the rest of the page inert: close them, top one first, so
		// that nothing stays on screen and the overlay is announced.
		for (const dialog of [...document.querySelectorAll('dialog')].filter((d) => d.open).reverse()) dialog.close();
		// Everything else is hidden by this class (site.css), from eyes, Tab and screen readers.
		document.documentElement.classList.add('is-leaving');
		const overlay = document.createElement('div');
		overlay.className = 'quick-exit-overlay';
		overlay.setAttribute('role', 'alert');
		document.body.append(overlay);
		// The text after the element is in the page: screen readers then announce it more reliably.
		overlay.textContent = this.strings['quickExit.loading'] ?? '';
		this.#overlay = overlay;
		// The tab's name too, until the neutral site's own replaces it.
		document.title = this.strings['quickExit.neutralTitle'] ?? '';
		window.location.replace(href);
	}
}

defineElement('fjg-quick-exit', QuickExit);
