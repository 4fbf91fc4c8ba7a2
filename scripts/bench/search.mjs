/**
 * The "search" part of `npm run bench`: bytes of what a first search downloads (the /pagefind/
 * responses, the site's search data /search-words.json, its words' letters /search-words/<letter>.json,
 * and any /search-protected/<letter>.json
 * a correction needs), then the quality of the results (./search-quality.mjs),
 * a fresh browser context per query: the encoded response bodies as Chromium received them
 * (Pagefind's index files are already compressed; the host gzips pagefind.js), and the
 * decoded sizes beside them.
 */
import { COMPRESSIBLE, MOBILE, gz, heading, kb, table } from './common.mjs';
import { measureSearchQuality } from './search-quality.mjs';

const QUERIES = [
	'special guardianship',
	'letter before proceedings',
	's20',
	'nan',
	'legal aid',
	'speshal guardianship',
];

/** What search downloads on first use: Pagefind, the site's search data and protected words. */
const SEARCH_FILE = /^\/(pagefind\/|search-words(\.json$|\/)|search-protected\/)/;

/** One first search in a fresh context: the /pagefind/ bytes it fetched and what the page said. */
async function firstSearch(browser, base, query, verbose) {
	const context = await browser.newContext(MOBILE);
	const page = await context.newPage();
	const requests = [];
	page.on('requestfinished', (req) => requests.push(req));
	await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(
		() => /found|could not/.test(document.querySelector('fjg-search-page [data-search-status]')?.textContent ?? ''),
		null,
		{ timeout: 30_000 },
	);
	await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
	const status = await page.textContent('fjg-search-page [data-search-status]');
	let body = 0;
	let transferred = 0;
	let count = 0;
	let chunks = 0;
	for (const req of requests) {
		if (!SEARCH_FILE.test(new URL(req.url()).pathname)) continue;
		const res = await req.response();
		const buf = await res.body();
		const size = buf.length;
		// On the wire: the encoded body as Chromium received it (the host gzips text, as serveDist does).
		// Chromium reports no size for requests made from a web worker: then it is computed the same way.
		const reported = (await req.sizes()).responseBodySize;
		const wire =
			reported > 0 ? reported : COMPRESSIBLE.test(String(res.headers()['content-type'] ?? '')) ? gz(buf) : size;
		body += size;
		transferred += wire;
		count++;
		if (new URL(req.url()).pathname.startsWith('/pagefind/index/')) chunks++;
		if (verbose)
			console.log(
				`  "${query}"  ${kb(size).padStart(6)} KB body  ${kb(wire).padStart(6)} KB on the wire  ${new URL(req.url()).pathname}`,
			);
	}
	await context.close();
	return { query, body, transferred, count, chunks, found: status?.trim() };
}

export async function measureSearch(browser, base, { verbose = false, updateQuality = false } = {}) {
	const results = [];
	for (const query of QUERIES) results.push(await firstSearch(browser, base, query, verbose));
	heading(
		'First search: bytes fetched from /pagefind/, /search-words.json and /search-words/, /search-protected/ (fresh browser, /search/?q=…)',
	);
	table(
		['query', 'requests', 'index chunks', 'decoded KB', 'on the wire KB', 'result'],
		results.map((r) => [`"${r.query}"`, r.count, r.chunks, kb(r.body), kb(r.transferred), r.found]),
	);
	results.quality = await measureSearchQuality(browser, base, { update: updateQuality });
	return results;
}
