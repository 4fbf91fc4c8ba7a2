/**
 * Saving pages for offline use, only when the reader asks (the saved-pages page's Save
 * button, src/components/content/saved-pages.ts, which the Save links of SaveOffline.astro
 * lead to), and removing everything. Pages and their files go into one Cache Storage
 * cache, and only then is the service worker (src/worker/sw.js, served as /sw.js) registered, which serves them
 * when there is no signal. Before a Save button is pressed, nothing is stored and no worker
 * is registered. What each page needs and each file's size come from /offline.json, made
 * at build time (src/build/offline.ts).
 * Everything is stored compressed (gzip, with the browser's own CompressionStream), because
 * Cache Storage keeps a body as it is given, and a page's HTML compresses to about a quarter:
 * "Save all family pages" is about 0.5 MB instead of 2 MB. The worker unpacks a copy as it
 * serves it. A browser without CompressionStream stores the bodies as they are.
 */
import { format } from './strings.ts';

/** The one cache: shared with the service worker (src/worker/sw.js). */
export const OFFLINE_CACHE = 'fjg-offline';
export const OFFLINE_INDEX_URL = '/offline.json';
export const WORKER_URL = '/sw.js';
/**
 * The header that marks a stored copy whose body is gzip. packed() and unpacked() are written
 * again in the worker (src/worker/sw.js), which is served as it is; tests/unit/offline.test.ts
 * runs both and checks that each reads what the other stores.
 */
export const PACKED_HEADER = 'X-FJG-Stored';

/**
 * A response as it is stored: its body compressed, marked so, with the headers it came with (the
 * Content-Security-Policy among them) but not its length, where the browser can compress.
 */
export async function packed(response: Response): Promise<Response> {
	if (typeof CompressionStream === 'undefined' || !response.body) return response;
	const body = await new Response(response.body.pipeThrough(new CompressionStream('gzip'))).blob();
	const headers = new Headers(response.headers);
	headers.delete('Content-Length');
	headers.delete('Content-Encoding');
	headers.set(PACKED_HEADER, 'gzip');
	return new Response(body, { status: response.status, headers });
}

/** A stored copy as it was served: unpacked, with its headers, when it was stored compressed. */
export function unpacked(stored: Response): Response {
	if (stored.headers.get(PACKED_HEADER) !== 'gzip' || !stored.body) return stored;
	const headers = new Headers(stored.headers);
	headers.delete(PACKED_HEADER);
	headers.delete('Content-Length');
	return new Response(stored.body.pipeThrough(new DecompressionStream('gzip')), { status: stored.status, headers });
}

export interface OfflineIndex {
	files: string[];
	bytes: number[];
	pages: Record<string, { title: string; family: boolean; needs: number[] }>;
	pageBytes: Record<string, number>;
	always: string[];
}

/** Saving for offline can work here: Cache Storage and service workers (a secure page: https or localhost). */
export function canSaveOffline(): boolean {
	return 'caches' in window && 'serviceWorker' in navigator && window.isSecureContext;
}

export interface SavedPage {
	path: string;
	title: string;
}

