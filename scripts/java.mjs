#!/usr/bin/env node
/**
 * Finds a Java runtime (11 or later) for the W3C Nu HTML Checker (vnu.jar, from the vnu-jar
 * package, whose own Java download is switched off in allowScripts). Order: JAVA_HOME, then
 * `java` on the PATH. `node scripts/java.mjs --ensure` installs Debian's default-jre-headless
 * when Java is missing and we are root with apt; otherwise it stops and says how to install it.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What vnu.jar needs (the vnu-jar package's own check). */
export const JAVA_MIN_VERSION = 11;

export const JAVA_INSTALL_HELP = [
	`The W3C HTML checker (vnu.jar) needs Java ${JAVA_MIN_VERSION} or later, and none was found.`,
	'Install a Java runtime, then run the tests again:',
	'  Debian or Ubuntu: sudo apt-get install default-jre-headless',
	'  macOS:            brew install openjdk',
	'Or point JAVA_HOME at an existing Java runtime.',
].join('\n');

/** The major version `java -version` reports (1.8 is 8), or null when it does not run. */
function javaVersion(command) {
	const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
	if (result.error || result.status !== 0) return null;
	const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
	if (!match) return null;
	const major = Number(match[1]);
	return major === 1 ? Number(match[2]) : major;
}

/** The java command to run and its version, or null when there is none (or it is too old). */
export function findJava() {
	const candidates = [...(process.env.JAVA_HOME ? [join(process.env.JAVA_HOME, 'bin', 'java')] : []), 'java'];
	for (const command of candidates) {
		const version = javaVersion(command);
		if (version !== null && version >= JAVA_MIN_VERSION) return { command, version };
	}
	return null;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function ensureJava() {
	const found = findJava();
	if (found) return found.command;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('Java is missing: installing the Debian package "default-jre-headless" with apt-get…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		try {
			execFileSync('/usr/bin/apt-get', ['update', '-qq'], { stdio: 'inherit', env });
			execFileSync('/usr/bin/apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
		} catch (error) {
			console.error(`apt-get could not install default-jre-headless: ${error.message}`);
		}
		const installed = findJava();
		if (installed) return installed.command;
	}
	console.error(JAVA_INSTALL_HELP);
	process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (process.argv.includes('--ensure')) console.log(`Using Java at ${ensureJava()}`);
	else console.log(findJava()?.command ?? 'not found');
}
