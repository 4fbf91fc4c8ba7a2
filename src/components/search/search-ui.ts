/**
 * What the search dialog needs once it is opened: Pagefind's UI and its styles.
 * Imported dynamically by the Search override, so pages do not download it
 * (about 30 KB compressed) until someone opens the search.
 * The styles are added here with a <link>, not imported as CSS: Astro would put
 * CSS imported by a page's scripts into every page's <head>.
 */
import stylesheet from './search-dialog.css?url';
// @ts-expect-error — @pagefind/default-ui ships no types.
export { PagefindUI } from '@pagefind/default-ui';

/** Adds the dialog's stylesheet once, and resolves when it has loaded (or failed: the UI still works unstyled). */
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
