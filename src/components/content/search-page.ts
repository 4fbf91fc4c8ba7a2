/**
 * <fjg-search-page>: the /search/ page (SearchPage.astro). Reads ?q=, ?audience= and ?country=, searches
 * with the shared loader and view (src/client/pagefind.ts, src/client/search-view.ts), and
 * keeps the address in step with the form so a search can be linked.
 */
import { FjgElement, defineElement } from '../../client/element.ts';
import { required } from '../../client/dom.ts';
import { loadSearch } from '../../client/pagefind.ts';
import { SearchView, type SearchViewKey } from '../../client/search-view.ts';
import { SEARCH_RANKING } from '../../lib/query.ts';

class SearchPage extends FjgElement<SearchViewKey> {
	#input!: HTMLInputElement;
	#audience!: HTMLSelectElement;
	#country!: HTMLSelectElement;
	#view!: SearchView;

	protected start(): void {
		const form = required<HTMLFormElement>(this, '[data-search-form]', this.localName);
		this.#input = required<HTMLInputElement>(form, 'input[name="q"]', this.localName);
		this.#audience = required<HTMLSelectElement>(form, 'select[name="audience"]', this.localName);
		this.#country = required<HTMLSelectElement>(form, 'select[name="country"]', this.localName);
		this.#view = new SearchView(
			{
				status: required(this, '[data-search-status]', this.localName),
				note: required(this, '[data-search-note]', this.localName),
				list: required<HTMLOListElement>(this, '[data-search-results]', this.localName),
				more: required<HTMLButtonElement>(this, '[data-search-more]', this.localName),
				empty: required(this, '[data-search-empty]', this.localName),
			},
			this.strings,
			(words) => {
				this.#input.value = words;
				this.#submit();
			},
		);
		const params = new URLSearchParams(location.search);
		this.#input.value = params.get('q') ?? '';
		this.#audience.value = params.get('audience') ?? '';
		this.#country.value = params.get('country') ?? '';
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submit();
		});
		void this.#run();
	}

	#submit() {
		const next = new URLSearchParams();
		if (this.#input.value.trim()) next.set('q', this.#input.value.trim());
		if (this.#audience.value) next.set('audience', this.#audience.value);
		if (this.#country.value) next.set('country', this.#country.value);
		history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
		void this.#run();
	}

	async #run() {
		const status = required(this, '[data-search-status]', this.localName);
		if (!this.#input.value.trim()) return;
		try {
			const search = await loadSearch('/pagefind/', SEARCH_RANKING);
			await this.#view.show(search, this.#input.value, {
				audience: this.#audience.value,
				country: this.#country.value,
			});
		} catch {
			status.textContent = this.strings['siteSearch.loadFailed'];
		}
	}
}

defineElement('fjg-search-page', SearchPage);
