#!/usr/bin/env node
/**
 * Used by `npm run bench`: builds one Astro project with Astro's programmatic build()
 * in this process, then prints one line the bench reads:
 *   BENCH_BUILD {"ms":…,"maxRssKB":…,"pages":…}
 * ms is the time build() took; maxRssKB is process.resourceUsage().maxRSS at the end,
 * the peak resident memory of this Node process (child processes, such as Pagefind's
 * indexer, are not included); pages counts the HTML pages written.
 *
 * Usage: node scripts/bench-build.mjs <project root>
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);

function countPages(dir) {
	let n = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) n += countPages(join(dir, entry.name));
		else if (entry.name.endsWith('.html')) n++;
	}
	return n;
}

const started = performance.now();
await build({ root, logLevel: process.env.BENCH_LOG_LEVEL ?? 'warn' });
const ms = performance.now() - started;
const result = { ms: Math.round(ms), maxRssKB: process.resourceUsage().maxRSS, pages: countPages(join(root, 'dist')) };
console.log(`BENCH_BUILD ${JSON.stringify(result)}`);
// Astro can leave handles open after build(); the numbers are out, so stop here.
process.exit(0);
