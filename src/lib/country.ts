/**
 * The reader's country (England or Wales), as CountryChoice keeps it: pure helpers, so the
 * unit tests run without a browser. The choice is stored on the device only after the reader
 * makes it (src/client/storage.ts), never in a cookie.
 */
export const COUNTRIES = ['england', 'wales'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The localStorage key. */
export const COUNTRY_KEY = 'fjg:country';

/** A saved value read back: a country, or null for nothing saved or anything unexpected. */
export function parseCountry(value: string | null | undefined): Country | null {
	return value === 'england' || value === 'wales' ? value : null;
}

/**
 * Whether a passage for `passage` is open: every passage is open until the reader has chosen;
 * then only their own country's.
 */
export function isOpenFor(passage: string | undefined, reader: Country | null): boolean {
	return reader === null || passage === reader;
}

/**
 * Adjacent passages for the two countries, reordered so that the reader's comes first.
 * `order` is the countries of a run of sibling passages, in page order; the result is the
 * indexes in the order to show them (a stable sort: the reader's country first).
 */
export function readerFirst(order: readonly string[], reader: Country | null): number[] {
	const indexes = order.map((_, i) => i);
	if (reader === null) return indexes;
	return [...indexes.filter((i) => order[i] === reader), ...indexes.filter((i) => order[i] !== reader)];
}

/**
 * Whether a page's rendered words have a passage for one country (ForCountry.astro and
 * WalesNote.astro write `<details … data-for-country="…">`): only then is the England or
 * Wales question worth asking on the page.
 */
export function hasCountryPassages(html: string): boolean {
	return /<details\b[^>]*\sdata-for-country="(?:england|wales)"/.test(html);
}
