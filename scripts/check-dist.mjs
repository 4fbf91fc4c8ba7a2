#!/usr/bin/env node
/**
 * `npm run check:dist [-- folder]`: checks a built folder before it is uploaded:
 * sitemap, robots.txt, 404 page, headers file with its script hashes filled in,
 * a title and a description on every page, and no draft pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../src/build/list-files.mjs';

const htmlFiles = (dir) => listFiles(dir, { ext: '.html' });

export function checkDist(dir) {
	const problems = [];
	if (!existsSync(dir)) return [`${dir} does not exist: run "npm run build" first`];
	for (const file of [
		'sitemap-index.xml',
		'sitemap-0.xml',
		'robots.txt',
		'404.html',
		'_headers',
		'pagefind/pagefind.js',
	]) {
		if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
	}
	if (existsSync(join(dir, '_headers'))) {
		const headers = readFileSync(join(dir, '_headers'), 'utf8');
		if (headers.includes('SCRIPT_HASHES'))
			problems.push('_headers still has the SCRIPT_HASHES placeholder: build with "npm run build"');
		if (!/Content-Security-Policy:/.test(headers)) problems.push('_headers has no Content-Security-Policy');
	}
	if (existsSync(join(dir, 'sitemap-0.xml'))) {
		const urls = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => m[1],
		);
		if (!urls.length) problems.push('sitemap-0.xml lists no pages');
	}
	for (const file of existsSync(dir) ? htmlFiles(dir) : []) {
		const name = relative(dir, file);
		const html = readFileSync(file, 'utf8');
		if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${name}: no <title>`);
		if (!/<meta name="description" content="[^"]+"/.test(html)) problems.push(`${name}: no meta description`);
		if (/data-draft|sl-draft|This content is a draft/i.test(html))
			problems.push(`${name}: is a draft page; drafts must not be published`);
	}
	return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? 'dist');
	const problems = checkDist(dir);
	if (problems.length) {
		console.error(`${dir} is not ready to upload:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		process.exit(1);
	}
	console.log(`${dir} is ready to upload: ${htmlFiles(dir).length} pages checked.`);
}
