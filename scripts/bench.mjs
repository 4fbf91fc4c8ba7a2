#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and measures what readers download and what
 * building costs, then checks the budgets in scripts/bench-budgets.json.
 * Not part of `npm test`: the timings depend on the machine and what else it is doing.
 *
 *   weights     per page type, in Chromium, from its network events:
 *               first visit = the HTML plus every stylesheet, script, modulepreload and
 *               other non-image request made before the page's `load` event (inline
 *               scripts are inside the HTML); requests made after `load` (idle-time
 *               preloads, prefetches) are listed but not counted; images are counted
 *               separately. Repeat visit = the HTML alone (the hashed /_astro/ files are
 *               cached). JS at start = the scripts requested before `load` plus the inline
 *               scripts. Each response is compressed on its own with gzip (level 6) and
 *               brotli (quality 11) from node:zlib.
 *   search      bytes of the /pagefind/ responses for a first search, fresh browser context per query:
 *               the encoded response bodies as Chromium received them (Pagefind's index files are
 *               already compressed; the host gzips pagefind.js), and the decoded sizes beside them.
 *   lighthouse  Lighthouse (mobile, default throttling) on one page of each type, system Chromium.
 *   scale       build time and peak memory for 1,000 and 5,000 generated pages, this site's
 *               code against a bare Starlight site (projects written to tests/.tmp/, removed after).
 *   load        50 connections for 10 s on loopback against `node scripts/serve.mjs dist`
 *               (autocannon): requests per second, latency, errors and timeouts (scripts/bench/load.mjs).
 *
 * Options:
 *   --quick                skip the 5,000-page builds and Lighthouse
 *   --only=a,b             run only some parts: weights, search, lighthouse, scale, load
 *   --strict               exit 1 when a budget fails (otherwise the bench always exits 0)
 *   --skip-build           measure the existing dist/ instead of building first
 *   --lighthouse-runs=N    Lighthouse runs per page, the median kept (default 3: scores vary from run to run)
 *   --sizes=1000,5000      page counts for the scale builds
 *   --build-runs=N         runs of each build of up to 1,000 pages, the fastest kept (default 2)
 *   --verbose              list every request
 *   --keep                 keep the generated projects in tests/.tmp/ (to profile a build by hand)
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, createGzip, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { createStaticServer } from './serve.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { checkLoad, measureLoad } from './bench/load.mjs';
import { listFiles } from '../src/lib/list-files.mjs';
import { inlineScripts } from '../src/lib/csp.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const STRICT = flag('strict');
const VERBOSE = flag('verbose');
const KEEP = flag('keep');
const ALL_PARTS = ['weights', 'search', 'lighthouse', 'scale', 'load'];
const parts = new Set(option('only')?.split(',').map((s) => s.trim()) ?? ALL_PARTS);
for (const p of parts) if (!ALL_PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (use ${ALL_PARTS.join(', ')})`);
if (QUICK) parts.delete('lighthouse');
const LH_RUNS = Number(option('lighthouse-runs') ?? 3);
const BUILD_RUNS = Number(option('build-runs') ?? 2);
const SIZES = (option('sizes') ?? (QUICK ? '1000' : '1000,5000')).split(',').map(Number);

const budgets = JSON.parse(readFileSync(join(ROOT, 'scripts', 'bench-budgets.json'), 'utf8'));
const KB = 1024;

const PAGES = [
	['home', '/'],
	['guidance', '/guidance/letter-before-proceedings/'],
	['easy read', '/easy-read/letter-before-proceedings/'],
	['SGO toolkit', '/sgo-toolkit/assessment/'],
	['training', '/training/m01-pre-proceedings-and-the-plo/'],
	['glossary', '/glossary/'],
	['search', '/search/'],
];
const QUERIES = ['special guardianship', 'letter before proceedings', 's20', 'nan', 'legal aid'];

// ---------------------------------------------------------------- helpers

const gz = (buf) => gzipSync(buf, { level: 6 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / KB).toFixed(1);
const sec = (ms) => (ms / 1000).toFixed(1);

function table(headers, rows) {
	const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
	console.log(line(headers));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}

function heading(text) {
	console.log(`\n== ${text} ==`);
}

/** Runs `node scripts/bench-build.mjs <root>` and returns its BENCH_BUILD numbers. */
function buildProject(root, env = {}) {
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'bench-build.mjs'), root], {
			cwd: root,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('exit', (code) => {
			const line = out.split('\n').find((l) => l.startsWith('BENCH_BUILD '));
			if (code === 0 && line) resolvePromise(JSON.parse(line.slice('BENCH_BUILD '.length)));
			else resolvePromise({ error: `exit code ${code}`, output: out.slice(-3000) });
		});
	});
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The built site as a static host serves it: scripts/serve.mjs (its headers, index pages
 * and 404 page) behind a front that gzips text responses, as hosts and CDNs do.
 */
async function serveDist(dist) {
	const inner = createStaticServer(dist);
	await new Promise((r) => inner.listen(0, '127.0.0.1', r));
	const innerPort = inner.address().port;
	const front = createServer((req, res) => {
		const headers = { ...req.headers };
		delete headers['accept-encoding'];
		const upstream = httpRequest({ host: '127.0.0.1', port: innerPort, path: req.url, method: req.method, headers }, (up) => {
			const type = String(up.headers['content-type'] ?? '');
			const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type) && req.method !== 'HEAD';
			const outHeaders = { ...up.headers };
			if (gzip) {
				delete outHeaders['content-length'];
				outHeaders['content-encoding'] = 'gzip';
				outHeaders.vary = 'Accept-Encoding';
			}
			res.writeHead(up.statusCode ?? 500, outHeaders);
			if (gzip) up.pipe(createGzip({ level: 6 })).pipe(res);
			else up.pipe(res);
		});
		upstream.on('error', (e) => {
			res.writeHead(502);
			res.end(String(e));
		});
		req.pipe(upstream);
	});
	await new Promise((r) => front.listen(0, '127.0.0.1', r));
	return {
		base: `http://localhost:${front.address().port}`,
		close: () => {
			front.close();
			inner.close();
		},
	};
}

