/**
 * What the search dialog needs once it is opened: the shared search loader and results view
 * (the /search/ page uses the same) and the dialog's styles. Imported dynamically by the Search
 * override, so pages do not download it until someone opens the search.
 * The styles are added here with a <link>, not imported as CSS: Astro would put CSS imported by
 * a page's scripts into every page's <head>.
 */
import stylesheet from './search-dialog.css?url';
export { loadSearch } from '~/client/pagefind.ts';
export { SearchView } from '~/client/search-view.ts';
export { SEARCH_RANKING } from '~/lib/query.ts';
import {
	COUNTRY_OPTIONS,
	SEARCH_DIALOG_KEYS,
	SEARCH_VIEW_LATER_KEYS,
	type SearchViewParts,
} from '~/client/search-view.ts';
import { parseCountry } from '~/lib/country.ts';
import type { Strings } from '~/client/strings.ts';
import { el } from '~/client/dom.ts';
import { AUDIENCES, AUDIENCE_LABELS, COUNTRY_FILTER } from '~/lib/taxonomy.ts';

const LATER_KEYS = [...SEARCH_VIEW_LATER_KEYS, ...SEARCH_DIALOG_KEYS];
type LaterKey = (typeof LATER_KEYS)[number];

/**
 * The words of the results in the page's language (src/pages/search-strings/[lang].json.ts).
 * A file without one of them is a build mistake: it fails, and the dialog says search could
 * not be loaded, as for any other part that did not download.
 */
export async function loadStrings(address: string): Promise<Strings<LaterKey>> {
	const response = await fetch(address);
	if (!response.ok) throw new Error(`${address}: ${response.status}`);
	const strings = (await response.json()) as Partial<Strings<LaterKey>>;
	const missing = LATER_KEYS.filter((key) => typeof strings[key] !== 'string');
	if (missing.length) throw new Error(`${address}: no ${missing.join(', ')}`);
	return strings as Strings<LaterKey>;
}

/** Adds the dialog's stylesheet once, and resolves when it has loaded (or failed: the results still work unstyled). */
export function loadStyles(): Promise<void> {
	if (document.querySelector('link[data-search-styles]')) return Promise.resolve();
	return new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesheet;
		link.dataset.searchStyles = '';
		link.onload = link.onerror = () => resolve();
		document.head.append(link);
	});
}

/**
 * The dialog's parts that only matter once search has loaded, made here rather than carried
 * by every page: the audience and country filters (beside the search box), the note ("Showing
 * results for …"), the results, where to start when nothing is found, and "Show more results".
 * The country filter starts at the reader's own country if they chose one (CountryChoice).
 */
export function makeDialogParts(
	fields: HTMLElement,
	status: HTMLElement,
	strings: Strings<LaterKey>,
): SearchViewParts & { audience: HTMLSelectElement; country: HTMLSelectElement } {
	const audience = el(
		'select',
		{ class: 'fjg-field', 'data-dialog-audience': '' },
		el('option', { value: '' }, strings['siteSearch.everyone']),
		...AUDIENCES.map((a) => el('option', { value: AUDIENCE_LABELS[a] }, strings[`audience.${a}`])),
	);
	const country = el(
		'select',
		{ class: 'fjg-field', 'data-dialog-country': '' },
		...COUNTRY_OPTIONS.map(([value, key]) => el('option', { value }, strings[key])),
	);
	const reader = parseCountry(document.documentElement.dataset.country);
	country.value = reader ? COUNTRY_FILTER[reader][0] : '';
	fields.append(
		el('label', { class: 'search-audience' }, el('span', {}, strings['siteSearch.audience']), audience),
		el('label', { class: 'search-audience' }, el('span', {}, strings['siteSearch.country']), country),
	);
	const note = el('p', { class: 'search-note', 'data-dialog-note': '', hidden: '' });
	const list = el('ol', { class: 'search-view', 'data-dialog-results': '' });
	const empty = el('div', { class: 'search-view__empty', 'data-dialog-empty': '', hidden: '' });
	const more = el(
		'button',
		{ type: 'button', class: 'search-more', 'data-dialog-more': '', hidden: '' },
		strings['siteSearch.moreLabel'],
	);
	status.after(note, list, empty, more);
	return { status, note, list, empty, more, audience, country };
}
