/**
 * Search results as the /search/ page and the search dialog both show them: a status line,
 * "Showing results for …" or "Did you mean …?", the results 5 at a time, each with who it is
 * for, and, when nothing is found, where a family can start and key words that find pages.
 * What to search for and in what order is decided by runQuery (src/lib/query.ts).
 */
import { el } from './dom.ts';
import { format, type Strings } from './strings.ts';
import { runQuery, type Outcome, type SearchChoice } from '../lib/query.ts';
import { AUDIENCES, AUDIENCE_LABELS, SECTIONS, SECTION_LABELS } from '../lib/taxonomy.ts';
import type { LoadedSearch, PagefindHit, ResultData } from './pagefind.ts';

/**
 * The UI strings the view needs (i18n collection, keys declared in src/content.config.ts).
 * These two the search dialog needs before its results code has loaded, to say that search is
 * loading or could not load: they are in every page (data-strings).
 */
export const SEARCH_VIEW_FIRST_KEYS = ['siteSearch.loading', 'siteSearch.loadFailed'] as const;
/**
 * The words of the results. The search dialog downloads them with Pagefind when it is first
 * opened (src/pages/search-strings/[lang].json.ts), so pages do not carry them. The /search/
 * page has all of them in its data-strings.
 */
export const SEARCH_VIEW_LATER_KEYS = [
	'siteSearch.searching',
	'siteSearch.found',
	'siteSearch.foundOne',
	'siteSearch.none',
	'siteSearch.showingFor',
	'siteSearch.searchInstead',
	'siteSearch.didYouMean',
	'siteSearch.more',
	'siteSearch.forWhom',
	// Who a result is for, in the page's language: the index's filters hold the English names.
	...SECTIONS.map((section) => `section.${section}` as const),
	...AUDIENCES.map((audience) => `audience.${audience}` as const),
	'siteSearch.startHeading',
	'siteSearch.tryWords',
] as const;
export const SEARCH_VIEW_KEYS = [...SEARCH_VIEW_FIRST_KEYS, ...SEARCH_VIEW_LATER_KEYS] as const;
/**
 * The words of the search dialog's own parts made with its results code (the audience and country filters
 * and the "Show more results" button; src/components/overrides/search/search-ui.ts), downloaded
 * with the words of the results. The /search/ page writes these in its markup.
 */
/** The country filter's choices: the index's "country" value ('' for both) and the words for it. */
export const COUNTRY_OPTIONS = [
	['', 'siteSearch.countryAny'],
	['England', 'siteSearch.england'],
	['Wales', 'siteSearch.wales'],
] as const;

export const SEARCH_DIALOG_KEYS = [
	'siteSearch.audience',
	'siteSearch.everyone',
	'siteSearch.moreLabel',
	'siteSearch.country',
	'siteSearch.countryAny',
	'siteSearch.england',
	'siteSearch.wales',
	// The audience filter's options use the audiences' names (audience.*), which are among the
	// results' words above (SEARCH_VIEW_LATER_KEYS): the options' values stay the index's.
] as const;
export type SearchViewKey = (typeof SEARCH_VIEW_KEYS)[number];

export interface SearchViewParts {
	status: HTMLElement;
	note: HTMLElement;
	list: HTMLOListElement;
	more: HTMLButtonElement;
	/** Where the starting points go when nothing is found. */
	empty: HTMLElement;
}

/** Results are shown 5 at a time (as in Pagefind's own interface): each one shown downloads that page's excerpt. */
const BATCH = 5;

/** The i18n key of each English name the index's filters hold: "Easy read" → "section.easy-read". */
const FILTER_KEYS: Record<string, string> = Object.fromEntries([
	...SECTIONS.map((section) => [SECTION_LABELS[section], `section.${section}`]),
	...AUDIENCES.map((audience) => [AUDIENCE_LABELS[audience], `audience.${audience}`]),
]);

/**
 * "Easy read · for families": who a result is for, from the page's filters, in the page's
 * language: `words` gives the words for an i18n key (the English name is kept when it has none).
 */
export function forWhom(
	data: ResultData,
	template: string,
	words: (key: string) => string | undefined = () => undefined,
): string {
	const say = (name: string) => (FILTER_KEYS[name] ? words(FILTER_KEYS[name]) : undefined) ?? name;
	const audiences = (data.filters?.audience ?? []).map(say);
	const section = say(data.filters?.section?.[0] ?? '');
	return format(template, { section, audiences: audiences.join(', ').toLowerCase() }).replace(/^ · /, '');
}

export class SearchView {
	#pending: PagefindHit[] = [];
	#run = 0;

