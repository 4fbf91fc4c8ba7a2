/**
 * Presentation mode for <fjg-trainer-tools> (trainer-tools.ts): one section at a time in a
 * full-screen modal dialog. The module's sections are moved into the dialog while it is open
 * (a comment marks where each belongs) and put back when it closes. Which section shows, and
 * what a key does, are pure functions in src/lib/presenter.ts.
 */
import { button, el, eyesOnly, srOnly } from '~/client/dom.ts';
import { format, type Strings } from '~/client/strings.ts';
import { presenterStep, slideState, startSection } from '~/lib/presenter.ts';
import type { TrainerKey } from './trainer-keys.ts';

export class Presenter {
	readonly dialog: HTMLDialogElement;
	#stage: HTMLElement;
	#status: HTMLElement;
	#previous: HTMLButtonElement;
	#next: HTMLButtonElement;
	#sections: HTMLElement[] = [];
	#placeholders: Comment[] = [];
	#current = 0;
	#strings: Strings<TrainerKey>;
	#presentButton: HTMLElement;
	#covered: () => boolean;

	/**
	 * @param presentButton where focus returns when the presentation ends
	 * @param covered true while another dialog (the QR view) is open over the presentation: the keys then do nothing
	 */
	constructor(
		strings: Strings<TrainerKey>,
		moduleId: string,
		moduleTitle: string,
		presentButton: HTMLElement,
		covered: () => boolean,
	) {
		this.#strings = strings;
		this.#presentButton = presentButton;
		this.#covered = covered;
		const s = strings;
		this.#stage = el('div', { class: 'presenter__stage sl-markdown-content', 'data-presenter-stage': '' });
		this.#status = el('p', {
			class: 'presenter__status',
			'aria-live': 'polite',
			'aria-atomic': 'true',
			'data-presenter-status': '',
		});
		const section = ` ${s['trainer.section']}`;
		this.#previous = button(
			this.#label(eyesOnly('←'), ` ${s['trainer.previous']}`, srOnly(section)),
			() => this.#step(-1),
			{
				'data-presenter-prev': '',
			},
		);
		this.#next = button(this.#label(s['trainer.next'], srOnly(section), ' ', eyesOnly('→')), () => this.#step(1), {
			'data-presenter-next': '',
		});
		const exit = button(s['trainer.exit'], () => this.dialog.close(), {
			class: 'presenter__exit',
			'data-presenter-exit': '',
		});
		this.dialog = el(
			'dialog',
			{
				class: 'presenter',
				'aria-label': format(s['trainer.presentation'], { module: moduleId, title: moduleTitle }),
				'data-presenter': '',
			},
			this.#stage,
			el(
				'div',
				{ class: 'presenter__bar', role: 'group', 'aria-label': s['trainer.controls'] },
				this.#previous,
				this.#status,
				this.#next,
				exit,
				el('p', { class: 'presenter__keys' }, s['trainer.keys']),
			),
		);
		this.dialog.addEventListener('close', () => this.#end());
		// On the document, not the dialog, so the keys work wherever focus is (even on <body>).
		document.addEventListener('keydown', this.#onKey);
		// A link to a section while presenting (the session plan's links) shows that section.
		window.addEventListener('hashchange', this.#onHashChange);
	}

	#label(...parts: (Node | string)[]): DocumentFragment {
		const label = document.createDocumentFragment();
		label.append(...parts);
		return label;
	}

	/** Starts the presentation at the section with this id, or at the first. */
	start(id?: string): void {
		if (this.dialog.open) return;
		this.#sections = [...document.querySelectorAll<HTMLElement>('[data-module-section]')];
		if (!this.#sections.length) return;
		// Move the sections into the presentation, leaving a marker where each belongs.
		this.#placeholders = this.#sections.map((section) => {
			const marker = document.createComment(`section ${section.id}`);
			section.before(marker);
			return marker;
		});
		this.#stage.append(...this.#sections);
		document.documentElement.classList.add('fjg-presenting');
		this.dialog.showModal();
		this.#go(
			startSection(
				this.#sections.map((s) => s.id),
				id,
			),
			true,
		);
	}

	/** A link can start the presentation: ?present=1#case-study */
	startFromAddress(): void {
		if (new URLSearchParams(location.search).get('present') !== '1') return;
		this.start(decodeURIComponent(location.hash.slice(1)));
		// Chromium clears focus when it scrolls to the #section as the page finishes loading;
		// give the section's heading its focus back once that has happened.
		const refocus = () =>
			window.setTimeout(() => {
				if (this.dialog.open && !this.dialog.contains(document.activeElement)) {
					this.#sections[this.#current]?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
				}
			}, 0);
		if (document.readyState === 'complete') refocus();
		else window.addEventListener('load', refocus, { once: true });
	}

	/** Previous and Next: aria-disabled at the ends (so they keep focus), and then do nothing. */
	#step(by: -1 | 1): void {
		const control = by < 0 ? this.#previous : this.#next;
		if (control.getAttribute('aria-disabled') !== 'true') this.#go(this.#current + by);
	}

	#go(index: number, focusHeading = false): void {
		if (!this.#sections.length) return;
		const slide = slideState(index, this.#sections.length);
		this.#current = slide.index;
		this.#sections.forEach((section, i) => {
			section.hidden = i !== slide.index;
		});
		const section = this.#sections[slide.index];
		const heading = section.querySelector<HTMLElement>('h2');
		this.#status.textContent = format(this.#strings['trainer.status'], {
			number: slide.number,
			total: slide.total,
			title: heading?.textContent?.trim() ?? '',
		});
		this.#previous.setAttribute('aria-disabled', String(slide.atFirst));
		this.#next.setAttribute('aria-disabled', String(slide.atLast));
		this.#stage.scrollTop = 0;
		this.dialog.scrollTop = 0;
		setUrl((url) => {
			url.searchParams.set('present', '1');
			url.hash = section.id;
		});
		// Keep focus on the button that was used; otherwise (a key press, or focus in the section
		// that has just been hidden) move it to the new section's heading.
		const active = document.activeElement;
		const keepFocus = active && active !== document.body && this.dialog.contains(active) && !active.closest('[hidden]');
		if (focusHeading || !keepFocus) heading?.focus({ preventScroll: true });
	}

	#end(): void {
		this.#sections.forEach((section, i) => {
			section.hidden = false;
			this.#placeholders[i]?.replaceWith(section);
		});
		this.#sections = [];
		this.#placeholders = [];
		document.documentElement.classList.remove('fjg-presenting');
		setUrl((url) => url.searchParams.delete('present'));
		this.#presentButton.focus();
	}

	/** Not while the QR view is open over the presentation, nor while typing in a field. */
	#onKey = (event: KeyboardEvent): void => {
		if (!this.dialog.open || this.#covered() || event.defaultPrevented) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
		const by = presenterStep(event);
		if (!by) return;
		this.#go(this.#current + by);
		event.preventDefault();
	};

	#onHashChange = (): void => {
		if (!this.dialog.open) return;
		const index = this.#sections.findIndex((s) => s.id === location.hash.slice(1));
		if (index >= 0) this.#go(index, true);
	};
}

/** Changes the address without a new history entry. */
function setUrl(mutate: (url: URL) => void): void {
	const url = new URL(location.href);
	mutate(url);
	history.replaceState(history.state, '', url);
}