/** The index of what each page needs (asked of the network first; the worker answers from the saved copy offline). */
export async function loadIndex(): Promise<OfflineIndex> {
	const response = await fetch(OFFLINE_INDEX_URL, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${OFFLINE_INDEX_URL}: ${response.status}`);
	return (await response.json()) as OfflineIndex;
}

/** The addresses to store for these pages: each page, the files it needs, and what is always saved with them. */
export function addressesFor(index: OfflineIndex, paths: readonly string[]): string[] {
	const out = new Set<string>();
	const add = (path: string) => {
		const page = index.pages[path];
		out.add(path);
		for (const i of page?.needs ?? []) out.add(index.files[i]);
	};
	for (const path of paths) if (index.pages[path]) add(path);
	for (const extra of index.always) add(extra);
	return [...out];
}

/** The bytes these addresses take when stored (the index's sizes: compressed, as they are stored). */
export function bytesOf(index: OfflineIndex, addresses: readonly string[]): number {
	const fileBytes = new Map(index.files.map((f, i) => [f, index.bytes[i]]));
	return addresses.reduce((sum, a) => sum + (index.pageBytes[a] ?? fileBytes.get(a) ?? 0), 0);
}

/** The family pages ("Save all family pages"). */
export const familyPaths = (index: OfflineIndex): string[] =>
	Object.keys(index.pages).filter((path) => index.pages[path].family);

/**
 * Saves pages and registers the worker. Resolves with
 * the number of pages saved; rejects when the browser refused (storage full or blocked, no
 * network), after removing a half-finished save's worker registration.
 */
export async function savePages(paths: readonly string[]): Promise<number> {
	const index = await loadIndex();
	const cache = await caches.open(OFFLINE_CACHE);
	// Everything is fetched before anything is stored, so a failed fetch stores nothing.
	const copies = await Promise.all(
		addressesFor(index, paths).map(async (address) => {
			const response = await fetch(address);
			if (!response.ok) throw new Error(`${address}: ${response.status}`);
			return [address, await packed(response)] as const;
		}),
	);
	for (const [address, copy] of copies) await cache.put(address, copy);
	await navigator.serviceWorker.register(WORKER_URL, { scope: '/' });
	await navigator.serviceWorker.ready;
	return paths.filter((p) => index.pages[p]).length;
}

/** What is saved: the pages (with their titles, from the saved index) and the bytes of everything stored. */
export async function savedSummary(): Promise<{ pages: SavedPage[]; bytes: number }> {
	if (!('caches' in window) || !(await caches.has(OFFLINE_CACHE))) return { pages: [], bytes: 0 };
	const cache = await caches.open(OFFLINE_CACHE);
	const indexResponse = await cache.match(OFFLINE_INDEX_URL);
	const index = indexResponse ? ((await unpacked(indexResponse).json()) as OfflineIndex) : undefined;
	const pages: SavedPage[] = [];
	let bytes = 0;
	for (const request of await cache.keys()) {
		// What it takes on the device: the stored (compressed) body.
		const response = await cache.match(request);
		if (response) bytes += (await response.blob()).size;
		const path = new URL(request.url).pathname;
		const page = index?.pages[path];
		if (page) pages.push({ path, title: page.title });
	}
	pages.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
	return { pages, bytes };
}

/**
 * The words of each saved page (its main content, read from Cache Storage; reading stores
 * nothing), for searching what is saved when there is no signal (src/lib/saved-search.ts).
 */
export async function savedTexts(): Promise<{ path: string; title: string; text: string }[]> {
	const { pages } = await savedSummary();
	const cache = await caches.open(OFFLINE_CACHE);
	const parser = new DOMParser();
	const texts = [];
	for (const page of pages) {
		const response = await cache.match(page.path);
		if (!response) continue;
		const doc = parser.parseFromString(await unpacked(response).text(), 'text/html');
		const main = doc.querySelector('main .sl-markdown-content') ?? doc.querySelector('main');
		main?.querySelectorAll('script, style, .term__tip, [hidden]').forEach((node) => node.remove());
		texts.push({ ...page, text: (main?.textContent ?? '').replace(/\s+/g, ' ').trim() });
	}
	return texts;
}

/** Removes everything: every cache of this site, and the worker's registration. */
export async function removeAll(): Promise<void> {
	if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
	if ('serviceWorker' in navigator)
		for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

/** "1.2 MB" or "340 KB" from the strings' templates ("{n} MB", "{n} KB"; 1 KB = 1,024 bytes, as the rest of the site counts). */
export function formatBytes(bytes: number, units: { kb: string; mb: string }): string {
	if (bytes >= 1024 * 1024) return format(units.mb, { n: (bytes / (1024 * 1024)).toFixed(1) });
	return format(units.kb, { n: Math.max(1, Math.round(bytes / 1024)) });
}
