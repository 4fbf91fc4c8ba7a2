#!/usr/bin/env node
/**
 * `npm run review`: pages whose review is overdue or due within 30 days, by section.
 * Exits 0; the test suite is what fails on an overdue page.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/build/content-check.ts';
import { reviewStatus, REVIEW_WINDOW_DAYS } from '../src/lib/review.ts';

const root = process.cwd();
const { pages, problems } = checkContent(resolve(root, 'content'), root);
if (problems.length) console.warn(`(${problems.length} content problems; run npm test to see them)`);
const today = new Date(process.env.REVIEW_TODAY ?? new Date().toISOString().slice(0, 10));
const due = reviewStatus(pages, today);
if (!due.length) {
	console.log(`No page is overdue or due for review in the next ${REVIEW_WINDOW_DAYS} days.`);
} else {
	const sections = [...new Set(due.map((d) => d.section))].sort();
	for (const section of sections) {
		console.log(`\n${section}`);
		for (const d of due.filter((x) => x.section === section)) {
			console.log(`  ${d.overdue ? 'OVERDUE' : 'due soon'}  ${d.reviewDue}  ${d.file}`);
		}
	}
}
