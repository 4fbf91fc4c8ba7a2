/**
 * The offline service worker of Family Justice Guides, written by hand (not generated with
 * workbox-build), because:
 * - nothing may be stored until the reader asks. This worker never stores a page or a file
 *   the reader did not save: it has no precache list, no install step that downloads, and
 *   it only ever replaces what is already in its cache. The page's Save buttons put files in
 *   the cache (src/client/offline.ts) and register this worker only then. That is easier to
 *   see, and to guarantee, in 130 lines than in a generated worker;
 * - it is small (about 1.3 KB compressed), and no third-party code runs in the reader's browser.
 *
 * What it does, for this site's own addresses only (any other address, such as the quick
 * exit's neutral site, is left to the browser, so with no signal the browser shows its own
 * "no internet" page there, and the quick exit has still replaced this site in the history):
 * - /_astro/… (file names carry a hash of their content, so they never change): from the
 *   cache when saved, otherwise from the network;
 * - a saved page: from the network when online, and the fresh copy replaces the saved one
 *   (so a reviewed page replaces the old one), with any new files it needs; from the cache
 *   when the network fails;
 * - a page that is not saved, with no network: the saved-pages page, which says this page is
 *   not saved and lists those that are;
 * - other saved files (the picture sprite, /offline.json): network first, then the cache.
 * Copies are stored compressed (gzip) and marked with a header, and unpacked as they are
 * served: packed() and unpacked() are src/client/offline.ts's, written again here because this
 * file is served as it is, not bundled. The cache's name and the header are shared with it.
 */
const CACHE = 'fjg-offline';
const PACKED_HEADER = 'X-FJG-Stored';
const SAVED_PAGE = '/about/saved/';
const INDEX = '/offline.json';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request));
	else if (request.mode === 'navigate') event.respondWith(page(event, url));
	else event.respondWith(networkFirst(request));
});

/**
 * A response as it is stored: its body compressed, marked so, with the headers it came with (the
 * Content-Security-Policy among them) but not its length, where the browser can compress.
 */
async function packed(response) {
	if (typeof CompressionStream === 'undefined' || !response.body) return response;
	const body = await new Response(response.body.pipeThrough(new CompressionStream('gzip'))).blob();
	const headers = new Headers(response.headers);
	headers.delete('Content-Length');
	headers.delete('Content-Encoding');
	headers.set(PACKED_HEADER, 'gzip');
	return new Response(body, { status: response.status, headers });
}

/** A stored copy as it was served: unpacked, with its headers, when it was stored compressed. */
function unpacked(stored) {
	if (stored.headers.get(PACKED_HEADER) !== 'gzip' || !stored.body) return stored;
	const headers = new Headers(stored.headers);
	headers.delete(PACKED_HEADER);
	headers.delete('Content-Length');
	return new Response(stored.body.pipeThrough(new DecompressionStream('gzip')), { status: stored.status, headers });
}

/** Fetches a file and stores it, compressed. */
async function store(cache, request) {
	const response = await fetch(request);
	if (response.ok) await cache.put(request, await packed(response));
}

/** A hashed file: the saved copy, or the network (and nothing is stored). */
async function cacheFirst(request) {
	const cache = await caches.open(CACHE);
	const saved = await cache.match(request);
	return saved ? unpacked(saved) : fetch(request);
}

/** A saved file is refreshed from the network and kept; an unsaved one is only fetched. */
async function networkFirst(request) {
	const cache = await caches.open(CACHE);
	const saved = await cache.match(request, { ignoreSearch: true });
	if (!saved) return fetch(request);
	try {
		const fresh = await fetch(request);
		if (fresh.ok) await cache.put(request, await packed(fresh.clone()));
		return fresh;
	} catch {
		return unpacked(saved);
	}
}

/** The address a page is saved under: without its query and fragment, and with its final slash. */
function pageKey(url) {
	const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
	return new URL(path, url.origin).href;
}

async function page(event, url) {
	const cache = await caches.open(CACHE);
	const key = pageKey(url);
	const saved = await cache.match(key);
	try {
		const fresh = await fetch(event.request);
		if (saved && fresh.ok && !fresh.redirected) {
			await cache.put(key, await packed(fresh.clone()));
			event.waitUntil(saveWhatItNeeds(cache, new URL(key).pathname).catch(() => {}));
		}
		return fresh;
	} catch (error) {
		if (saved) return unpacked(saved);
		const offlinePage = await cache.match(new URL(SAVED_PAGE, url.origin).href);
		if (offlinePage) return unpacked(offlinePage);
		throw error;
	}
}

/** After a saved page is refreshed: the files its new version needs that are not saved yet, and the new index. */
async function saveWhatItNeeds(cache, path) {
	const response = await fetch(INDEX, { cache: 'no-cache' });
	if (!response.ok) return;
	const index = await response.clone().json();
	await cache.put(INDEX, await packed(response));
	const entry = index.pages[path];
	if (!entry) return;
	for (const i of entry.needs) {
		const file = index.files[i];
		if (!(await cache.match(file))) await store(cache, file);
	}
}
