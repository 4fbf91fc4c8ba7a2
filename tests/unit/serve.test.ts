/**
 * scripts/serve.mjs: the static server used by `npm start`, the tests and the bench. It runs
 * in this process on an ephemeral loopback port, over a folder made here (not dist/: this
 * runs before the build). Hostile requests go over node:net, so that the request target
 * reaches the server byte for byte, as no HTTP client would send it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, parseHeadersFile } from '../../scripts/serve.mjs';
import type { Server } from 'node:http';

const SECRET = `SECRET-${randomBytes(8).toString('hex')}`;
const HEADERS_FILE = `# as in public/_headers
/*
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
const FILES: Record<string, string> = {
	'index.html': '<!doctype html><title>Home</title><p>home page</p>',
	'404.html': '<!doctype html><title>Not found</title><p>the 404 page</p>',
	'_astro/x.js': 'console.log("an asset");\n',
	'sub/index.html': '<!doctype html><title>Sub</title><p>a page in a folder</p>',
	'sub/notes.txt': 'plain text in a folder\n',
	_headers: HEADERS_FILE,
	// Inside the root but never to be served: a dotfile.
	'.env': `TOKEN=${SECRET}\n`,
};
/** Bodies a 200 may have: the files a host serves (not _headers, not dotfiles). */
const SERVABLE = ['index.html', '404.html', '_astro/x.js', 'sub/index.html', 'sub/notes.txt'].map((f) => FILES[f]);

let dir: string;
let root: string;
let server: Server;
let port: number;

