#!/usr/bin/env node
/**
 * `npm run lock:fix` — run after changing dependencies.
 *
 * Some registries (this project's CI mirror among them) lack the exact versions of a few
 * optional, platform-only packages (for example @astrojs/compiler-binding-darwin-arm64).
 * `npm install` then leaves them out of package-lock.json, and `npm ci` refuses the lock.
 * This adds a lock entry, with its os and cpu, for each optional dependency that is missing,
 * so `npm ci` accepts the lock; on other platforms npm skips these packages without fetching.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [_path, meta] of Object.entries(pk)) {
	for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
		const key = `node_modules/${name}`;
		if (pk[key]) continue;
		const info = JSON.parse(execSync(`npm view ${name} --json 2>/dev/null`).toString() || '{}');
		pk[key] = {
			version,
			optional: true,
			dev: meta.dev,
			os: info.os,
			cpu: info.cpu,
			...(info.libc ? { libc: info.libc } : {}),
		};
		added++;
		console.log('added', key, version, info.os, info.cpu);
	}
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries added');
