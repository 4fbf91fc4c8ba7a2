/**
 * The budgets of `npm run bench` (scripts/bench-budgets.json): one PASS, FAIL or EXCEPTION
 * line for each, and the summary the bench ends with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB, ROOT, heading, kb } from './common.mjs';
import { checkLoad } from './load.mjs';

export const budgets = JSON.parse(readFileSync(join(ROOT, 'scripts', 'bench-budgets.json'), 'utf8'));

/** The exception in bench-budgets.json that covers a page, if any. */
export function exceptionFor(path) {
	return (budgets.exceptions ?? []).find((e) => e.paths.some((prefix) => path.startsWith(prefix)));
}

/** The budget lines for the parts in `r` (the bench's results); `sizes` are the scale builds' page counts. */
export function checkBudgets(r, { sizes }) {
	const lines = [];
	const check = (ok, text) => lines.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
	/** A size check that an exception in bench-budgets.json may cover (printed as EXCEPTION, with its id). */
	const sized = (value, budgetKB, key, path, text) => {
		if (value <= budgetKB * KB) return check(true, text);
		const e = exceptionFor(path);
		if (e && e[key] !== undefined && value <= e[key] * KB)
			lines.push(`EXCEPTION  ${text} (within ${e[key]} KB: exception "${e.id}")`);
		else check(false, text);
	};
	if (r.weights) checkWeights(r.weights, check, sized);
	if (r.search) {
		for (const s of r.search) {
			// Pagefind splits its index into chunks of a fixed number of word positions (about 28 KB
			// here); a query needs the chunk of each of its words. See bench-budgets.json.
			const limit = budgets.firstSearchKB + Math.max(0, s.chunks - 1) * budgets.firstSearchEachFurtherChunkKB;
			check(
				s.transferred <= limit * KB,
				`first search ≤ ${budgets.firstSearchKB} KB + ${budgets.firstSearchEachFurtherChunkKB} KB for each further index chunk (${s.chunks} chunk${s.chunks === 1 ? '' : 's'}: ${limit} KB) on the wire: "${s.query}" ${kb(s.transferred)} KB (${kb(s.body)} KB decoded)`,
			);
		}
	}
	if (r.lighthouse) {
		for (const p of r.lighthouse)
			for (const [category, min] of Object.entries(budgets.lighthouse))
				check(p.scores[category] >= min, `Lighthouse ${category} ≥ ${min}: ${p.name} ${p.scores[category]}`);
	}
	if (r.offline)
		check(
			r.offline.bytes <= budgets.saveAllFamilyPagesKB * KB,
			`"Save all family pages" stores ≤ ${budgets.saveAllFamilyPagesKB} KB: ${r.offline.pages} pages and ${r.offline.files} files, ${kb(r.offline.bytes)} KB`,
		);
	if (r.load) checkLoad(r.load, budgets.load, check);
	if (r.scale) checkScale(r.scale, sizes, check);
	return lines;
}

function checkWeights(weights, check, sized) {
	for (const p of weights)
		sized(
			p.first.gzip,
			budgets.firstVisitGzipKB,
			'firstVisitGzipKB',
			p.path,
			`first visit ≤ ${budgets.firstVisitGzipKB} KB gzip: ${p.name} ${kb(p.first.gzip)} KB`,
		);
	for (const p of weights)
		sized(
			p.repeat.gzip,
			budgets.repeatVisitGzipKB,
			'repeatVisitGzipKB',
			p.path,
			`repeat visit ≤ ${budgets.repeatVisitGzipKB} KB gzip: ${p.name} ${kb(p.repeat.gzip)} KB`,
		);
	// Little data (issue 20): with Save-Data, the leaflet's first visit stays within the page budget
	// with its pictures counted, because none is fetched until the reader asks.
	for (const p of weights.filter((w) => w.saveData))
		check(
			p.first.gzip + p.images.gzip <= budgets.firstVisitGzipKB * KB && p.images.requests === 0,
			`first visit with Save-Data ≤ ${budgets.firstVisitGzipKB} KB gzip, pictures included (none fetched): ${p.name} ${kb(p.first.gzip + p.images.gzip)} KB, ${p.images.requests} pictures`,
		);
	for (const p of weights)
		check(
			p.js.gzip <= budgets.startJsGzipKB * KB,
			`JS at start ≤ ${budgets.startJsGzipKB} KB gzip: ${p.name} ${kb(p.js.gzip)} KB`,
		);
	for (const p of weights.allPages ?? []) {
		if (p.first > budgets.firstVisitGzipKB * KB)
			sized(
				p.first,
				budgets.firstVisitGzipKB,
				'firstVisitGzipKB',
				p.path,
				`first visit ≤ ${budgets.firstVisitGzipKB} KB gzip, every page (from the files): ${p.path} ${kb(p.first)} KB`,
			);
		if (p.gzip > budgets.repeatVisitGzipKB * KB)
			sized(
				p.gzip,
				budgets.repeatVisitGzipKB,
				'repeatVisitGzipKB',
				p.path,
				`repeat visit ≤ ${budgets.repeatVisitGzipKB} KB gzip, every page: ${p.path} ${kb(p.gzip)} KB (its own text ${kb(p.text)} KB)`,
			);
	}
}

function checkScale(scale, sizes, check) {
	if (!sizes.includes(1000)) {
		// Nothing to compare: the budgets are for 1,000 and 5,000 pages.
	} else if (Number.isFinite(scale.ratio1000))
		check(
			scale.ratio1000 <= budgets.buildTimePerPageVsBare,
			`build time per page ≤ ${budgets.buildTimePerPageVsBare}× bare Starlight at 1,000 pages (like for like): ${scale.ratio1000.toFixed(2)}×`,
		);
	else
		check(
			false,
			`build time per page ≤ ${budgets.buildTimePerPageVsBare}× bare Starlight at 1,000 pages: not measured (a build failed)`,
		);
	if (sizes.includes(5000) && sizes.includes(1000)) {
		if (Number.isFinite(scale.growthOurs))
			check(
				scale.growthOurs <= budgets.growth1000to5000,
				`growth 1,000 → 5,000 pages ≤ ${budgets.growth1000to5000}: ${scale.growthOurs.toFixed(2)} (bare Starlight ${scale.growthBare.toFixed(2)})`,
			);
		else check(false, `growth 1,000 → 5,000 pages ≤ ${budgets.growth1000to5000}: not measured (a build failed)`);
	}
}

/** Prints the budget lines, the reasons of the exceptions used and the summary; returns how many failed. */
export function printBudgets(results, { sizes, started }) {
	heading('Budgets (scripts/bench-budgets.json)');
	const lines = checkBudgets(results, { sizes });
	for (const line of lines) console.log(line);
	const failed = lines.filter((l) => l.startsWith('FAIL')).length;
	const excepted = lines.filter((l) => l.startsWith('EXCEPTION')).length;
	for (const e of budgets.exceptions ?? [])
		if (lines.some((l) => l.includes(`exception "${e.id}"`)))
			console.log(`\nException "${e.id}" (${e.paths.join(', ')}): ${e.reason}`);
	console.log(
		`\nbudgets: ${lines.length - failed - excepted} passed, ${excepted} within a written exception, ${failed} failed; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`,
	);
	return failed;
}