async function launchBrowser() {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('Chromium not found: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');
	return chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
}

const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

// ---------------------------------------------------------------- weights

async function measureWeights(browser, base) {
	const results = [];
	for (const [name, path] of PAGES) {
		const context = await browser.newContext(MOBILE);
		const page = await context.newPage();
		let loaded = false;
		const requests = [];
		page.on('request', (req) => requests.push({ req, atStart: !loaded }));
		page.on('load', () => (loaded = true));
		await page.goto(base + path, { waitUntil: 'load' });
		// Give idle-time work (requestIdleCallback, prefetching) a chance to show, then stop listening.
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
		await page.waitForTimeout(1000);
		const rows = [];
		for (const { req, atStart } of requests) {
			const res = await req.response().catch(() => null);
			const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
			const type = String(res?.headers()['content-type'] ?? '');
			const kind = req.resourceType() === 'document' ? 'html' : type.startsWith('image/') || req.resourceType() === 'image' ? 'image' : req.resourceType() === 'script' ? 'js' : req.resourceType() === 'stylesheet' ? 'css' : 'other';
			rows.push({ url: new URL(req.url()).pathname, kind, atStart, raw: body.length, gzip: body.length ? gz(body) : 0, brotli: body.length ? br(body) : 0, body });
		}
		await context.close();
		const start = rows.filter((r) => r.atStart);
		const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
		const html = start.find((r) => r.kind === 'html');
		const nonImage = start.filter((r) => r.kind !== 'image');
		const images = start.filter((r) => r.kind === 'image');
		const scripts = start.filter((r) => r.kind === 'js');
		const inline = Buffer.from(inlineScripts(html.body.toString('utf8')).join('\n'));
		const result = {
			name,
			path,
			first: { raw: sum(nonImage, 'raw'), gzip: sum(nonImage, 'gzip'), brotli: sum(nonImage, 'brotli'), requests: nonImage.length },
			css: { gzip: sum(start.filter((r) => r.kind === 'css'), 'gzip') },
			repeat: { raw: html.raw, gzip: html.gzip, brotli: html.brotli },
			js: {
				gzip: sum(scripts, 'gzip') + (inline.length ? gz(inline) : 0),
				brotli: sum(scripts, 'brotli') + (inline.length ? br(inline) : 0),
				files: scripts.length,
				inline: inline.length,
			},
			images: { raw: sum(images, 'raw'), gzip: sum(images, 'gzip'), requests: images.length },
			later: rows.filter((r) => !r.atStart).map((r) => ({ url: r.url, kind: r.kind, gzip: r.gzip })),
			requests: rows.map(({ body, ...r }) => r),
		};
		results.push(result);
		if (VERBOSE) {
			console.log(`\n${name} ${path}`);
			for (const r of rows) console.log(`  ${r.atStart ? 'start' : 'later'}  ${r.kind.padEnd(5)} ${kb(r.gzip).padStart(7)} KB gzip  ${r.url}`);
		}
	}
	heading('Page weight (KB, 1 KB = 1,024 bytes; gzip level 6 / brotli 11 per response)');
	table(
		['page type', 'first gzip', 'first br', 'of which CSS', 'requests', 'repeat gzip', 'repeat br', 'JS gzip', 'JS br', 'images gzip'],
		results.map((r) => [r.name, kb(r.first.gzip), kb(r.first.brotli), kb(r.css.gzip), r.first.requests, kb(r.repeat.gzip), kb(r.repeat.brotli), kb(r.js.gzip), kb(r.js.brotli), `${kb(r.images.gzip)} (${r.images.requests})`]),
	);
	const later = results.flatMap((r) => r.later.map((l) => `${r.name}: ${l.url} (${kb(l.gzip)} KB)`));
	results.allPages = everyPage();
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
function everyPage() {
	const pages = [];
	for (const full of listFiles(dist, { ext: '.html' })) {
		const html = readFileSync(full);
		const path = '/' + full.slice(dist.length + 1).replace(/index\.html$/, '').replace(/\\/g, '/');
		const main = html.toString('utf8').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
		const text = main.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		pages.push({ path, gzip: gz(html), text: gz(Buffer.from(text)), first: gz(html) + startFiles(html.toString('utf8')) });
	}
	pages.sort((a, b) => b.gzip - a.gzip);
	const over = pages.filter((p) => p.gzip > budgets.repeatVisitGzipKB * KB);
	heading(`Every page: HTML (repeat visit), gzip; ${pages.length} pages, ${over.length} over ${budgets.repeatVisitGzipKB} KB`);
	if (over.length) table(['page', 'HTML KB', "page's own text KB", 'exception'], over.map((p) => [p.path, kb(p.gzip), kb(p.text), exceptionFor(p.path)?.id ?? '']));
	const median = pages[Math.floor(pages.length / 2)];
	console.log(`Largest ${kb(pages[0].gzip)} KB (${pages[0].path}); median ${kb(median.gzip)} KB.`);
	const firsts = [...pages].sort((a, b) => b.first - a.first);
	console.log(`First visit worked out from the files (HTML, its stylesheets and scripts and their static imports): largest ${kb(firsts[0].first)} KB (${firsts[0].path}), ${firsts.filter((p) => p.first > budgets.firstVisitGzipKB * KB).length} over ${budgets.firstVisitGzipKB} KB.`);
	return pages;
}

const fileGzip = new Map();
/**
 * The first visit of a page worked out from the files (the browser measure is per page type):
 * the gzip size of each stylesheet and script the HTML links, and of the modules those
 * scripts import statically (what the browser fetches before the load event; dynamic imports,
 * such as the search UI, wait until they are used).
 */
function startFiles(html) {
	const seen = new Set();
	const queue = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"|<script[^>]* src="(\/[^"]+)"/g)].map((m) => m[1] ?? m[2]);
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
		if (url.endsWith('.js')) for (const m of buf.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(join(url, '..', m[1]).replace(/\\/g, '/'));
	}
	return total;
}

/** The exception in bench-budgets.json that covers a page, if any. */
function exceptionFor(path) {
	return (budgets.exceptions ?? []).find((e) => e.paths.some((prefix) => path.startsWith(prefix)));
}

// ---------------------------------------------------------------- search

async function measureSearch(browser, base) {
	const results = [];
	for (const query of QUERIES) {
		const context = await browser.newContext(MOBILE);
		const page = await context.newPage();
		const requests = [];
		page.on('requestfinished', (req) => requests.push(req));
		await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForFunction(() => /found|No pages/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 30_000 });
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
		const status = await page.textContent('[data-search-status]');
		let body = 0;
		let transferred = 0;
		let count = 0;
		let chunks = 0;
		for (const req of requests) {
			if (!new URL(req.url()).pathname.startsWith('/pagefind/')) continue;
			const res = await req.response();
			const buf = await res.body();
			const size = buf.length;
			// On the wire: the encoded body as Chromium received it (the host gzips text, as serveDist does).
			// Chromium reports no size for requests made from a web worker: then it is computed the same way.
			const reported = (await req.sizes()).responseBodySize;
			const wire = reported > 0 ? reported : COMPRESSIBLE.test(String(res.headers()['content-type'] ?? '')) ? gz(buf) : size;
			body += size;
			transferred += wire;
			count++;
			if (new URL(req.url()).pathname.startsWith('/pagefind/index/')) chunks++;
			if (VERBOSE) console.log(`  "${query}"  ${kb(size).padStart(6)} KB body  ${kb(wire).padStart(6)} KB on the wire  ${new URL(req.url()).pathname}`);
		}
		await context.close();
		results.push({ query, body, transferred, count, chunks, found: status?.trim() });
	}
	heading('First search: bytes fetched from /pagefind/ (fresh browser, /search/?q=…)');
	table(
		['query', 'requests', 'index chunks', 'decoded KB', 'on the wire KB', 'result'],
		results.map((r) => [`"${r.query}"`, r.count, r.chunks, kb(r.body), kb(r.transferred), r.found]),
	);
	return results;
}

