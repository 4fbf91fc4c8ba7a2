/**
 * <fjg-glossary-index>: the glossary A to Z (GlossaryList.astro's markup). An old link to a word
 * on this page (/glossary/#care-order, the address before the letter pages) opens its meaning on
 * its letter page, at load and when the address's #word changes. Without JavaScript the reader
 * has the list, which links to every word.
 */
import { FjgElement, defineElement } from '~/client/element.ts';

class GlossaryIndex extends FjgElement {
	protected start(): void {
		this.#follow();
		window.addEventListener('hashchange', () => this.#follow());
	}

	#follow(): void {
		const hash = location.hash;
		if (hash.length <= 1) return;
		const link = [...this.querySelectorAll<HTMLAnchorElement>('[data-glossary-index] a')].find((a) => a.hash === hash);
		if (link) location.replace(link.href);
	}
}

defineElement('fjg-glossary-index', GlossaryIndex);
