/**
 * The offline service worker of Family Justice Guides, written by hand (not generated with
 * workbox-build), because:
 * - nothing may be stored until the reader asks. This worker never stores a page or a file
 *   the reader did not save: it has no precache list, no install step that downloads, and
 *   it only ever replaces what is already in its cache. The page's Save buttons put files in
 *   the cache (src/client/offline.ts) and register this worker only then. That is easier to
 *   see, and to guarantee, in 100 lines than in a generated worker;
 * - it is small (about 1 KB compressed), and no third-party code runs in the reader's browser.
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
 * The cache's name is shared with src/client/offline.ts.
 */
const CACHE = 'fjg-offline';
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

/** A hashed file: the saved copy, or the network (and nothing is stored). */
async function cacheFirst(request) {
	const cache = await caches.open(CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

/** A saved file is refreshed from the network and kept; an unsaved one is only fetched. */
async function networkFirst(request) {
	const cache = await caches.open(CACHE);
	const saved = await cache.match(request, { ignoreSearch: true });
	if (!saved) return fetch(request);
	try {
		const fresh = await fetch(request);
		if (fresh.ok) await cache.put(request, fresh.clone());
		return fresh;
	} catch {
		return saved;
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
			await cache.put(key, fresh.clone());
			event.waitUntil(saveWhatItNeeds(cache, new URL(key).pathname).catch(() => {}));
		}
		return fresh;
	} catch (error) {
		if (saved) return saved;
		const offlinePage = await cache.match(new URL(SAVED_PAGE, url.origin).href);
		if (offlinePage) return offlinePage;
		throw error;
	}
}

/** After a saved page is refreshed: the files its new version needs that are not saved yet, and the new index. */
async function saveWhatItNeeds(cache, path) {
	const response = await fetch(INDEX, { cache: 'no-cache' });
	if (!response.ok) return;
	const index = await response.clone().json();
	await cache.put(INDEX, response);
	const entry = index.pages[path];
	if (!entry) return;
	for (const i of entry.needs) {
		const file = index.files[i];
		if (!(await cache.match(file))) await cache.add(file);
	}
}
