/**
 * The trainer tools on a training module page, in the browser. Bundled by
 * Astro from ModuleHeader.astro's <script> (no inline script, no third-party
 * request). Without JavaScript the page still works: every section has its
 * anchor, the QR codes are in <details> elements, and Ctrl+P prints the
 * handout.
 *
 *  - "Copy link to this section" (added to each section here, with "Show QR
 *    code" and a status line): the clipboard, or else a visible read-only
 *    input with the address selected; the result is announced (aria-live).
 *  - "Show QR code": a large modal view of the build-time QR code (the same
 *    SVG file as its <details> shows), for projecting; Escape closes it and
 *    focus returns to the button.
 *  - "Print handout" / "Print trainer version": a class on <html> for the
 *    print stylesheet (training.css), removed after printing.
 *  - "Present": one section at a time in a full-screen modal, moved with the
 *    arrow keys, Page Up / Page Down or the on-screen buttons; Escape leaves
 *    and focus returns to "Present". ?present=1#case-study starts there.
 */

const root = document.documentElement;
const header = document.querySelector<HTMLElement>('[data-module-header]');

function required<T extends Element>(parent: ParentNode, selector: string): T {
	const element = parent.querySelector<T>(selector);
	if (!element) throw new Error(`Trainer tools: ${selector} is missing from the page`);
	return element;
}

/** A new element with these attributes and children. */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** A button in the site's style. */
const button = (attributes: Record<string, string>, ...children: (Node | string)[]) =>
	element('button', { type: 'button', class: 'fjg-button', ...attributes }, ...children);

/** Words for screen readers only, and signs for eyes only. */
const srOnly = (text: string) => element('span', { class: 'sr-only' }, text);
const eyesOnly = (text: string) => element('span', { 'aria-hidden': 'true' }, text);

/** Sets a live region's text so that it is announced, even when the text is the same as last time. */
function announce(region: HTMLElement, text: string): void {
	region.textContent = '';
	window.setTimeout(() => {
		region.textContent = text;
	}, 50);
}

