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
import { correctQuery, loadVocabulary, showingResultsFor } from '~/lib/query.ts';

/**
 * Corrects misspelt words against the site's vocabulary, as the search page does, for
 * Pagefind UI's processTerm, and says so in `note` (a status message, empty when nothing was
 * changed). Without the vocabulary, terms pass unchanged.
 */
export async function spellingCorrector(): Promise<{
	processTerm: (term: string) => string;
	note: HTMLParagraphElement;
}> {
	const note = document.createElement('p');
	note.className = 'search-note';
	note.setAttribute('role', 'status');
	const vocabulary = await loadVocabulary();
	const processTerm = (term: string) => {
		const corrected = correctQuery(term, vocabulary);
		const text = corrected.changed ? showingResultsFor(corrected.query) : '';
		if (note.textContent !== text) note.textContent = text;
		return corrected.changed ? corrected.query : term;
	};
	return { processTerm, note };
}

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
