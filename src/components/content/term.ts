/**
 * <fjg-term>: a glossary term in running text (Term.astro's markup). The meaning shows on
 * hover and focus by CSS (site.css); this adds the rest (WCAG 1.4.13): a tap shows the meaning
 * first and a second tap follows the link, and Escape hides a shown meaning until the pointer
 * leaves the word or focus moves on. Without JavaScript the word is a link to its entry.
 */
import { FjgElement, defineElement } from '~/client/element.ts';

const TERMS = 'fjg-term';
/** The last pointer used: only a touch shows the meaning before following the link. */
let lastPointer = 'mouse';

class Term extends FjgElement {
	protected start(): void {
		const link = this.querySelector('a');
		link?.addEventListener('click', (event) => {
			if (lastPointer !== 'touch' || this.classList.contains('term--open')) return;
			event.preventDefault();
			for (const other of document.querySelectorAll(TERMS)) other.classList.remove('term--open');
			this.classList.add('term--open');
		});
		this.addEventListener('mouseleave', () => this.classList.remove('term--dismissed'));
		link?.addEventListener('blur', () => this.classList.remove('term--open', 'term--dismissed'));
	}
}

/** Escape hides the meaning of the word under the pointer, focused or tapped open. */
function onEscape(event: KeyboardEvent): void {
	if (event.key !== 'Escape') return;
	for (const term of document.querySelectorAll(TERMS)) {
		if (term.matches(':hover, :focus-within, .term--open')) {
			term.classList.remove('term--open');
			term.classList.add('term--dismissed');
		}
	}
}

// Once for every term on the page (a page bundles this module once).
if (!customElements.get('fjg-term')) {
	document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { capture: true });
	document.addEventListener('keydown', onEscape);
}
defineElement('fjg-term', Term);
