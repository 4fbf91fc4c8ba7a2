/**
 * The "weights" part of `npm run bench`: per page type, in Chromium, from its network events,
 * the first visit (the HTML plus every non-image request made before `load`), the repeat
 * visit (the HTML alone), the JS at start and the images; then every built page from the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// One definition of an inline script, shared with the Content-Security-Policy step.
import { inlineScripts } from '../../src/build/csp.ts';
import { listFiles } from '../../src/build/list-files.mjs';
import { KB, MOBILE, PAGES, br, gz, heading, kb, table } from './common.mjs';
import { budgets, exceptionFor } from './budgets.mjs';

/**
 * A leaflet opened by a reader whose browser asks to save data (Save-Data, which Chromium's data
 * saver reports as navigator.connection.saveData): issue 20's little-data mode, in which pictures
 * and QR codes load only when asked, so its first visit, pictures included, is what it weighs.
 */
export const SAVE_DATA_PAGES = [['easy read, Save-Data', '/easy-read/letter-before-proceedings/']];

/** Every request one page type makes in a fresh mobile context, with its compressed sizes. */
async function pageRequests(browser, url, { saveData = false } = {}) {
	const context = await browser.newContext(MOBILE);
	const page = await context.newPage();
	if (saveData)
		await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
	let loaded = false;
	const requests = [];
	page.on('request', (req) => requests.push({ req, atStart: !loaded }));
	page.on('load', () => (loaded = true));
	await page.goto(url, { waitUntil: 'load' });
	// Give idle-time work (requestIdleCallback, prefetching) a chance to show, then stop listening.
	await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
	await page.waitForTimeout(1000);
	const rows = [];
	for (const { req, atStart } of requests) {
		const res = await req.response().catch(() => null);
		const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
		const type = String(res?.headers()['content-type'] ?? '');
		const kind =
			req.resourceType() === 'document'
				? 'html'
				: type.startsWith('image/') || req.resourceType() === 'image'
					? 'image'
					: req.resourceType() === 'script'
						? 'js'
						: req.resourceType() === 'stylesheet'
							? 'css'
							: 'other';
		rows.push({
			url: new URL(req.url()).pathname,
			kind,
			atStart,
			raw: body.length,
			gzip: body.length ? gz(body) : 0,
			brotli: body.length ? br(body) : 0,
			body,
		});
	}
	await context.close();
	return rows;
}

/** The weights of one page type from its requests. */
function summarise(name, path, rows) {
	const start = rows.filter((r) => r.atStart);
	const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
	const html = start.find((r) => r.kind === 'html');
	const nonImage = start.filter((r) => r.kind !== 'image');
	const images = start.filter((r) => r.kind === 'image');
	const scripts = start.filter((r) => r.kind === 'js');
	const inline = Buffer.from(inlineScripts(html.body.toString('utf8')).join('\n'));
	return {
		name,
		path,
		first: {
			raw: sum(nonImage, 'raw'),
			gzip: sum(nonImage, 'gzip'),
			brotli: sum(nonImage, 'brotli'),
			requests: nonImage.length,
		},
		css: {
			gzip: sum(
				start.filter((r) => r.kind === 'css'),
				'gzip',
			),
		},
		repeat: { raw: html.raw, gzip: html.gzip, brotli: html.brotli },
		js: {
			gzip: sum(scripts, 'gzip') + (inline.length ? gz(inline) : 0),
			brotli: sum(scripts, 'brotli') + (inline.length ? br(inline) : 0),
			files: scripts.length,
			inline: inline.length,
		},
		images: { raw: sum(images, 'raw'), gzip: sum(images, 'gzip'), requests: images.length },
		later: rows.filter((r) => !r.atStart).map((r) => ({ url: r.url, kind: r.kind, gzip: r.gzip })),
		requests: rows.map(({ body: _body, ...r }) => r), // the bodies stay out of bench.json
	};
}

