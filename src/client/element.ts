/**
 * The one way to write a client component (CONTRIBUTING.md): a custom element <fjg-…> whose
 * class lives in a .ts file beside its .astro file. The .astro file renders the markup that
 * works without JavaScript and the strings (data-strings); the class adds behaviour once,
 * when the element is first connected, and keeps its state changes in pure functions in
 * src/lib/ that unit tests call without a browser.
 */
import { readStrings, type Strings } from './strings.ts';

export abstract class FjgElement<K extends string = string> extends HTMLElement {
	#started = false;
	#strings: Strings<K> | undefined;

	connectedCallback(): void {
		// Moving an element in the page connects it again: start only once.
		if (this.#started) return;
		this.#started = true;
		this.start();
	}

	/** Adds the behaviour: called once, when the element is first in the page. */
	protected abstract start(): void;

	/** This component's UI strings, from its data-strings attribute. */
	protected get strings(): Strings<K> {
		this.#strings ??= readStrings<K>(this, this.localName);
		return this.#strings;
	}
}

/** Defines the element once (a page may bundle a component's script more than once). */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
	if (!customElements.get(name)) customElements.define(name, constructor);
}
