/**
 * UI strings in client code come from the i18n collection (src/content/i18n/), never from
 * English written in a script: the component's .astro file renders them into a
 * data-strings attribute with stringsAttribute() (src/lib/ui-strings.ts), and the element
 * reads them here. A missing key is a mistake in the .astro file, so it fails loudly.
 */
export type Strings<K extends string> = Record<K, string>;

export function readStrings<K extends string>(host: HTMLElement, component: string): Strings<K> {
	const raw = host.dataset.strings;
	if (!raw) throw new Error(`${component}: data-strings is missing; render it with stringsAttribute()`);
	return JSON.parse(raw) as Strings<K>;
}

/** "{count} of {total}" with the values put in; a placeholder without a value is left as it is. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