// ---------------------------------------------------------------- lighthouse

async function measureLighthouse(base) {
	const { default: lighthouse } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	const results = [];
	for (const [name, path] of PAGES) {
		const runs = [];
		for (let i = 0; i < LH_RUNS; i++) {
			const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs()], logLevel: 'silent' });
			try {
				const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
				const lhr = result.lhr;
				const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
				const failing = Object.values(lhr.audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
					.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
				runs.push({ scores, failing, metrics: { fcp: lhr.audits['first-contentful-paint']?.displayValue, lcp: lhr.audits['largest-contentful-paint']?.displayValue, tbt: lhr.audits['total-blocking-time']?.displayValue, cls: lhr.audits['cumulative-layout-shift']?.displayValue } });
			} finally {
				await chrome.kill();
			}
		}
		runs.sort((a, b) => a.scores.performance - b.scores.performance);
		const median = runs[Math.floor(runs.length / 2)];
		const scores = Object.fromEntries(categories.map((c) => [c, [...runs.map((r) => r.scores[c])].sort((a, b) => a - b)[Math.floor(runs.length / 2)]]));
		results.push({ name, path, scores, metrics: median.metrics, failing: median.failing });
	}
	heading(`Lighthouse (mobile, simulated throttling; ${LH_RUNS === 1 ? '1 run' : `median of ${LH_RUNS} runs`} per page)`);
	table(
		['page type', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
		results.map((r) => [r.name, r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, r.metrics.fcp, r.metrics.lcp, r.metrics.tbt, r.metrics.cls]),
	);
	for (const r of results) if (r.failing.length) console.log(`  ${r.name}: audits below 100%: ${r.failing.join(', ')}`);
	return results;
}

