/**
 * Pagefind's search, loaded in the browser when search is first used, with the site's search
 * data (src/lib/query.ts): the one loader for the /search/ page and the search dialog.
 * Pagefind runs on the page itself (noWorker): the index is small, and its web worker is
 * another 40 KB to download.
 */
import {
	addProtected,
	addWords,
	wordShardsFor,
	wordsUrl,
	loadVocabulary,
	protectedShardsFor,
	protectedUrl,
	type Hit,
	type SearchData,
	type SearchEngine,
} from '../lib/query.ts';

/** What a result shows: Pagefind's fragment for one page. */
export interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters?: Record<string, string[]>;
}

export interface PagefindHit extends Hit {
	data(): Promise<ResultData>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(q: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindHit[] } | null>;
}

export interface LoadedSearch {
	engine: SearchEngine<PagefindHit>;
	data: SearchData;
	/** Fetches the index words and the protected English words a query needs before it is corrected. */
	prepare(query: string): Promise<void>;
}

let loading: Promise<LoadedSearch> | undefined;

/** Pagefind and the search data, downloaded once; a failed download is tried again next time. */
export function loadSearch(bundlePath: string, ranking?: Record<string, unknown>): Promise<LoadedSearch> {
	loading ??= (async () => {
		const [pagefind, data] = await Promise.all([
			import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>,
			loadVocabulary(),
		]);
		await pagefind.options({ noWorker: true, ...(ranking ? { ranking } : {}) });
		const engine: SearchEngine<PagefindHit> = {
			async search(terms, filters) {
				return (await pagefind.search(terms, { filters }))?.results ?? [];
			},
		};
		const prepare = async (query: string) => {
			await Promise.all(
				wordShardsFor(query, data).map(async (letter) => {
					try {
						const response = await fetch(wordsUrl(letter));
						if (response.ok) addWords(data, letter, (await response.json()) as { words: string[]; freq: number[] });
					} catch {
						// Offline: the letter stays unchecked, so its words are left as typed.
					}
				}),
			);
			await Promise.all(
				protectedShardsFor(query, data).map(async (letter) => {
					try {
						const response = await fetch(protectedUrl(letter));
						if (response.ok) addProtected(data, letter, (await response.json()) as string[]);
					} catch {
						// Offline: the letter stays unchecked, so its words are left as typed (never a real word changed).
					}
				}),
			);
		};
		return { engine, data, prepare };
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
