/**
 * The "lighthouse" part of `npm run bench`: Lighthouse (mobile, default throttling) on one page
 * of each type, in the system Chromium, `runs` times per page with the median kept
 * (scores vary from run to run). chrome-launcher picks a free debugging port for each run.
 */
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { PAGES, heading, table } from './common.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run in a fresh Chromium: the scores, the audits below 100% and the main metrics. */
async function lighthouseRun(lighthouse, launch, url) {
	const chrome = await launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...chromiumArgs()],
		logLevel: 'silent',
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
		});
		const lhr = result.lhr;
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
		const failing = Object.values(lhr.audits)
			.filter(
				(a) =>
					a.score !== null &&
					a.score < 1 &&
					a.scoreDisplayMode !== 'informative' &&
					a.scoreDisplayMode !== 'manual' &&
					a.scoreDisplayMode !== 'notApplicable',
			)
			.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
		return {
			scores,
			failing,
			metrics: {
				fcp: lhr.audits['first-contentful-paint']?.displayValue,
				lcp: lhr.audits['largest-contentful-paint']?.displayValue,
				tbt: lhr.audits['total-blocking-time']?.displayValue,
				cls: lhr.audits['cumulative-layout-shift']?.displayValue,
			},
		};
	} finally {
		await chrome.kill();
	}
}

export async function measureLighthouse(base, { runs: runCount = 3 } = {}) {
	const { default: lighthouse } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const results = [];
	for (const [name, path] of PAGES) {
		const runs = [];
		for (let i = 0; i < runCount; i++) runs.push(await lighthouseRun(lighthouse, launch, base + path));
		runs.sort((a, b) => a.scores.performance - b.scores.performance);
		const median = runs[Math.floor(runs.length / 2)];
		const scores = Object.fromEntries(
			CATEGORIES.map((c) => [c, [...runs.map((r) => r.scores[c])].sort((a, b) => a - b)[Math.floor(runs.length / 2)]]),
		);
		results.push({ name, path, scores, metrics: median.metrics, failing: median.failing });
	}
	heading(
		`Lighthouse (mobile, simulated throttling; ${runCount === 1 ? '1 run' : `median of ${runCount} runs`} per page)`,
	);
	table(
		['page type', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
		results.map((r) => [
			r.name,
			r.scores.performance,
			r.scores.accessibility,
			r.scores['best-practices'],
			r.scores.seo,
			r.metrics.fcp,
			r.metrics.lcp,
			r.metrics.tbt,
			r.metrics.cls,
		]),
	);
	for (const r of results) if (r.failing.length) console.log(`  ${r.name}: audits below 100%: ${r.failing.join(', ')}`);
	return results;
}