async function listen(folder: string): Promise<[Server, number]> {
	const s = createStaticServer(folder);
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
	const address = s.address();
	return [s, typeof address === 'object' && address ? address.port : 0];
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'fjg-serve-'));
	root = join(dir, 'site');
	// Beside the root: what a path that climbs out of it would reach.
	writeFileSync(join(dir, 'secret.txt'), SECRET);
	mkdirSync(join(dir, 'site-other'));
	writeFileSync(join(dir, 'site-other', 'index.html'), SECRET);
	for (const [name, text] of Object.entries(FILES)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), text);
	}
	[server, port] = await listen(root);
});
afterAll(() => {
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${port}`;

interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
	bytes: number;
}

/** Sends bytes as they are on a new connection and reads the whole answer (the server closes it). */
function rawRequest(request: Buffer | string, to = port): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const socket = connect(to, '127.0.0.1');
		const chunks: Buffer[] = [];
		const finish = () => {
			const all = Buffer.concat(chunks);
			const end = all.indexOf('\r\n\r\n');
			const head = all.subarray(0, end === -1 ? all.length : end).toString('latin1');
			const [statusLine, ...lines] = head.split('\r\n');
			const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
			if (!status)
				return reject(
					new Error(
						`no HTTP answer to ${JSON.stringify(String(request).slice(0, 120))}: ${JSON.stringify(head.slice(0, 120))}`,
					),
				);
			const headers: Record<string, string> = {};
			for (const line of lines) {
				const at = line.indexOf(':');
				if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
			}
			const body = end === -1 ? Buffer.alloc(0) : all.subarray(end + 4);
			resolve({ status, headers, body: body.toString('latin1'), bytes: body.length });
		};
		socket.setTimeout(10_000, () => {
			socket.destroy();
			reject(new Error(`no answer in 10 s to ${JSON.stringify(String(request).slice(0, 120))}`));
		});
		socket.on('data', (c: Buffer) => chunks.push(c));
		socket.on('end', finish);
		// The server may close the connection at once after answering a request it could not
		// read: what was received still counts.
		socket.on('error', () => finish());
		// Not end(): a client that half-closes has its requests dropped by Node's server
		// (httpAllowHalfOpen is off). The server closes the connection (Connection: close).
		socket.write(request);
	});
}

/** A request line with the target as raw bytes (a string is sent as UTF-8). */
function get(target: Buffer | string, { method = 'GET', headers = '' } = {}) {
	return rawRequest(
		Buffer.concat([
			Buffer.from(`${method} `),
			Buffer.from(target),
			Buffer.from(` HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`),
		]),
	);
}

async function expectStillServing() {
	const home = await fetch(`${base()}/`);
	expect(home.status).toBe(200);
	expect(home.headers.get('x-frame-options')).toBe('DENY');
	expect(home.headers.get('content-type')).toMatch(/^text\/html/);
	expect(await home.text()).toBe(FILES['index.html']);
}

describe('the static server: what a static host does', () => {
	it('serves index pages and files with their content types and the _headers rules', async () => {
		const home = await fetch(`${base()}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toBe(FILES['index.html']);
		expect(home.headers.get('x-content-type-options')).toBe('nosniff');
		// Nothing in _headers for HTML: the cache checks the ETag each time.
		expect(home.headers.get('cache-control')).toBe('no-cache');
		const sub = await fetch(`${base()}/sub/`);
		expect(await sub.text()).toBe(FILES['sub/index.html']);
		const text = await fetch(`${base()}/sub/notes.txt?v=1`);
		expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await text.text()).toBe(FILES['sub/notes.txt']);
	});

	it('sends the immutable Cache-Control of /_astro/* from _headers, and no no-cache', async () => {
		const res = await fetch(`${base()}/_astro/x.js`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(res.headers.get('x-frame-options')).toBe('DENY');
		expect(await res.text()).toBe(FILES['_astro/x.js']);
	});

	it('answers HEAD with the headers and no body', async () => {
		const res = await get('/_astro/x.js', { method: 'HEAD' });
		expect(res.status).toBe(200);
		expect(res.headers['content-length']).toBe(String(Buffer.byteLength(FILES['_astro/x.js'])));
		expect(res.headers['cache-control']).toContain('immutable');
		expect(res.headers.etag).toBeTruthy();
		expect(res.bytes).toBe(0);
		const missing = await get('/nothing-here', { method: 'HEAD' });
		expect(missing.status).toBe(404);
		expect(missing.bytes).toBe(0);
	});

	it('answers If-None-Match with the ETag by 304, with the Cache-Control and no body', async () => {
		const first = await fetch(`${base()}/_astro/x.js`);
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^W\/".+"$/);
		const again = await get('/_astro/x.js', { headers: `If-None-Match: ${etag}\r\n` });
		expect(again.status).toBe(304);
		expect(again.bytes).toBe(0);
		expect(again.headers['cache-control']).toContain('immutable');
		const other = await get('/_astro/x.js', { headers: 'If-None-Match: W/"0-0"\r\n' });
		expect(other.status).toBe(200);
	});

	it('answers a missing file with 404 and the 404 page, not cached as immutable', async () => {
		const res = await fetch(`${base()}/no/such/page/`);
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await res.text()).toBe(FILES['404.html']);
		const asset = await fetch(`${base()}/_astro/gone.js`);
		expect(asset.status).toBe(404);
		expect(asset.headers.get('cache-control')).toBe('no-cache');
		expect(await asset.text()).toBe(FILES['404.html']);
	});

	it('redirects /dir to /dir/ with 301, keeping the query, and never to another host', async () => {
		const res = await fetch(`${base()}/sub`, { redirect: 'manual' });
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/sub/');
		expect((await get('/sub?a=1')).headers.location).toBe('/sub/?a=1');
		// "//sub" would be a link to the host "sub".
		const double = await get('//sub');
		expect(double.status).toBe(301);
		expect(double.headers.location).toBe('/sub/');
	});

	it('does not serve the _headers file or dotfiles', async () => {
		for (const target of ['/_headers', '/_headers/', '//_headers', '/.env', '/%2eenv', '/sub/../.env']) {
			const res = await get(target);
			expect([400, 404], target).toContain(res.status);
			expect(res.body, target).not.toContain(SECRET);
			expect(res.body, target).not.toContain('X-Frame-Options');
		}
	});

	it('answers other methods with 405 and Allow', async () => {
		const res = await fetch(`${base()}/`, { method: 'POST', body: 'x' });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
	});

	it('serves a file added after it started, and the _headers file as it is now (a rebuild under a running server)', async () => {
		writeFileSync(join(root, '_astro', 'later.js'), 'later();\n');
		expect(await (await fetch(`${base()}/_astro/later.js`)).text()).toBe('later();\n');
		writeFileSync(join(root, '_headers'), `${HEADERS_FILE}\n/sub/*\n  X-Test: rebuilt\n`);
		try {
			expect((await fetch(`${base()}/sub/`)).headers.get('x-test')).toBe('rebuilt');
		} finally {
			writeFileSync(join(root, '_headers'), HEADERS_FILE);
			rmSync(join(root, '_astro', 'later.js'));
		}
	});

	it('passes on a simple range, and ignores one it cannot satisfy as asked', async () => {
		const part = await get('/index.html', { headers: 'Range: bytes=0-14\r\n' });
		expect(part.status).toBe(206);
		expect(part.body).toBe(FILES['index.html'].slice(0, 15));
		const reversed = await get('/index.html', { headers: 'Range: bytes=9-3\r\n' });
		expect(reversed.status).toBe(200);
		expect(reversed.body).toBe(FILES['index.html']);
		await expectStillServing();
	});
});

