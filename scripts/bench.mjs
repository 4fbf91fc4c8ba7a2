#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and measures what readers download and what
 * building costs, then checks the budgets in scripts/bench-budgets.json.
 * Not part of `npm test`: the timings depend on the machine and what else it is doing.
 *
 * Each part is a module in scripts/bench/ (weights.mjs, search.mjs, lighthouse.mjs, scale.mjs,
 * load.mjs; budgets.mjs checks the budgets, common.mjs holds what they share); this file
 * parses the options, runs the chosen parts and prints the budgets.
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
 *   search      bytes of what a first search downloads (/pagefind/, /search-words.json, /search-protected/),
 *               fresh browser context per query, and the quality of the results: recall at 1, 3 and 5, MRR,
 *               and the queries whose top result changed since the last run (scripts/bench/search-quality.mjs):
 *               the encoded response bodies as Chromium received them (Pagefind's index files are
 *               already compressed; the host gzips pagefind.js), and the decoded sizes beside them.
 *   lighthouse  Lighthouse (mobile, default throttling) on one page of each type, system Chromium.
 *   scale       build time and peak memory for 1,000 and 5,000 generated pages, this site's
 *               code against a bare Starlight site (projects written to tests/.tmp/, removed after).
 *   offline     what "Save all family pages" stores, from dist/offline.json and the built files
 *               (scripts/bench/offline.mjs): the pages, the files they need, the total as stored.
 *   load        50 connections for 10 s on loopback against `node scripts/serve.mjs dist`
 *               (autocannon): requests per second, latency, errors and timeouts (scripts/bench/load.mjs).
 *
 * Options:
 *   --quick                skip the 5,000-page builds and Lighthouse
 *   --only=a,b             run only some parts: weights, search, lighthouse, scale, load, offline
 *   --strict               exit 1 when a budget fails (otherwise the bench always exits 0)
 *   --skip-build           measure the existing dist/ instead of building first
 *   --lighthouse-runs=N    Lighthouse runs per page, the median kept (default 3: scores vary from run to run)
 *   --sizes=1000,5000      page counts for the scale builds
 *   --build-runs=N         runs of each build of up to 1,000 pages, the fastest kept (default 2)
 *   --verbose              list every request
 *   --update-search-baseline  write this run's search results to scripts/bench/search-quality.json
 *   --keep                 keep the generated projects in tests/.tmp/ (to profile a build by hand)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildProject, heading, launchBrowser, sec, serveDist } from './bench/common.mjs';
import { printBudgets } from './bench/budgets.mjs';
import { measureWeights } from './bench/weights.mjs';
import { measureSearch } from './bench/search.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { measureScale } from './bench/scale.mjs';
import { measureLoad } from './bench/load.mjs';
import { measureOffline } from './bench/offline.mjs';

const ALL_PARTS = ['weights', 'search', 'lighthouse', 'scale', 'load', 'offline'];

function parseOptions(args) {
	const flag = (name) => args.includes(`--${name}`);
	const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
	const quick = flag('quick');
	const parts = new Set(
		option('only')
			?.split(',')
			.map((s) => s.trim()) ?? ALL_PARTS,
	);
	for (const p of parts)
		if (!ALL_PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (use ${ALL_PARTS.join(', ')})`);
	if (quick) parts.delete('lighthouse');
	return {
		parts,
		quick,
		strict: flag('strict'),
		verbose: flag('verbose'),
		keep: flag('keep'),
		skipBuild: flag('skip-build'),
		updateSearchBaseline: flag('update-search-baseline'),
		lighthouseRuns: Number(option('lighthouse-runs') ?? 3),
		buildRuns: Number(option('build-runs') ?? 2),
		sizes: (option('sizes') ?? (quick ? '1000' : '1000,5000')).split(',').map(Number),
	};
}

/** Builds the site into dist/ (unless --skip-build) and returns the build's numbers; exits when there is nothing to measure. */
async function buildSite(opts, dist) {
	if (!opts.skipBuild) {
		heading('Building the site');
		const build = await buildProject(ROOT);
		if (build.error) {
			console.log(build.output);
			console.error(`The build failed (${build.error}).`);
			process.exit(1);
		}
		console.log(
			`${build.pages} pages in ${sec(build.ms)} s, peak memory ${(build.maxRssKB / 1024).toFixed(0)} MB (${(build.ms / build.pages).toFixed(0)} ms per page)`,
		);
		return build;
	}
	if (!existsSync(join(dist, 'index.html'))) {
		console.error('--skip-build: there is no dist/ to measure. Run without it.');
		process.exit(1);
	}
	return undefined;
}

/** The parts that need dist/ served as a host would (weights, search and Lighthouse), into `results`. */
async function runServedParts(opts, dist, results) {
	const { parts } = opts;
	if (!(parts.has('weights') || parts.has('search') || parts.has('lighthouse'))) return;
	const server = await serveDist(dist);
	try {
		if (parts.has('weights') || parts.has('search')) {
			const browser = await launchBrowser();
			try {
				if (parts.has('weights')) {
					results.weights = await measureWeights(browser, server.base, { dist, verbose: opts.verbose });
					results.everyPage = results.weights.allPages;
				}
				if (parts.has('search'))
					results.search = await measureSearch(browser, server.base, {
						verbose: opts.verbose,
						updateQuality: opts.updateSearchBaseline,
					});
			} finally {
				await browser.close();
			}
		}
		if (parts.has('lighthouse'))
			results.lighthouse = await measureLighthouse(server.base, { runs: opts.lighthouseRuns });
	} finally {
		server.close();
	}
}

const started = Date.now();
const args = process.argv.slice(2);
const opts = parseOptions(args);
const results = { date: new Date().toISOString(), args };
console.log(`npm run bench ${args.join(' ')}`.trim());
console.log(
	`Node ${process.version}; parts: ${[...opts.parts].join(', ')}${opts.quick ? ' (--quick: no 5,000-page builds, no Lighthouse)' : ''}`,
);
console.log('Timings are wall-clock on a shared machine: expect noise.');

const dist = join(ROOT, 'dist');
const realBuild = await buildSite(opts, dist);
if (realBuild) results.realBuild = realBuild;
await runServedParts(opts, dist, results);
if (opts.parts.has('offline')) results.offline = measureOffline(dist);
if (opts.parts.has('load')) results.load = await measureLoad(dist);
if (opts.parts.has('scale'))
	results.scale = await measureScale(results.realBuild, {
		sizes: opts.sizes,
		buildRuns: opts.buildRuns,
		keep: opts.keep,
	});

const failed = printBudgets(results, { sizes: opts.sizes, started });
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
	join(ROOT, 'test-results', 'bench.json'),
	JSON.stringify(results, (k, v) => (k === 'output' ? undefined : v), 2),
);
console.log('Full results: test-results/bench.json');
process.exit(opts.strict && failed ? 1 : 0);
