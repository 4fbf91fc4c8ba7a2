#!/usr/bin/env node
/**
 * Finds the system Chromium for the browser tests, pa11y-ci and the PDF script.
 * No test tool downloads its own browser. Order: CHROME_PATH, then the usual
 * system paths. `node scripts/chromium.mjs --ensure` installs Debian's
 * chromium package when it is missing and we are root with apt; otherwise it
 * stops and says how to install it.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/lib/chromium/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium() {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
	}
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Flags for a quiet, headless, offline Chromium (and no sandbox as root, where it cannot start one). */
export function chromiumArgs() {
	return [
		...(isRoot ? ['--no-sandbox'] : []),
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run',
		'--no-default-browser-check',
	];
}

export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('Chromium is missing: installing the Debian package "chromium" with apt-get…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		const installed = findChromium();
		if (installed) return installed;
	}
	console.error(
		[
			'The tests need Chromium, and none was found.',
			'Install it, then run the tests again:',
			'  Debian or Ubuntu: sudo apt-get install chromium',
			'  macOS:            brew install --cask chromium',
			'Or point CHROME_PATH at an existing Chromium or Chrome, for example:',
			'  CHROME_PATH=/path/to/chrome npm test',
		].join('\n'),
	);
	process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (process.argv.includes('--ensure')) console.log(`Using Chromium at ${ensureChromium()}`);
	else console.log(findChromium() ?? 'not found');
}