	constructor(
		private readonly parts: SearchViewParts,
		private readonly strings: Strings<SearchViewKey>,
		/** Called when the reader picks other words (a "Did you mean" or a suggested word). */
		private readonly searchFor: (query: string) => void,
	) {
		parts.more.addEventListener('click', async () => {
			// Keyboard and screen reader users carry on from the first new result.
			(await this.#showMore())?.focus();
		});
	}

	/** Searches and shows the results; a later call makes an earlier one stop showing its own. */
	async show(
		search: LoadedSearch,
		query: string,
		choice: SearchChoice = {},
	): Promise<Outcome<PagefindHit> | undefined> {
		const run = ++this.#run;
		const { status, list, note, more, empty } = this.parts;
		const q = query.trim();
		if (!q) {
			this.#clear();
			status.textContent = '';
			return undefined;
		}
		status.textContent = this.strings['siteSearch.searching'];
		await search.prepare(q);
		const outcome = await runQuery(q, search.data, search.engine, choice);
		if (run !== this.#run) return undefined;
		this.#clear();
		this.#pending = outcome.hits;
		this.#note(outcome);
		if (outcome.hits.length) await this.#showMore();
		else this.#empty(outcome);
		if (run !== this.#run) return undefined;
		const n = outcome.hits.length;
		status.textContent = format(
			this.strings[n === 0 ? 'siteSearch.none' : n === 1 ? 'siteSearch.foundOne' : 'siteSearch.found'],
			{ count: n, query: q },
		);
		list.hidden = n === 0;
		empty.hidden = n > 0;
		more.hidden = this.#pending.length === 0;
		note.hidden = !note.firstChild;
		return outcome;
	}

	/** Says when the search used other words, or offers them: each as a link that searches for it. */
	#note(outcome: Outcome) {
		const { note } = this.parts;
		const link = (words: string) => {
			const a = el('a', { href: `/search/?q=${encodeURIComponent(words)}` }, words);
			a.addEventListener('click', (event) => {
				event.preventDefault();
				this.searchFor(words);
			});
			return a;
		};
		if (outcome.showingFor) {
			const [before, after] = this.strings['siteSearch.showingFor'].split('{query}');
			const [iBefore, iAfter] = this.strings['siteSearch.searchInstead'].split('{query}');
			note.append(
				el('span', {}, before, el('strong', {}, outcome.showingFor), after ?? ''),
				' ',
				el('span', {}, iBefore, link(outcome.typed), iAfter ?? ''),
			);
		} else if (outcome.didYouMean) {
			const [before, after] = this.strings['siteSearch.didYouMean'].split('{query}');
			note.append(before, link(outcome.didYouMean), after ?? '');
		}
	}

	/** Nothing found: the family starting points and key words that find pages. */
	#empty(outcome: Outcome) {
		const { empty } = this.parts;
		const start = outcome.start.map((s) => el('li', {}, el('a', { href: s.href }, s.title)));
		const words = outcome.suggestions.map((w) => {
			const a = el('a', { href: `/search/?q=${encodeURIComponent(w)}` }, w);
			a.addEventListener('click', (event) => {
				event.preventDefault();
				this.searchFor(w);
			});
			return el('li', {}, a);
		});
		empty.append(
			el('h2', {}, this.strings['siteSearch.startHeading']),
			el('ul', {}, ...start),
			el('p', {}, this.strings['siteSearch.tryWords']),
			el('ul', { class: 'search-view__words' }, ...words),
		);
	}

	#clear() {
		const { list, note, more, empty } = this.parts;
		list.replaceChildren();
		note.replaceChildren();
		empty.replaceChildren();
		this.#pending = [];
		more.hidden = true;
	}

	/** Shows the next batch of results; returns the first link added. */
	async #showMore(): Promise<HTMLAnchorElement | undefined> {
		const { list, more } = this.parts;
		const batch = this.#pending.slice(0, BATCH);
		this.#pending = this.#pending.slice(BATCH);
		const results = await Promise.all(batch.map((r) => r.data()));
		let first: HTMLAnchorElement | undefined;
		for (const result of results) {
			const link = el('a', { href: result.url, class: 'search-view__title' }, result.meta.title ?? result.url);
			const who = el(
				'p',
				{ class: 'search-view__for' },
				forWhom(result, this.strings['siteSearch.forWhom'], (key) => this.strings[key as SearchViewKey]),
			);
			const excerpt = el('p', { class: 'search-view__excerpt' });
			// Pagefind's excerpt is text from our own pages, escaped, with <mark> around the matches.
			excerpt.innerHTML = result.excerpt;
			list.append(el('li', {}, link, who, excerpt));
			first ??= link;
		}
		more.hidden = this.#pending.length === 0;
		more.textContent = format(this.strings['siteSearch.more'], { count: this.#pending.length });
		return first;
	}
}