/** Measures each page type, prints the table, and adds `allPages` (every built page) to the result. */
export async function measureWeights(browser, base, { dist, verbose = false }) {
	const results = [];
	const saveData = new Set(SAVE_DATA_PAGES.map(([name]) => name));
	for (const [name, path] of [...PAGES, ...SAVE_DATA_PAGES]) {
		const rows = await pageRequests(browser, base + path, { saveData: saveData.has(name) });
		results.push({ ...summarise(name, path, rows), saveData: saveData.has(name) });
		if (verbose) {
			console.log(`\n${name} ${path}`);
			for (const r of rows)
				console.log(
					`  ${r.atStart ? 'start' : 'later'}  ${r.kind.padEnd(5)} ${kb(r.gzip).padStart(7)} KB gzip  ${r.url}`,
				);
		}
	}
	heading('Page weight (KB, 1 KB = 1,024 bytes; gzip level 6 / brotli 11 per response)');
	table(
		[
			'page type',
			'first gzip',
			'first br',
			'of which CSS',
			'requests',
			'repeat gzip',
			'repeat br',
			'JS gzip',
			'JS br',
			'images gzip',
		],
		results.map((r) => [
			r.name,
			kb(r.first.gzip),
			kb(r.first.brotli),
			kb(r.css.gzip),
			r.first.requests,
			kb(r.repeat.gzip),
			kb(r.repeat.brotli),
			kb(r.js.gzip),
			kb(r.js.brotli),
			`${kb(r.images.gzip)} (${r.images.requests})`,
		]),
	);
	const later = results.flatMap((r) => r.later.map((l) => `${r.name}: ${l.url} (${kb(l.gzip)} KB)`));
	results.allPages = everyPage(dist);
	console.log(
		later.length
			? `Requested after the load event (not counted in the first visit):\n  ${later.join('\n  ')}`
			: 'Nothing was requested after the load event (no idle-time preloads or prefetches).',
	);
	return results;
}

/**
 * Repeat-visit weight of every built page (its HTML, gzip), and how much of it is the page's
 * own text (the words of its main content, tags stripped): the budgets apply to every page.
 */
export function everyPage(dist) {
	const pages = [];
	for (const full of listFiles(dist, { ext: '.html' })) {
		const html = readFileSync(full);
		const path =
			'/' +
			full
				.slice(dist.length + 1)
				.replace(/index\.html$/, '')
				.replace(/\\/g, '/');
		const main = html.toString('utf8').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
		const text = main
			.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		pages.push({
			path,
			gzip: gz(html),
			text: gz(Buffer.from(text)),
			first: gz(html) + startFiles(dist, html.toString('utf8')),
		});
	}
	pages.sort((a, b) => b.gzip - a.gzip);
	const over = pages.filter((p) => p.gzip > budgets.repeatVisitGzipKB * KB);
	heading(
		`Every page: HTML (repeat visit), gzip; ${pages.length} pages, ${over.length} over ${budgets.repeatVisitGzipKB} KB`,
	);
	if (over.length)
		table(
			['page', 'HTML KB', "page's own text KB", 'exception'],
			over.map((p) => [p.path, kb(p.gzip), kb(p.text), exceptionFor(p.path)?.id ?? '']),
		);
	const median = pages[Math.floor(pages.length / 2)];
	console.log(`Largest ${kb(pages[0].gzip)} KB (${pages[0].path}); median ${kb(median.gzip)} KB.`);
	const firsts = [...pages].sort((a, b) => b.first - a.first);
	console.log(
		`First visit worked out from the files (HTML, its stylesheets and scripts and their static imports): largest ${kb(firsts[0].first)} KB (${firsts[0].path}), ${firsts.filter((p) => p.first > budgets.firstVisitGzipKB * KB).length} over ${budgets.firstVisitGzipKB} KB.`,
	);
	return pages;
}

const fileGzip = new Map();
/**
 * The first visit of a page worked out from the files (the browser measure is per page type):
 * the gzip size of each stylesheet and script the HTML links, and of the modules those
 * scripts import statically (what the browser fetches before the load event; dynamic imports,
 * such as the search UI, wait until they are used).
 */
function startFiles(dist, html) {
	const seen = new Set();
	const queue = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"|<script[^>]* src="(\/[^"]+)"/g)].map(
		(m) => m[1] ?? m[2],
	);
	let total = 0;
	while (queue.length) {
		const url = queue.shift();
		if (seen.has(url)) continue;
		seen.add(url);
		const file = join(dist, url);
		if (!existsSync(file)) continue;
		const buf = readFileSync(file);
		if (!fileGzip.has(url)) fileGzip.set(url, gz(buf));
		total += fileGzip.get(url);
		if (url.endsWith('.js'))
			for (const m of buf.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g))
				queue.push(join(url, '..', m[1]).replace(/\\/g, '/'));
	}
	return total;
}
