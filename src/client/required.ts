/**
 * The element the markup promises. A missing one is a mistake in the component's .astro file,
 * so the error names the component and the selector rather than failing later on null.
 * (Its own module, re-exported by dom.ts, so that the components on every page can use it
 * without loading the rest of dom.ts: see SITE_SCRIPTS in astro.config.mjs.)
 */
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string, component = 'fjg'): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`${component}: ${selector} is missing from the page`);
	return found;
}