// ---------------------------------------------------------------- scale

const today = new Date();
const iso = (d) => d.toISOString().slice(0, 10);
const LAST_REVIEWED = iso(today);
const REVIEW_DUE = iso(new Date(today.getTime() + 180 * 86_400_000));

/** The body of a synthetic guidance page, about the size of a real one (~5 KB of MDX). */
function syntheticBody(i, n, withSiteComponents) {
	const term = withSiteComponents ? '<Term id="care-proceedings">care proceedings</Term>' : 'care proceedings';
	const next = `/guidance/synthetic-${String((i % n) + 1).padStart(5, '0')}/`;
	const section = (k) => `## Part ${k} of topic ${i}

The council may write to you about your child. This page explains, in plain words, what that can mean for topic ${i}, part ${k}. It is general information, not legal advice. If the council starts ${term}, ask a family solicitor for advice as soon as you can. Their advice is free for parents in these cases.

1. Do not ignore letters from the council.
2. Take every letter to a family solicitor.
3. Go to the meetings you are invited to, and ask your solicitor to come too.
4. Think about family and friends who could help.

- keep your papers together in one safe place
- write down the dates of meetings and visits
- ask for anything you do not understand to be explained again

`;
	return `${withSiteComponents ? "import { Term } from '~/components/content';\n" : ''}import { Aside } from '@astrojs/starlight/components';

This is synthetic page ${i} of ${n}, made by the benchmark. It reads like a guidance page so that building it costs what a real page costs. Read [the next page](${next}).

<Aside type="tip" title="Get advice early">
A family solicitor can help you from the first letter. You do not have to face the council alone.
</Aside>

${[1, 2, 3, 4, 5].map(section).join('')}`;
}

