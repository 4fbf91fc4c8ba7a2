/**
 * Small DOM helpers shared by every client component, so each is written once:
 * build an element, find a required one (with an error naming the component),
 * and make a button in the site's style.
 */

/** A new element with these attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** A button (type="button") in the site's style; more classes and attributes may be given. */
export function button(
	text: string | Node,
	onClick?: (event: MouseEvent) => void,
	attributes: Record<string, string> = {},
): HTMLButtonElement {
	const { class: extra, ...rest } = attributes;
	const node = el('button', { type: 'button', class: extra ? `fjg-button ${extra}` : 'fjg-button', ...rest }, text);
	if (onClick) node.addEventListener('click', onClick);
	return node;
}

export { required } from './required.ts';

/** Words for screen readers only (the site's .sr-only class). */
export const srOnly = (text: string) => el('span', { class: 'sr-only' }, text);

/** Signs for eyes only: hidden from screen readers, which read the words beside them. */
export const eyesOnly = (text: string) => el('span', { 'aria-hidden': 'true' }, text);