describe('the static server: requests that must not stop it', () => {
	it('answers GET /% with 400 and keeps serving', async () => {
		const res = await get('/%');
		expect(res.status).toBe(400);
		await expectStillServing();
	});

	it('answers a 16 KB path with a 4xx and keeps serving; a 4 KB one with 414', async () => {
		const huge = await get(`/${'a'.repeat(16 * 1024)}`);
		expect([400, 414, 431]).toContain(huge.status);
		const long = await get(`/${'b'.repeat(4 * 1024)}`);
		expect(long.status).toBe(414);
		await expectStillServing();
	});

	it('turns away traversal, encoded separators, null bytes and bytes that are not UTF-8', async () => {
		const targets = [
			'/../secret.txt',
			'/../../../../etc/passwd',
			'/sub/../../secret.txt',
			'/%2e%2e/secret.txt',
			'/%2e%2e%2fsecret.txt',
			'/..%2fsecret.txt',
			'/..%5csecret.txt',
			'/%2e%2e%5csecret.txt',
			'/..\\secret.txt',
			'/%5c..%5csecret.txt',
			'/../site-other/index.html',
			'/%2e%2e/site-other/',
			'/index.html%00.js',
			'/%00',
			'/sub/%c0%ae%c0%ae/secret.txt',
			'/%ff',
			'/%e9t%e9',
			'/%zz',
			'/%',
			'/%%2e%2e/secret.txt',
		];
		for (const target of targets) {
			const res = await get(target);
			expect([400, 404], target).toContain(res.status);
			expect(res.body, target).not.toContain(SECRET);
		}
		// Raw bytes that are not ASCII: a latin-1 é, and invalid UTF-8.
		for (const bytes of [
			Buffer.from([0x2f, 0xe9]),
			Buffer.from([0x2f, 0xc0, 0xae, 0xc0, 0xae, 0x2f]),
			Buffer.from('/é/日本'),
		]) {
			expect((await get(bytes)).status).toBe(400);
		}
		await expectStillServing();
	});

	it('takes the path of an absolute-form target, and turns away odd ones', async () => {
		const absolute = await get('http://localhost/sub/');
		expect(absolute.status).toBe(200);
		expect(absolute.body).toBe(FILES['sub/index.html']);
		for (const target of [
			'http://localhost/../secret.txt',
			'http://localhost/%2e%2e%2fsecret.txt',
			'http://[bad',
			'*',
			'sub/',
			'example.org:80',
			'?x',
			'file:///etc/passwd',
		]) {
			const res = await get(target);
			expect([400, 404], target).toContain(res.status);
			expect(res.body, target).not.toContain(SECRET);
		}
		await expectStillServing();
	});

	it('answers garbage it cannot parse as HTTP with 400 (the clientError handler) and keeps serving', async () => {
		for (const request of [
			'HELLO\r\n\r\n',
			'GET\r\n\r\n',
			'GET / HTTP/9.9\r\n\r\n',
			'GET / HTTP/1.1\r\nBad header line\r\n\r\n',
			'GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n',
			'GET /\x00 HTTP/1.1\r\n\r\n',
			Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x01, 0x00, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]),
		]) {
			const res = await rawRequest(request);
			expect(res.status, JSON.stringify(String(request))).toBeGreaterThanOrEqual(400);
			expect(res.status, JSON.stringify(String(request))).toBeLessThan(500);
		}
		// A connection closed halfway through a request line.
		await new Promise<void>((r) => connect(port, '127.0.0.1').end('GET /sub', r));
		await expectStillServing();
	});

	it('answers 2,000 generated hostile paths with 4xx (or a file inside the root) and keeps serving', async () => {
		// mulberry32: a small seeded generator, so that a failure can be run again (FJG_FUZZ_SEED).
		const seed = Number(process.env.FJG_FUZZ_SEED ?? 0x5eed15);
		let state = seed >>> 0;
		const random = () => {
			state = (state + 0x6d2b79f5) >>> 0;
			let t = state;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
		const pieces = [
			'%',
			'%z',
			'%zz',
			'%2',
			'%%',
			'%00',
			'%0a',
			'%0d%0a',
			'%c0%ae',
			'%c0%af',
			'%e0%80%ae',
			'%ff',
			'%fe%ff',
			'%e9',
			'..',
			'.',
			'../',
			'./',
			'..%2f',
			'..%2F',
			'%2e%2e%2f',
			'%2e%2e/',
			'%2e%2e%5c',
			'..%5c',
			'..\\',
			'%5c',
			'\\',
			'%2f',
			'//',
			'%2e',
			'.env',
			'%2eenv',
			'_headers',
			'secret.txt',
			'site-other',
			'index.html',
			'404.html',
			'sub',
			'sub/',
			'notes.txt',
			'_astro',
			'_astro/',
			'x.js',
			'?',
			'?q=%',
			'#',
			';',
			'%3b',
			'+',
			'~',
			'%7e',
			'@',
			':',
			'http:',
			'%u002e',
			'\u00e9',
			'\u65e5\u672c',
			'\u{1f600}',
			'%f0%9f%98%80',
			'\u202e',
			'\ufeff',
			'\x01',
			'\x7f',
			'\t',
			' ',
			'\r\n',
			'\x00',
		];
		const generate = () => {
			const parts: string[] = [];
			const n = 1 + Math.floor(random() * 7);
			for (let i = 0; i < n; i++) {
				const r = random();
				if (r < 0.06) parts.push(pick(['a', '%41', '..%2f', 'é']).repeat(50 + Math.floor(random() * 1200)));
				else if (r < 0.1) parts.push(String.fromCharCode(Math.floor(random() * 0x10000)));
				else parts.push(pick(pieces));
			}
			const path = parts.join(random() < 0.5 ? '/' : '');
			const r = random();
			return r < 0.85 ? `/${path}` : r < 0.92 ? `http://localhost/${path}` : path;
		};
		const targets = Array.from({ length: 2000 }, generate);
		const allowed = new Set([400, 404, 414, 431]);
		const failures: string[] = [];
		for (let i = 0; i < targets.length; i += 25) {
			const batch = targets.slice(i, i + 25);
			const answers = await Promise.all(
				batch.map((t) =>
					get(t).then(
						(res) => [t, res] as const,
						(error: Error) => [t, error] as const,
					),
				),
			);
			for (const [target, res] of answers) {
				const name = JSON.stringify(
					target.length > 150 ? `${target.slice(0, 150)}… (${target.length} characters)` : target,
				);
				if (res instanceof Error) failures.push(`${name}: ${res.message}`);
				else if (res.body.includes(SECRET))
					failures.push(`${name}: served the secret from outside the root or a dotfile`);
				else if (res.status === 200 && !SERVABLE.includes(res.body))
					failures.push(`${name}: 200 with a body that is no servable file`);
				else if (res.status === 301 && !/^\/(?!\/)[\x21-\x7e]*\/(\?[\x21-\x7e]*)?$/.test(res.headers.location ?? ''))
					failures.push(`${name}: 301 to ${res.headers.location}`);
				else if (res.status !== 200 && res.status !== 301 && !allowed.has(res.status))
					failures.push(`${name}: status ${res.status}`);
			}
		}
		expect(failures, `seed ${seed}`).toEqual([]);
		await expectStillServing();
		const asset = await fetch(`${base()}/_astro/x.js`);
		expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});
});

