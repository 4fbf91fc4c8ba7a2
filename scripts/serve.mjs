#!/usr/bin/env node
// Serves the built site (dist/) at http://localhost:4321, as a static host would:
// directory index pages, the 404 page for missing files, and the headers file.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.woff2': 'font/woff2',
};

/**
 * Rules from a _headers file (the Netlify / Cloudflare Pages format): a path
 * pattern on its own line, then indented "Name: value" lines.
 */
export function parseHeadersFile(text) {
	const rules = [];
	let current = null;
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = { pattern: line.trim(), headers: {} };
			rules.push(current);
		} else if (current) {
			const at = line.indexOf(':');
			if (at > 0) current.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

function headersFor(rules, path) {
	const out = {};
	for (const rule of rules) {
		const prefix = rule.pattern.replace(/\*$/, '');
		if (rule.pattern.endsWith('*') ? path.startsWith(prefix) : path === rule.pattern) Object.assign(out, rule.headers);
	}
	return out;
}

/** A static file server for a built folder, as a static host serves it, with the headers from its _headers file. */
export function createStaticServer(root) {
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
function resolveFile(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, clean);
	if (!file.startsWith(root)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : null;
}

return createServer((req, res) => {
	const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
	// Directories without a trailing slash redirect, as static hosts do.
	const dir = join(root, normalize(decodeURIComponent(url.pathname)));
	if (!url.pathname.endsWith('/') && existsSync(dir) && statSync(dir).isDirectory()) {
		res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
		res.end();
		return;
	}
	const file = resolveFile(url.pathname);
	const status = file ? 200 : 404;
	const target = file ?? join(root, '404.html');
	res.writeHead(status, {
		...headersFor(rules, url.pathname),
		'Content-Type': types[extname(target)] ?? 'application/octet-stream',
		'Cache-Control': 'no-cache',
	});
	if (req.method === 'HEAD') return res.end();
	// A file can vanish between the check and the read (a rebuild replacing dist/): end this
	// response and keep serving, instead of stopping the whole server.
	createReadStream(target)
		.on('error', (error) => {
			console.error(`Could not read ${target}: ${error.message}`);
			res.destroy();
		})
		.pipe(res);
});

}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? 'dist');
	const port = Number(process.env.PORT ?? 4321);
	const host = process.env.HOST ?? '127.0.0.1';
	if (!existsSync(root)) {
		console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
		process.exit(1);
	}
	createStaticServer(root).listen(port, host, () => {
		console.log(`Family Justice Guides is being served at http://localhost:${port}/ (press Ctrl+C to stop)`);
	});
}
