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
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { listFiles } from '../src/build/list-files.mjs';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);

const started = performance.now();
await build({ root, logLevel: process.env.BENCH_LOG_LEVEL ?? 'warn' });
const ms = performance.now() - started;
const result = {
	ms: Math.round(ms),
	maxRssKB: process.resourceUsage().maxRSS,
	pages: listFiles(join(root, 'dist'), { ext: '.html' }).length,
};
console.log(`BENCH_BUILD ${JSON.stringify(result)}`);
// Astro can leave handles open after build(); the numbers are out, so stop here.
process.exit(0);