describe('npm start (node scripts/serve.mjs as its own process)', () => {
	it('is still running and serving after GET /%, a garbage request line and traversal', async () => {
		// A free port, found by listening on port 0 (the server prints the port it listens on).
		const free = createServer();
		await new Promise<void>((r) => free.listen(0, '127.0.0.1', () => r()));
		const freePort = (free.address() as AddressInfo).port;
		await new Promise((r) => free.close(r));
		const child = spawn(process.execPath, ['scripts/serve.mjs', root], {
			env: { ...process.env, PORT: String(freePort) },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let exited: number | null = null;
		let stderr = '';
		child.on('exit', (code) => (exited = code));
		child.stderr.on('data', (d) => (stderr += d));
		try {
			const childPort = await new Promise<number>((resolve, reject) => {
				let out = '';
				child.stdout.on('data', (d) => {
					out += d;
					const found = /being served at http:\/\/localhost:(\d+)\//.exec(out);
					if (found) resolve(Number(found[1]));
				});
				child.on('exit', (code) => reject(new Error(`the server stopped (exit code ${code}): ${stderr}`)));
			});
			const send = (target: string) =>
				rawRequest(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, childPort);
			expect((await send('/%')).status).toBe(400);
			await rawRequest('\x00\x01 garbage\r\n\r\n', childPort).catch(() => null);
			await send('/..%2f..%2fsecret.txt').catch(() => null);
			const home = await send('/');
			expect(home.status).toBe(200);
			expect(home.body).toBe(FILES['index.html']);
			expect(exited, stderr).toBeNull();
		} finally {
			child.kill();
		}
	});
});

describe('the static server without a 404 page', () => {
	let bare: string;
	let bareServer: Server;
	let barePort: number;
	beforeAll(async () => {
		bare = mkdtempSync(join(tmpdir(), 'fjg-serve-bare-'));
		writeFileSync(join(bare, 'index.html'), '<!doctype html><title>Home</title>');
		// No 404.html and no _headers: as when a rebuild has just removed them.
		[bareServer, barePort] = await listen(bare);
	});
	afterAll(() => {
		bareServer?.close();
		rmSync(bare, { recursive: true, force: true });
	});

	it('answers a missing file with a plain 404 and keeps serving', async () => {
		const missing = await fetch(`http://127.0.0.1:${barePort}/missing/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('404');
		const home = await fetch(`http://127.0.0.1:${barePort}/`);
		expect(home.status).toBe(200);
		expect(home.headers.get('cache-control')).toBe('no-cache');
		expect(await home.text()).toContain('<title>Home</title>');
	});
});

describe('parseHeadersFile', () => {
	it('reads the rules of the real public/_headers', () => {
		const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
		expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/pagefind/*', '/sw.js']);
		expect(rules[1].headers['Cache-Control']).toContain('immutable');
	});
});