function writeOurProject(dir, n) {
	for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, file), join(dir, file));
	cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
	// src/content/docs is a relative link to ../../content, so it finds the generated content.
	cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true, verbatimSymlinks: true });
	// The minimum the site needs (home page, glossary, pictures, one page of each section), as the fixture builds use.
	cpSync(join(ROOT, 'tests', 'fixtures', 'valid-content'), join(dir, 'content'), { recursive: true });
	const guidance = join(dir, 'content', 'guidance');
	mkdirSync(guidance, { recursive: true });
	// The section's index page, which lists every page (and which the menu links to for a very big section).
	cpSync(join(ROOT, 'content', 'guidance', 'index.mdx'), join(guidance, 'index.mdx'));
	for (let i = 1; i <= n; i++) {
		writeFileSync(
			join(guidance, `synthetic-${String(i).padStart(5, '0')}.mdx`),
			`---
title: "Synthetic guidance page ${i}"
description: "A generated guidance page for the build benchmark, number ${i}."
section: guidance
audience: [families]
jurisdiction: both
lastReviewed: ${LAST_REVIEWED}
reviewDue: ${REVIEW_DUE}
sources:
  - title: Children Act 1989
    publisher: UK Parliament
    year: 1989
---
${syntheticBody(i, n, true)}`,
		);
	}
}

