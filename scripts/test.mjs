#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 *
 *  1. Chromium and Java (for the W3C HTML checker) are present (installed with apt when root,
 *     otherwise explained)
 *  2. Type check (astro check), lint (ESLint) and format check (Prettier)
 *  3. Unit and content tests (Vitest): schema, lints, readability, every page and leaflet
 *  4. Production build, with link validation (starlight-links-validator)
 *  5. Built-site checks (Vitest over dist/), the W3C Nu HTML Checker among them
 *  6. Accessibility: pa11y-ci (axe + HTML_CodeSniffer, WCAG 2 AA) over every page in the sitemap
 *  7. Browser tests (Vitest + playwright-core + system Chromium) against the served build,
 *     axe-core with every WCAG A and AA rule among them
 *
 * Options: --from=<step number> to resume (the build must already exist for steps 5 to 7).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureJava } from './java.mjs';

const PORT = Number(process.env.TEST_PORT ?? 4329);
const BASE_URL = `http://localhost:${PORT}`;
const SITE_URL = 'http://localhost:4321';
const REPORTS = 'test-results';
const from = Number(process.argv.find((a) => a.startsWith('--from='))?.split('=')[1] ?? 1);

const counts = { passed: 0, failed: 0 };

function run(command, args, env = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

function vitestCounts(file) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		counts.passed += report.numPassedTests ?? 0;
		// A failed test also fails its describe blocks and file: count the tests, or the suites
		// when no test ran (a file that could not be loaded).
		counts.failed += report.numFailedTests || report.numFailedTestSuites || 0;
	} catch {
		counts.failed += 1;
	}
}

async function vitest(project) {
	const out = join(REPORTS, `${project}.json`);
	const code = await run(
		'vitest',
		[
			'run',
			'--config',
			'tests/vitest.config.ts',
			'--project',
			project,
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${out}`,
		],
		{ FJG_TEST_URL: BASE_URL },
	);
	vitestCounts(out);
	return code;
}

let server;
function startServer() {
	return new Promise((resolve, reject) => {
		server = spawn(process.execPath, ['scripts/serve.mjs', 'dist'], {
			env: { ...process.env, PORT: String(PORT) },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		server.stdout.on('data', (chunk) => {
			if (String(chunk).includes('being served')) resolve(0);
		});
		server.on('exit', (code) =>
			reject(
				new Error(
					`The test server stopped (exit code ${code}). Is port ${PORT} already in use? Stop what uses it, or set TEST_PORT to another port.`,
				),
			),
		);
	});
}

const steps = [
	['Chromium and Java', async () => (ensureChromium(), ensureJava(), 0)],
	[
		// Types, then ESLint and Prettier (one step, so the step numbers and --from stay as they were).
		'Type check, lint and format (astro check, ESLint, Prettier)',
		async () => (await run('astro', ['check'])) || (await run('eslint', ['.'])) || run('prettier', ['--check', '.']),
	],
	['Unit and content tests', () => vitest('unit')],
	['Build with link validation', () => run('astro', ['build'])],
	['Built-site checks', () => vitest('dist')],
	[
		'Accessibility: pa11y-ci over the sitemap',
		async () => {
			await startServer();
			const code = await run('pa11y-ci', [
				'--config',
				'.pa11yci.cjs',
				'--sitemap',
				`${BASE_URL}/sitemap-0.xml`,
				'--sitemap-find',
				SITE_URL,
				'--sitemap-replace',
				BASE_URL,
				// Pages not in the sitemap: the 404 page.
				`${BASE_URL}/404.html`,
			]);
			if (code === 0) counts.passed += 1;
			else counts.failed += 1;
			return code;
		},
	],
	['Browser tests', () => vitest('browser')],
];

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const started = Date.now();
let failedStep = null;
for (const [index, [name, step]] of steps.entries()) {
	const number = index + 1;
	if (number < from) continue;
	if (number >= 5 && !existsSync('dist/index.html')) {
		console.error('No build in dist/: run the whole suite (npm test) first.');
		failedStep = name;
		break;
	}
	if (number >= 7 && !server) await startServer();
	console.log(`\n=== ${number}/${steps.length} ${name} ===`);
	const t = Date.now();
	const code = await step();
	console.log(`--- ${name}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
	if (code !== 0) {
		failedStep = name;
		break;
	}
}
server?.kill();
console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (failedStep) {
	console.log(`Stopped at: ${failedStep}.`);
	if (counts.failed === 0) counts.failed = 1;
}
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStep ? 1 : 0);
