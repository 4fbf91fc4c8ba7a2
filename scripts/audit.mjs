#!/usr/bin/env node
/**
 * `npm run audit:prod`: fails on any high or critical advisory in the packages that
 * build the published site (dependencies, not devDependencies).
 * Where the registry offers no advisory service (some mirrors answer 405), it says
 * so plainly — the check did NOT run — and does not fail the build for it.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
	encoding: 'utf8',
	shell: process.platform === 'win32',
});
let report;
try {
	report = JSON.parse(result.stdout || '{}');
} catch {
	report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
	const reason = report.message ?? report.error?.summary ?? (result.stderr || 'no answer').split('\n').find(Boolean);
	console.warn(`npm audit: NOT CHECKED — the registry's advisory service did not answer (${reason}).`);
	console.warn('Run "npm run audit:prod" where the public npm registry is reachable.');
	process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
if (serious > 0) {
	console.error(
		`${serious} high or critical advisories in production dependencies: run "npm audit --omit=dev" for details.`,
	);
	process.exit(1);
}
