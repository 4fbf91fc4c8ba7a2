/**
 * <fjg-trainer-tools>: the trainer tools on a training module page, in the browser
 * (ModuleHeader.astro's markup, bundled by Astro: no inline script, no third-party request).
 * Without JavaScript the page still works: every section has its anchor, the QR codes are in
 * <details> elements, and Ctrl+P prints the handout.
 *
 *  - "Copy link to this section" (added to each section here, with "Show QR code" and a
 *    status line): the clipboard, or else a visible read-only input with the address
 *    selected; the result is announced (aria-live).
 *  - "Show QR code": a large modal view of the build-time QR code (the same SVG file as its
 *    <details> shows), for projecting; Escape closes it and focus returns to the button.
 *  - "Print handout" / "Print trainer version": a class on <html> for the print stylesheet
 *    (training.css), removed after printing.
 *  - "Present": one section at a time in a full-screen modal (presentation.ts), moved with the
 *    arrow keys, Page Up / Page Down or the on-screen buttons; Escape leaves and focus returns
 *    to "Present". ?present=1#case-study starts there.
 *
 * Every string comes from data-strings (the trainer.* keys of src/content/i18n/en-GB.json).
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { announce } from '~/client/announce.ts';
import { button, el, required, srOnly } from '~/client/dom.ts';
import { format } from '~/client/strings.ts';
import { usesCommandKey } from '~/lib/presenter.ts';
import { Presenter } from './presentation.ts';
import type { TrainerKey } from './trainer-keys.ts';

const COMPONENT = 'fjg-trainer-tools';

class TrainerTools extends FjgElement<TrainerKey> {
	#header!: HTMLElement;
	#presentButton!: HTMLButtonElement;
	#presenter!: Presenter;
	#qrView!: HTMLDialogElement;
	#qrCode!: HTMLElement;
	#qrTitle!: HTMLElement;
	#qrAddress!: HTMLElement;
	#qrClose!: HTMLButtonElement;
	#qrOpener: HTMLElement | null = null;
	/** The read-only address box shown without a clipboard: one, made when first needed. */
	#fallback: HTMLElement | undefined;
	#clearTimers = new WeakMap<HTMLElement, number>();
	#moduleId = '';
	#moduleTitle = '';

	protected start(): void {
		this.#header = required(this, '[data-module-header]', COMPONENT);
		this.#moduleId = this.#header.dataset.moduleId ?? '';
		this.#moduleTitle = document.querySelector('h1')?.textContent?.trim() ?? '';
		this.#addModuleTools();
		this.#addSectionTools();
		this.#makeQrView();
		this.#presenter = new Presenter(
			this.strings,
			this.#moduleId,
			this.#moduleTitle,
			this.#presentButton,
			() => this.#qrView.open,
		);
		this.#header.append(this.#qrView, this.#presenter.dialog);
		document.addEventListener('click', this.#onClick);
		this.#presenter.startFromAddress();
	}

	/** The buttons only work with JavaScript, so they are made here, not sent in the HTML; the no-JS QR codes are tucked away. */
	#addModuleTools(): void {
		const s = this.strings;
		this.#presentButton = button(s['trainer.present'], undefined, {
			class: 'fjg-button--primary',
			'data-present': '',
		});
		required(this.#header, 'details[data-qr="module"]', COMPONENT).before(
			el(
				'div',
				{ class: 'trainer-tools', role: 'group', 'aria-label': s['trainer.toolsLabel'], 'data-trainer-tools': '' },
				this.#presentButton,
				button(s['trainer.printHandout'], undefined, { 'data-print': 'handout' }),
				button(s['trainer.printTrainer'], undefined, { 'data-print': 'trainer' }),
				button(this.#words(s['trainer.showQr'], s['trainer.forModule']), undefined, { 'data-show-qr': 'module' }),
			),
		);
		for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-qr]')) details.hidden = true;
	}

	/** A button's visible words, then more words for screen readers only. */
	#words(visible: string, more: string): DocumentFragment {
		const words = document.createDocumentFragment();
		words.append(visible, srOnly(` ${more}`));
		return words;
	}

	/**
	 * Each section's tools: "Copy link to this section", "Show QR code" and the status line that
	 * announces the copy. The section's title is each button's description, so a screen reader
	 * says which section it is for.
	 */
	#addSectionTools(): void {
		const s = this.strings;
		for (const tools of document.querySelectorAll<HTMLElement>('[data-section-tools]')) {
			const kind = tools.closest<HTMLElement>('[data-module-section]')?.id ?? '';
			const url = tools.querySelector('details[data-qr] figcaption')?.textContent ?? '';
			const title = `${kind}-title`;
			tools.prepend(
				button(s['trainer.copyLink'], undefined, { 'data-copy-link': url, 'aria-describedby': title }),
				button(this.#words(s['trainer.showQr'], s['trainer.forSection']), undefined, {
					'data-show-qr': kind,
					'aria-describedby': title,
				}),
				el('span', {
					class: 'section-tools__status',
					role: 'status',
					'aria-live': 'polite',
					'data-copy-status': '',
				}),
			);
		}
	}

	/** One listener for every trainer-tools button, in the header and in the sections. */
	#onClick = (event: MouseEvent): void => {
		const target = (event.target as Element | null)?.closest<HTMLButtonElement>('button');
		if (!target) return;
		const { copyLink, showQr, print } = target.dataset;
		if (copyLink !== undefined) void this.#copyLink(target);
		else if (showQr !== undefined) this.#showQr(showQr, target);
		else if (print === 'handout' || print === 'trainer') printVersion(print);
		else if (target.hasAttribute('data-present')) this.#presenter.start();
	};

	// ---------- Copy link to this section ----------

	async #copyLink(source: HTMLButtonElement): Promise<void> {
		const tools = source.closest<HTMLElement>('[data-section-tools]');
		if (!tools) return;
		const url = source.dataset.copyLink ?? '';
		const status = required(tools, '[data-copy-status]', COMPONENT);
		window.clearTimeout(this.#clearTimers.get(status));
		try {
			if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
			await navigator.clipboard.writeText(url);
			if (this.#fallback && tools.contains(this.#fallback)) this.#fallback.hidden = true;
			announce(status, this.strings['trainer.linkCopied']);
			const clear = window.setTimeout(() => (status.textContent = ''), 8000);
			this.#clearTimers.set(status, clear);
		} catch {
			// No clipboard (an old browser, or permission refused): show the address, selected, to copy by hand.
			this.#showAddress(status, url);
		}
	}

	/** The address, selected in a read-only box moved to the section whose button was used. */
	#showAddress(status: HTMLElement, url: string): void {
		const s = this.strings;
		this.#fallback ??= el(
			'span',
			{ class: 'section-tools__fallback', 'data-copy-fallback': '' },
			el('label', { for: 'fjg-copy-link' }, s['trainer.linkLabel']),
			el('input', { id: 'fjg-copy-link', type: 'text', readonly: '' }),
		);
		status.before(this.#fallback);
		this.#fallback.hidden = false;
		const input = required<HTMLInputElement>(this.#fallback, 'input', COMPONENT);
		input.value = url;
		input.focus();
		input.select();
		const keys = usesCommandKey(navigator.userAgent) ? s['trainer.keysCommand'] : s['trainer.keysControl'];
		announce(status, format(s['trainer.linkSelected'], { keys }));
	}

	// ---------- The large QR code view ----------

	#makeQrView(): void {
		const s = this.strings;
		this.#qrCode = el('div', { class: 'qr-view__code', 'data-qr-view-code': '' });
		this.#qrTitle = el(
			'h2',
			{ class: 'qr-view__title', id: 'qr-view-title', 'data-qr-view-title': '' },
			s['trainer.qrHeading'],
		);
		this.#qrAddress = el('p', { class: 'qr-view__address', 'data-qr-view-address': '' });
		this.#qrClose = button(s['trainer.close'], () => this.#qrView.close(), {
			class: 'qr-view__close',
			'data-qr-view-close': '',
		});
		this.#qrView = el(
			'dialog',
			{ class: 'qr-view', 'aria-labelledby': 'qr-view-title', 'data-qr-view': '' },
			el(
				'div',
				{ class: 'qr-view__body' },
				this.#qrCode,
				el('div', { class: 'qr-view__text' }, this.#qrTitle, this.#qrAddress, this.#qrClose),
			),
		);
		this.#qrView.addEventListener('close', () => {
			this.#qrCode.replaceChildren();
			this.#qrOpener?.focus();
			this.#qrOpener = null;
		});
	}

	#showQr(target: string, opener: HTMLElement): void {
		const source = document.querySelector<HTMLElement>(`details[data-qr="${CSS.escape(target)}"]`);
		const img = source?.querySelector('img');
		if (!source || !img) return;
		// The same SVG file as the <details> shows, large: a new <img>, so it loads now (the one in the closed <details> is lazy).
		const large = img.cloneNode() as HTMLImageElement;
		large.loading = 'eager';
		this.#qrCode.replaceChildren(large);
		// Its heading: the module's id and title, or the section's heading.
		const title =
			target === 'module'
				? `${this.#moduleId}: ${this.#moduleTitle}`
				: (source.closest('[data-module-section]')?.querySelector('h2')?.textContent?.trim() ?? '');
		this.#qrTitle.textContent = format(this.strings['trainer.scanToOpen'], { title });
		this.#qrAddress.textContent = source.querySelector('figcaption')?.textContent ?? '';
		this.#qrOpener = opener;
		this.#qrView.showModal();
		this.#qrClose.focus();
	}
}

/** Print: the handout (no trainer notes) or the trainer version, by a class on <html> for training.css. */
function printVersion(version: 'handout' | 'trainer'): void {
	const root = document.documentElement;
	root.classList.remove('fjg-print-handout', 'fjg-print-trainer');
	const className = `fjg-print-${version}`;
	root.classList.add(className);
	window.addEventListener('afterprint', () => root.classList.remove(className), { once: true });
	window.print();
}

defineElement(COMPONENT, TrainerTools);