function writeBareProject(dir, n) {
	// Astro finds the packages that ship .astro components through the project's dependencies.
	const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const deps = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'], sharp: dependencies.sharp };
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight-bench', private: true, type: 'module', dependencies: deps }, null, 2));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });
`,
	);
	mkdirSync(join(dir, 'src', 'content', 'docs', 'guidance'), { recursive: true });
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeFileSync(join(dir, 'src', 'content', 'docs', 'index.mdx'), '---\ntitle: Bare Starlight\ndescription: A bare Starlight site for the build benchmark.\n---\nA bare Starlight site.\n');
	for (let i = 1; i <= n; i++) {
		writeFileSync(
			join(dir, 'src', 'content', 'docs', 'guidance', `synthetic-${String(i).padStart(5, '0')}.mdx`),
			`---
title: "Synthetic guidance page ${i}"
description: "A generated guidance page for the build benchmark, number ${i}."
---
${syntheticBody(i, n, false)}`,
		);
	}
}

const LABELS = {
	ours: 'this site',
	'ours-full': 'this site, every page in the menu',
	bare: 'bare Starlight',
};

async function buildGenerated(kind, n) {
	// Inside the repository (git-ignored tests/.tmp/) so node_modules resolves as usual.
	const base = join(ROOT, 'tests', '.tmp');
	mkdirSync(base, { recursive: true });
	const dir = join(base, `bench-${kind}-${n}-${process.pid}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	try {
		(kind === 'bare' ? writeBareProject : writeOurProject)(dir, n);
		process.stdout.write(`  building ${LABELS[kind]} with ${n.toLocaleString('en-GB')} generated pages… `);
		// 'ours-full' lifts the menu limit (astro.config.mjs) so the menu lists every page, as bare Starlight's does.
		const result = await buildProject(dir, { TMPDIR: tmpdir(), ...(kind === 'ours-full' ? { FJG_SIDEBAR_MAX: 'Infinity' } : {}) });
		console.log(result.error ? `FAILED (${result.error})` : `${sec(result.ms)} s`);
		if (result.error) console.log(result.output);
		return { kind, n, ...result };
	} finally {
		if (KEEP) console.log(`  kept: ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

async function measureScale(realBuild) {
	heading('Build time and peak memory (maxRSS of the Node build process)');
	const builds = [];
	for (const n of SIZES) {
		const kinds = n === 1000 ? ['ours', 'ours-full', 'bare'] : ['ours', 'bare'];
		// Builds of up to 1,000 pages run BUILD_RUNS times, taking turns, and keep the fastest run:
		// other work on the machine only ever adds time.
		const runs = n <= 1000 ? BUILD_RUNS : 1;
		const all = Object.fromEntries(kinds.map((k) => [k, []]));
		for (let r = 0; r < runs; r++) for (const k of kinds) all[k].push(await buildGenerated(k, n));
		for (const k of kinds) {
			const ok = all[k].filter((b) => !b.error).sort((a, b) => a.ms - b.ms);
			builds.push(ok.length ? { ...ok[0], runs: all[k].map((b) => (b.error ? null : b.ms)) } : all[k][0]);
		}
	}
	const perPage = (b) => (b && !b.error ? b.ms / b.pages : NaN);
	const rows = [];
	if (realBuild && !realBuild.error) rows.push(['this site (real content)', realBuild.pages, sec(realBuild.ms), perPage(realBuild).toFixed(1), (realBuild.maxRssKB / 1024).toFixed(0)]);
	for (const b of builds) {
		const label = `${LABELS[b.kind]}, ${b.n.toLocaleString('en-GB')} generated`;
		rows.push(b.error ? [label, '-', 'failed', '-', '-'] : [label, b.pages, sec(b.ms), perPage(b).toFixed(1), (b.maxRssKB / 1024).toFixed(0)]);
	}
	table(['build', 'pages', 'time s', 'ms per page', 'peak MB'], rows);
	if (builds.some((b) => b.runs?.length > 1)) console.log(`Builds of 1,000 pages or fewer: the fastest of ${BUILD_RUNS} runs (--build-runs).`);
	const find = (kind, n) => builds.find((b) => b.kind === kind && b.n === n);
	// Like for like: this site's code with every page in the menu, as bare Starlight has.
	const ratio1000 = perPage(find('ours-full', 1000)) / perPage(find('bare', 1000));
	const ratio1000AsBuilt = perPage(find('ours', 1000)) / perPage(find('bare', 1000));
	const growth = (kind) => perPage(find(kind, 5000)) / perPage(find(kind, 1000));
	const out = { builds, ratio1000, ratio1000AsBuilt, growthOurs: growth('ours'), growthBare: growth('bare') };
	if (Number.isFinite(ratio1000))
		console.log(
			`Time per page at 1,000 pages, this site ÷ bare Starlight: ${ratio1000.toFixed(2)} like for like (every page in the menu); ${ratio1000AsBuilt.toFixed(2)} as the site is configured (a section of more than 100 pages is linked through its index page)`,
		);
	if (Number.isFinite(out.growthOurs))
		console.log(`Growth 1,000 → 5,000 pages (time ratio ÷ 5; 1 is linear): this site ${out.growthOurs.toFixed(2)}, bare Starlight ${out.growthBare.toFixed(2)}`);
	return out;
}

// ---------------------------------------------------------------- budgets

function checkBudgets(r) {
	const lines = [];
	const check = (ok, text) => lines.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
	/** A size check that an exception in bench-budgets.json may cover (printed as EXCEPTION, with its id). */
	const sized = (value, budgetKB, key, path, text) => {
		if (value <= budgetKB * KB) return check(true, text);
		const e = exceptionFor(path);
		if (e && e[key] !== undefined && value <= e[key] * KB) lines.push(`EXCEPTION  ${text} (within ${e[key]} KB: exception "${e.id}")`);
		else check(false, text);
	};
	if (r.weights) {
		for (const p of r.weights) sized(p.first.gzip, budgets.firstVisitGzipKB, 'firstVisitGzipKB', p.path, `first visit ≤ ${budgets.firstVisitGzipKB} KB gzip: ${p.name} ${kb(p.first.gzip)} KB`);
		for (const p of r.weights) sized(p.repeat.gzip, budgets.repeatVisitGzipKB, 'repeatVisitGzipKB', p.path, `repeat visit ≤ ${budgets.repeatVisitGzipKB} KB gzip: ${p.name} ${kb(p.repeat.gzip)} KB`);
		for (const p of r.weights) check(p.js.gzip <= budgets.startJsGzipKB * KB, `JS at start ≤ ${budgets.startJsGzipKB} KB gzip: ${p.name} ${kb(p.js.gzip)} KB`);
		for (const p of r.weights.allPages ?? []) {
			if (p.first > budgets.firstVisitGzipKB * KB) sized(p.first, budgets.firstVisitGzipKB, 'firstVisitGzipKB', p.path, `first visit ≤ ${budgets.firstVisitGzipKB} KB gzip, every page (from the files): ${p.path} ${kb(p.first)} KB`);
			if (p.gzip > budgets.repeatVisitGzipKB * KB) sized(p.gzip, budgets.repeatVisitGzipKB, 'repeatVisitGzipKB', p.path, `repeat visit ≤ ${budgets.repeatVisitGzipKB} KB gzip, every page: ${p.path} ${kb(p.gzip)} KB (its own text ${kb(p.text)} KB)`);
		}
	}
	if (r.search) {
		for (const s of r.search) {
			// Pagefind splits its index into chunks of a fixed number of word positions (about 28 KB
			// here); a query needs the chunk of each of its words. See bench-budgets.json.
			const limit = budgets.firstSearchKB + Math.max(0, s.chunks - 1) * budgets.firstSearchEachFurtherChunkKB;
			check(s.transferred <= limit * KB, `first search ≤ ${budgets.firstSearchKB} KB + ${budgets.firstSearchEachFurtherChunkKB} KB for each further index chunk (${s.chunks} chunk${s.chunks === 1 ? '' : 's'}: ${limit} KB) on the wire: "${s.query}" ${kb(s.transferred)} KB (${kb(s.body)} KB decoded)`);
		}
	}
	if (r.lighthouse) {
		for (const p of r.lighthouse)
			for (const [category, min] of Object.entries(budgets.lighthouse))
				check(p.scores[category] >= min, `Lighthouse ${category} ≥ ${min}: ${p.name} ${p.scores[category]}`);
	}
	if (r.load) checkLoad(r.load, budgets.load, check);
	if (r.scale) {
		if (!SIZES.includes(1000)) {
			// Nothing to compare: the budgets are for 1,000 and 5,000 pages.
		} else if (Number.isFinite(r.scale.ratio1000)) check(r.scale.ratio1000 <= budgets.buildTimePerPageVsBare, `build time per page ≤ ${budgets.buildTimePerPageVsBare}× bare Starlight at 1,000 pages (like for like): ${r.scale.ratio1000.toFixed(2)}×`);
		else check(false, `build time per page ≤ ${budgets.buildTimePerPageVsBare}× bare Starlight at 1,000 pages: not measured (a build failed)`);
		if (SIZES.includes(5000) && SIZES.includes(1000)) {
			if (Number.isFinite(r.scale.growthOurs)) check(r.scale.growthOurs <= budgets.growth1000to5000, `growth 1,000 → 5,000 pages ≤ ${budgets.growth1000to5000}: ${r.scale.growthOurs.toFixed(2)} (bare Starlight ${r.scale.growthBare.toFixed(2)})`);
			else check(false, `growth 1,000 → 5,000 pages ≤ ${budgets.growth1000to5000}: not measured (a build failed)`);
		}
	}
	return lines;
}

// ---------------------------------------------------------------- main

const started = Date.now();
const results = { date: new Date().toISOString(), args };
console.log(`npm run bench ${args.join(' ')}`.trim());
console.log(`Node ${process.version}; parts: ${[...parts].join(', ')}${QUICK ? ' (--quick: no 5,000-page builds, no Lighthouse)' : ''}`);
console.log('Timings are wall-clock on a shared machine: expect noise.');

const dist = join(ROOT, 'dist');
if (!flag('skip-build')) {
	heading('Building the site');
	const build = await buildProject(ROOT);
	if (build.error) {
		console.log(build.output);
		console.error(`The build failed (${build.error}).`);
		process.exit(1);
	}
	results.realBuild = build;
	console.log(`${build.pages} pages in ${sec(build.ms)} s, peak memory ${(build.maxRssKB / 1024).toFixed(0)} MB (${(build.ms / build.pages).toFixed(0)} ms per page)`);
} else if (!existsSync(join(dist, 'index.html'))) {
	console.error('--skip-build: there is no dist/ to measure. Run without it.');
	process.exit(1);
}

if (parts.has('weights') || parts.has('search') || parts.has('lighthouse')) {
	const server = await serveDist(dist);
	try {
		if (parts.has('weights') || parts.has('search')) {
			const browser = await launchBrowser();
			try {
				if (parts.has('weights')) {
					results.weights = await measureWeights(browser, server.base);
					results.everyPage = results.weights.allPages;
				}
				if (parts.has('search')) results.search = await measureSearch(browser, server.base);
			} finally {
				await browser.close();
			}
		}
		if (parts.has('lighthouse')) results.lighthouse = await measureLighthouse(server.base);
	} finally {
		server.close();
	}
}
if (parts.has('load')) results.load = await measureLoad(dist);
if (parts.has('scale')) results.scale = await measureScale(results.realBuild);

heading('Budgets (scripts/bench-budgets.json)');
const lines = checkBudgets(results);
for (const line of lines) console.log(line);
const failed = lines.filter((l) => l.startsWith('FAIL')).length;
const excepted = lines.filter((l) => l.startsWith('EXCEPTION')).length;
for (const e of budgets.exceptions ?? []) if (lines.some((l) => l.includes(`exception "${e.id}"`))) console.log(`\nException "${e.id}" (${e.paths.join(', ')}): ${e.reason}`);
console.log(`\nbudgets: ${lines.length - failed - excepted} passed, ${excepted} within a written exception, ${failed} failed; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results', 'bench.json'), JSON.stringify(results, (k, v) => (k === 'output' ? undefined : v), 2));
console.log('Full results: test-results/bench.json');
process.exit(STRICT && failed ? 1 : 0);
