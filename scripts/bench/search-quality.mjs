/**
 * The "search" quality part of `npm run bench`: every query of the test set
 * (tests/browser/search-queries.ts) on the /search/ page, against the built site: recall at
 * 1, 3 and 5 (the share of queries with a wanted page in the first k results), the mean
 * reciprocal rank (1/rank of the first wanted page, 0 when not in the first 10), and the queries
 * whose top result changed since the last run.
 *
 * The last run is kept in scripts/bench/search-quality.json, committed: a change of ranking
 * then shows in the diff of the change that caused it, and every machine compares with the same
 * run. `--update-search-baseline` (or a missing file) writes it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, heading, table } from './common.mjs';
import { QUERIES } from '../../tests/browser/search-queries.ts';

export const BASELINE = join(ROOT, 'scripts', 'bench', 'search-quality.json');

/** The first 10 result paths for a query on the search page. */
export async function pageResults(page, base, query) {
	await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(
		() => /found|could not/.test(document.querySelector('fjg-search-page [data-search-status]')?.textContent ?? ''),
		null,
		{ timeout: 30_000 },
	);
	const paths = async () =>
		page.$$eval('fjg-search-page [data-search-results] li > a', (as) => as.map((a) => new URL(a.href).pathname));
	// Results come 5 at a time: show the second batch too.
	const more = page.locator('fjg-search-page [data-search-more]');
	if (await more.isVisible()) {
		const before = (await paths()).length;
		await more.click();
		await page.waitForFunction(
			(n) => document.querySelectorAll('fjg-search-page [data-search-results] li').length > n,
			before,
		);
	}
	return (await paths()).slice(0, 10);
}

/** Rank (1-based) of the first wanted page in the results, or 0. */
export function rankOf(results, wanted) {
	const i = results.findIndex((p) => wanted.includes(p));
	return i === -1 ? 0 : i + 1;
}

export function summarise(runs) {
	const n = runs.length;
	const at = (k) => runs.filter((r) => r.rank > 0 && r.rank <= k).length / n;
	const mrr = runs.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n;
	return { queries: n, recall1: at(1), recall3: at(3), recall5: at(5), mrr };
}

export async function measureSearchQuality(browser, base, { update = false } = {}) {
	const page = await browser.newPage();
	const runs = [];
	for (const q of QUERIES) {
		const results = await pageResults(page, base, q.query);
		runs.push({ query: q.query, who: q.who, rank: rankOf(results, q.pages), top: results[0] ?? null });
	}
	await page.close();
	const summary = summarise(runs);
	heading('Search quality: the test set on /search/ (tests/browser/search-queries.ts)');
	const pct = (x) => `${(x * 100).toFixed(1)}%`;
	table(
		['queries', 'recall@1', 'recall@3', 'recall@5', 'MRR'],
		[[summary.queries, pct(summary.recall1), pct(summary.recall3), pct(summary.recall5), summary.mrr.toFixed(3)]],
	);
	const missed = runs.filter((r) => r.rank === 0 || r.rank > 3);
	if (missed.length) {
		console.log('\nNot in the top 3:');
		for (const r of missed) console.log(`  "${r.query}" (${r.who}): rank ${r.rank || '>10'}, top ${r.top}`);
	}
	const last = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : undefined;
	if (last) {
		const before = new Map(last.runs.map((r) => [r.query, r]));
		const changed = runs.filter((r) => before.has(r.query) && before.get(r.query).top !== r.top);
		console.log(`\nTop result changed since the last run (${last.date}): ${changed.length}`);
		for (const r of changed) console.log(`  "${r.query}": ${before.get(r.query).top} → ${r.top}`);
		const added = runs.filter((r) => !before.has(r.query));
		if (added.length) console.log(`New queries: ${added.map((r) => `"${r.query}"`).join(', ')}`);
	}
	if (update || !last) {
		writeFileSync(
			BASELINE,
			`${JSON.stringify({ date: new Date().toISOString().slice(0, 10), summary, runs }, null, '\t')}\n`,
		);
		console.log(`\nWrote ${BASELINE}`);
	}
	return { summary, runs };
}