if (header) {
	// ---------- JavaScript is here: add the tools, tuck the no-JS QR codes away ----------
	const moduleId = header.dataset.moduleId ?? '';
	const moduleTitle = document.querySelector('h1')?.textContent?.trim() ?? '';
	// The buttons and the two dialogs only work with JavaScript, so they are made here, not sent in the HTML.
	const presentButton = button({ class: 'fjg-button fjg-button--primary', 'data-present': '' }, 'Present');
	required<HTMLElement>(header, 'details[data-qr="module"]').before(
		element(
			'div',
			{ class: 'trainer-tools', role: 'group', 'aria-label': 'Trainer tools', 'data-trainer-tools': '' },
			presentButton,
			button({ 'data-print': 'handout' }, 'Print handout'),
			button({ 'data-print': 'trainer' }, 'Print trainer version'),
			button({ 'data-show-qr': 'module' }, 'Show QR code', srOnly(' for this module')),
		),
	);
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-qr]')) details.hidden = true;

	// Each section's tools, which only work with JavaScript, so are not in the HTML: "Copy link to this
	// section", "Show QR code" and the status line that announces the copy. The section's title is each
	// button's description, so a screen reader says which section it is for.
	for (const tools of document.querySelectorAll<HTMLElement>('[data-section-tools]')) {
		const kind = tools.closest<HTMLElement>('[data-module-section]')?.id ?? '';
		const url = tools.querySelector('details[data-qr] figcaption')?.textContent ?? '';
		const title = `${kind}-title`;
		tools.prepend(
			button({ 'data-copy-link': url, 'aria-describedby': title }, 'Copy link to this section'),
			button({ 'data-show-qr': kind, 'aria-describedby': title }, 'Show QR code', srOnly(' for this section')),
			element('span', {
				class: 'section-tools__status',
				role: 'status',
				'aria-live': 'polite',
				'data-copy-status': '',
			}),
		);
	}

	// ---------- Copy link to this section ----------
	// Without a clipboard, the address is shown selected in a read-only box, to copy by hand: one box,
	// made when first needed, moved to the section whose button was used.
	let fallback: HTMLElement | undefined;
	const clearTimers = new WeakMap<HTMLElement, number>();
	async function copyLink(button: HTMLButtonElement): Promise<void> {
		const tools = button.closest<HTMLElement>('[data-section-tools]');
		if (!tools) return;
		const url = button.dataset.copyLink ?? '';
		const status = required<HTMLElement>(tools, '[data-copy-status]');
		window.clearTimeout(clearTimers.get(status));
		try {
			if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
			await navigator.clipboard.writeText(url);
			if (fallback && tools.contains(fallback)) fallback.hidden = true;
			announce(status, 'Link copied');
			clearTimers.set(
				status,
				window.setTimeout(() => {
					status.textContent = '';
				}, 8000),
			);
		} catch {
			// No clipboard (an old browser, or permission refused): show the address, selected, to copy by hand.
			fallback ??= element(
				'span',
				{ class: 'section-tools__fallback', 'data-copy-fallback': '' },
				element('label', { for: 'fjg-copy-link' }, 'Link to this section'),
				element('input', { id: 'fjg-copy-link', type: 'text', readonly: '' }),
			);
			status.before(fallback);
			fallback.hidden = false;
			const input = required<HTMLInputElement>(fallback, 'input');
			input.value = url;
			input.focus();
			input.select();
			const keys = /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'Command and C' : 'Control and C';
			announce(status, `The link is selected: press ${keys} to copy it`);
		}
	}

	// ---------- The large QR code view ----------
	const qrCode = element('div', { class: 'qr-view__code', 'data-qr-view-code': '' });
	const qrTitle = element('h2', { class: 'qr-view__title', id: 'qr-view-title', 'data-qr-view-title': '' }, 'QR code');
	const qrAddress = element('p', { class: 'qr-view__address', 'data-qr-view-address': '' });
	const qrClose = button({ class: 'fjg-button qr-view__close', 'data-qr-view-close': '' }, 'Close');
	const qrView = element(
		'dialog',
		{ class: 'qr-view', 'aria-labelledby': 'qr-view-title', 'data-qr-view': '' },
		element(
			'div',
			{ class: 'qr-view__body' },
			qrCode,
			element('div', { class: 'qr-view__text' }, qrTitle, qrAddress, qrClose),
		),
	);
	let qrOpener: HTMLElement | null = null;

	function showQr(target: string, opener: HTMLElement): void {
		const source = document.querySelector<HTMLElement>(`details[data-qr="${CSS.escape(target)}"]`);
		const img = source?.querySelector('img');
		if (!source || !img) return;
		// The same SVG file as the <details> shows, large: a new <img>, so it loads now (the one in the closed <details> is lazy).
		const large = img.cloneNode() as HTMLImageElement;
		large.loading = 'eager';
		qrCode.replaceChildren(large);
		// Its heading: the module's id and title, or the section's heading.
		const title =
			target === 'module'
				? `${moduleId}: ${moduleTitle}`
				: (source.closest('[data-module-section]')?.querySelector('h2')?.textContent?.trim() ?? '');
		qrTitle.textContent = `Scan to open: ${title}`;
		qrAddress.textContent = source.querySelector('figcaption')?.textContent ?? '';
		qrOpener = opener;
		qrView.showModal();
		qrClose.focus();
	}
	qrClose.addEventListener('click', () => qrView.close());
	qrView.addEventListener('close', () => {
		qrCode.replaceChildren();
		qrOpener?.focus();
		qrOpener = null;
	});

	// ---------- Print: handout (no trainer notes) or trainer version ----------
	function printVersion(version: 'handout' | 'trainer'): void {
		root.classList.remove('fjg-print-handout', 'fjg-print-trainer');
		const className = `fjg-print-${version}`;
		root.classList.add(className);
		window.addEventListener('afterprint', () => root.classList.remove(className), { once: true });
		window.print();
	}

	// ---------- Presentation mode ----------
	const stage = element('div', { class: 'presenter__stage sl-markdown-content', 'data-presenter-stage': '' });
	const status = element('p', {
		class: 'presenter__status',
		'aria-live': 'polite',
		'aria-atomic': 'true',
		'data-presenter-status': '',
	});
	const previous = button({ 'data-presenter-prev': '' }, eyesOnly('←'), ' Previous', srOnly(' section'));
	const next = button({ 'data-presenter-next': '' }, 'Next', srOnly(' section'), ' ', eyesOnly('→'));
	const exit = button({ class: 'fjg-button presenter__exit', 'data-presenter-exit': '' }, 'Exit presentation');
	const presenter = element(
		'dialog',
		{ class: 'presenter', 'aria-label': `Presentation: ${moduleId} ${moduleTitle}`, 'data-presenter': '' },
		stage,
		element(
			'div',
			{ class: 'presenter__bar', role: 'group', 'aria-label': 'Presentation controls' },
			previous,
			status,
			next,
			exit,
			element('p', { class: 'presenter__keys' }, 'Keys: arrow keys or Page Up and Page Down to move, Escape to exit.'),
		),
	);
	header.append(qrView, presenter);
	let sections: HTMLElement[] = [];
	let placeholders: Comment[] = [];
	let current = 0;

	function setUrl(mutate: (url: URL) => void): void {
		const url = new URL(location.href);
		mutate(url);
		history.replaceState(history.state, '', url);
	}

	function go(index: number, focusHeading = false): void {
		if (!sections.length) return;
		current = Math.min(Math.max(index, 0), sections.length - 1);
		sections.forEach((section, i) => {
			section.hidden = i !== current;
		});
		const section = sections[current];
		const heading = section.querySelector<HTMLElement>('h2');
		status.textContent = `Section ${current + 1} of ${sections.length}: ${heading?.textContent?.trim() ?? ''}`;
		previous.setAttribute('aria-disabled', String(current === 0));
		next.setAttribute('aria-disabled', String(current === sections.length - 1));
		stage.scrollTop = 0;
		presenter.scrollTop = 0;
		setUrl((url) => {
			url.searchParams.set('present', '1');
			url.hash = section.id;
		});
		// Keep focus on the button that was used; otherwise (a key press, or focus in the section
		// that has just been hidden) move it to the new section's heading.
		const active = document.activeElement;
		if (
			focusHeading ||
			!active ||
			active === document.body ||
			!presenter.contains(active) ||
			active.closest('[hidden]')
		) {
			heading?.focus({ preventScroll: true });
		}
	}

	function start(kind?: string): void {
		if (presenter.open) return;
		sections = [...document.querySelectorAll<HTMLElement>('[data-module-section]')];
		if (!sections.length) return;
		// Move the sections into the presentation, leaving a marker where each belongs.
		placeholders = sections.map((section) => {
			const marker = document.createComment(`section ${section.id}`);
			section.before(marker);
			return marker;
		});
		stage.append(...sections);
		root.classList.add('fjg-presenting');
		presenter.showModal();
		go(
			Math.max(
				0,
				sections.findIndex((s) => s.id === kind),
			),
			true,
		);
	}

	presenter.addEventListener('close', () => {
		sections.forEach((section, i) => {
			section.hidden = false;
			placeholders[i]?.replaceWith(section);
		});
		sections = [];
		placeholders = [];
		root.classList.remove('fjg-presenting');
		setUrl((url) => url.searchParams.delete('present'));
		presentButton.focus();
	});

	// On the document, not the dialog, so the keys work wherever focus is (even on <body>),
	// but not while the QR view is open over the presentation.
	document.addEventListener('keydown', (event) => {
		if (!presenter.open || qrView.open) return;
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
		if (event.key === 'ArrowRight' || event.key === 'PageDown') go(current + 1);
		else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(current - 1);
		else return;
		event.preventDefault();
	});
	previous.addEventListener('click', () => {
		if (previous.getAttribute('aria-disabled') !== 'true') go(current - 1);
	});
	next.addEventListener('click', () => {
		if (next.getAttribute('aria-disabled') !== 'true') go(current + 1);
	});
	exit.addEventListener('click', () => presenter.close());
	// A link to a section while presenting (the session plan's links) shows that section.
	window.addEventListener('hashchange', () => {
		if (!presenter.open) return;
		const index = sections.findIndex((s) => s.id === location.hash.slice(1));
		if (index >= 0) go(index, true);
	});

	// ---------- One listener for every trainer-tools button ----------
	document.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button');
		if (!button) return;
		if (button.dataset.copyLink !== undefined) void copyLink(button);
		else if (button.dataset.showQr !== undefined) showQr(button.dataset.showQr, button);
		else if (button.dataset.print === 'handout' || button.dataset.print === 'trainer')
			printVersion(button.dataset.print);
		else if (button.hasAttribute('data-present')) start();
	});

	// A link can start the presentation: ?present=1#case-study
	if (new URLSearchParams(location.search).get('present') === '1') {
		start(decodeURIComponent(location.hash.slice(1)));
		// Chromium clears focus when it scrolls to the #section as the page finishes loading;
		// give the section's heading its focus back once that has happened.
		const refocus = () =>
			window.setTimeout(() => {
				if (presenter.open && !presenter.contains(document.activeElement)) {
					sections[current]?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
				}
			}, 0);
		if (document.readyState === 'complete') refocus();
		else window.addEventListener('load', refocus, { once: true });
	}
}
