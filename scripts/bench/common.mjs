/**
 * What the parts of `npm run bench` share: the repository root, the page types measured,
 * compression and printing helpers, the child-process build, the static host and the browser.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest, createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, createGzip, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../serve.mjs';
import { chromiumArgs, findChromium } from '../chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const KB = 1024;

export const PAGES = [
	['home', '/'],
	['guidance', '/guidance/letter-before-proceedings/'],
	['easy read', '/easy-read/letter-before-proceedings/'],
	['SGO toolkit', '/sgo-toolkit/assessment/'],
	['training', '/training/m01-pre-proceedings-and-the-plo/'],
	['glossary', '/glossary/'],
	['search', '/search/'],
];

export const MOBILE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
};

export const gz = (buf) => gzipSync(buf, { level: 6 }).length;
export const br = (buf) => brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kb = (bytes) => (bytes / KB).toFixed(1);
export const sec = (ms) => (ms / 1000).toFixed(1);

export function table(headers, rows) {
	const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) =>
		cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
	console.log(line(headers));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}

export function heading(text) {
	console.log(`\n== ${text} ==`);
}

/** Runs `node scripts/bench-build.mjs <root>` and returns its BENCH_BUILD numbers. */
export function buildProject(root, env = {}) {
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'bench-build.mjs'), root], {
			cwd: root,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('exit', (code) => {
			const line = out.split('\n').find((l) => l.startsWith('BENCH_BUILD '));
			if (code === 0 && line) resolvePromise(JSON.parse(line.slice('BENCH_BUILD '.length)));
			else resolvePromise({ error: `exit code ${code}`, output: out.slice(-3000) });
		});
	});
}

export const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The built site as a static host serves it: scripts/serve.mjs (its headers, index pages
 * and 404 page) behind a front that gzips text responses, as hosts and CDNs do.
 * Both listen on free ports (port 0) on loopback, so the bench never clashes with another server.
 */
export async function serveDist(dist) {
	const inner = createStaticServer(dist);
	await new Promise((r) => inner.listen(0, '127.0.0.1', r));
	const innerPort = inner.address().port;
	const front = createServer((req, res) => {
		const headers = { ...req.headers };
		delete headers['accept-encoding'];
		const upstream = httpRequest(
			{ host: '127.0.0.1', port: innerPort, path: req.url, method: req.method, headers },
			(up) => {
				const type = String(up.headers['content-type'] ?? '');
				const gzip =
					/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
					COMPRESSIBLE.test(type) &&
					req.method !== 'HEAD';
				const outHeaders = { ...up.headers };
				if (gzip) {
					delete outHeaders['content-length'];
					outHeaders['content-encoding'] = 'gzip';
					outHeaders.vary = 'Accept-Encoding';
				}
				res.writeHead(up.statusCode ?? 500, outHeaders);
				if (gzip) up.pipe(createGzip({ level: 6 })).pipe(res);
				else up.pipe(res);
			},
		);
		upstream.on('error', (e) => {
			res.writeHead(502);
			res.end(String(e));
		});
		req.pipe(upstream);
	});
	await new Promise((r) => front.listen(0, '127.0.0.1', r));
	return {
		base: `http://localhost:${front.address().port}`,
		close: () => {
			front.close();
			inner.close();
		},
	};
}

export async function launchBrowser() {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('Chromium not found: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');
	return chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
}
