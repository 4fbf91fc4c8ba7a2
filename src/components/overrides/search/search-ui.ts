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
