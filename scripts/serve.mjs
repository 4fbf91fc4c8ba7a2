#!/usr/bin/env node
// Serves the built site (dist/) at http://localhost:4321, as a static host would:
// directory index pages, a 301 from /dir to /dir/, the 404 page for missing files, and the
// headers from the _headers file. Used by `npm start`, the tests, the bench and `npm run pdf`.
//
// The files are served by sirv (ETag and If-None-Match, HEAD, ranges, content types, and its
// own check that a looked-up file is inside the folder). Before sirv sees a request, this
// file turns away what no page of the site can be: a request target that is not a plain
// ASCII path, a malformed or non-UTF-8 percent-escape, a null byte or control character, a
// backslash, a "." or ".." segment (raw or encoded), a very long path. Every failure ends as
// a status (400, 404, 405, 414, 500) or a closed connection, never as an exception that would
// stop the server; so do garbage request lines (the 'clientError' handler).
import { STATUS_CODES, createServer, validateHeaderName, validateHeaderValue } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

// sirv's own table (mrmime) knows most of these; these add the charset to text, and the
// types of Pagefind's index files, which no table knows.
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

/** Longest path accepted (the site's longest is under 100 characters); longer gets 414. */
const MAX_PATH = 2048;

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

/** A rule's path pattern as the hosts read it: `*` matches anything, `:name` one path segment. */
function patternToRegExp(pattern) {
	const escape = (part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+');
	return new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`);
}

/**
 * The rules of root/_headers, read again whenever the file changes (a rebuild under a running
 * server writes new script hashes into its CSP). A header Node would refuse to send is left
 * out with a message naming the file, instead of failing every response.
 */
function headerRules(root) {
	const file = join(root, '_headers');
	let seen = null;
	let rules = [];
	return () => {
		let stats;
		try {
			stats = statSync(file, { throwIfNoEntry: false });
		} catch {
			stats = undefined;
		}
		const stamp = stats ? `${stats.mtimeMs}:${stats.size}` : 'none';
		if (stamp === seen) return rules;
		try {
			const text = stats ? readFileSync(file, 'utf8') : '';
			rules = parseHeadersFile(text).map(({ pattern, headers }) => {
				const valid = {};
				for (const [name, value] of Object.entries(headers)) {
					try {
						validateHeaderName(name);
						validateHeaderValue(name, value);
						valid[name] = value;
					} catch (error) {
						console.error(
							`${file}: header "${name}" under "${pattern}" left out (${error.message}). Fix that line of the file.`,
						);
					}
				}
				return { match: patternToRegExp(pattern), headers: valid };
			});
			seen = stamp;
		} catch (error) {
			// Being rewritten at this moment: keep the rules read last, and read it again next time.
			console.error(`Could not read ${file}: ${error.message}`);
		}
		return rules;
	};
}

/** The headers of every rule whose pattern matches the path; a later rule wins for the same header. */
function headersFor(rules, path) {
	const out = {};
	for (const rule of rules) if (rule.match.test(path)) Object.assign(out, rule.headers);
	return out;
}

/**
 * What sirv will look up for a request target, or the status to answer instead. sirv splits
 * off the query as this does and decodes with decodeURI; anything that would decode to a
 * different path with decodeURIComponent (an encoded "/" or "\") is judged by that too.
 */
function checkTarget(target) {
	// RFC 9112: a request target is printable ASCII; Node hands other bytes on as latin-1.
	if (!target.startsWith('/') || /[^\x21-\x7e]/.test(target)) return { status: 400 };
	const end = target.search(/[?#]/);
	const raw = end === -1 ? target : target.slice(0, end);
	if (raw.length > MAX_PATH) return { status: 414 };
	let decoded;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		// A malformed escape ("%", "%zz") or bytes that are not UTF-8 ("%ff", "%c0%ae").
		return { status: 400 };
	}
	// eslint-disable-next-line no-control-regex -- a path with a control character is refused
	if (/[\x00-\x1f\x7f\\]/.test(decoded)) return { status: 400 };
	const segments = decoded.split('/');
	if (segments.some((s) => s === '.' || s === '..')) return { status: 400 };
	// Hosts never serve dotfiles, nor the _headers file they read.
	if (
		segments.some((s) => s.startsWith('.') && s !== '.well-known') ||
		segments.filter(Boolean).join('/') === '_headers'
	)
		return { status: 404 };
	return { raw, path: decodeURI(raw), search: end === -1 ? '' : target.slice(end) };
}

/** A short plain-text answer (with nosniff, as every response of the site has). */
function plain(res, status, headers = {}) {
	if (res.headersSent) return res.destroy();
	const body = `${status} ${STATUS_CODES[status] ?? ''}\n`;
	res.writeHead(status, {
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': Buffer.byteLength(body),
		'Cache-Control': 'no-cache',
		'X-Content-Type-Options': 'nosniff',
		...headers,
	});
	res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** Is the (decoded) path a folder inside root? The same containment check sirv makes for files. */
function isDirectoryIn(root, path) {
	const abs = normalize(join(root, path));
	if (!abs.startsWith(root + sep)) return false;
	try {
		return statSync(abs, { throwIfNoEntry: false })?.isDirectory() === true;
	} catch {
		return false;
	}
}

/** The 404 answer for root: its 404.html page, or a plain 404 when there is none. */
function notFoundHandler(root) {
	const notFoundPage = join(root, '404.html');
	return function notFound(req, res) {
		// Not the path's own Cache-Control: "immutable" from /_astro/* must not keep a 404 in a
		// cache, since the file can come with the next build.
		res.statusCode = 404;
		res.setHeader('Cache-Control', 'no-cache');
		readFile(notFoundPage).then(
			(body) => {
				res.setHeader('Content-Type', types['.html']);
				res.setHeader('Content-Length', body.length);
				res.end(req.method === 'HEAD' ? undefined : body);
			},
			// No 404 page (a rebuild has just removed it): a plain answer, and keep serving.
			() => plain(res, 404),
		);
	};
}

/**
 * The request guard: the method, then the request target (checkTarget). Returns what sirv
 * will look up, or the status to answer instead ({ status }).
 */
function guardRequest(req) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405 };
	let target = req.url ?? '';
	// Absolute form (RFC 9112 3.2.2: a server must accept it): only its path and query count.
	if (/^https?:\/\//i.test(target)) {
		try {
			const url = new URL(target);
			target = url.pathname + url.search;
			// sirv reads req.url.
			req.url = target;
		} catch {
			return { status: 400 };
		}
	}
	return checkTarget(target);
}

/**
 * Directories without a trailing slash redirect, as static hosts do. Repeated slashes are
 * collapsed so that "//example.org" can never become a redirect to another site.
 */
function redirectToFolder(res, raw, search) {
	res.writeHead(301, {
		Location: `${raw.replace(/\/{2,}/g, '/')}/${search}`,
		'Cache-Control': 'no-cache',
		'Content-Length': 0,
	});
	res.end();
}

/** The _headers rules for the path, set before sirv's defaults so that they win and also go with a 304. */
function setRuleHeaders(res, rules, path) {
	const headers = headersFor(rules, path);
	if (!Object.keys(headers).some((name) => name.toLowerCase() === 'cache-control')) {
		// Nothing said (the HTML pages): ask the cache to check the ETag each time, so a new
		// build shows at once and an unchanged page costs a 304.
		headers['Cache-Control'] = 'no-cache';
	}
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/**
 * Only a single "bytes=start-end" or "bytes=start-" range is passed on: sirv reads other
 * forms as if they were that, and a reversed range would make the file read throw.
 */
function dropUnsafeRange(req) {
	const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
	if (req.headers.range && (!range || (range[2] && Number(range[2]) < Number(range[1])))) delete req.headers.range;
}

/**
 * sirv pipes the file into the response: a file that vanishes mid-request (a rebuild) ends
 * that response, a client that goes away closes the file, and HEAD does not read it.
 */
function guardFilePipe(req, res, path) {
	res.once('pipe', (file) => {
		file.on('error', (error) => {
			console.error(`Could not read the file for ${path}: ${error.message}`);
			res.destroy();
		});
		res.once('close', () => file.destroy());
		if (req.method === 'HEAD') {
			file.unpipe(res);
			file.destroy();
			res.end();
		}
	});
}

/**
 * A request Node's parser cannot read (a garbage request line, headers too large, a timeout):
 * answer it on the socket if nothing has been sent on it yet, then close that connection.
 * (Node's default without a handler does the same; here it is on purpose, and tested.)
 */
function onClientError(error, socket) {
	const inFlight = socket._httpMessage;
	if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return socket.destroy();
	const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
	const body = `${status} ${STATUS_CODES[status]}\n`;
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
		() => socket.destroy(),
	);
}

/** A static file server for a built folder, as a static host serves it, with the headers from its _headers file. */
export function createStaticServer(folder) {
	const root = resolve(folder);
	const rules = headerRules(root);
	const notFound = notFoundHandler(root);
	const serve = sirv(root, {
		// Look each request up on disk, not in a list made at start: dist/ is rebuilt under a
		// running server, and a list made at start would then send old lengths and ETags.
		dev: true,
		etag: true,
		onNoMatch: notFound,
		setHeaders(res, pathname) {
			const type = types[extname(pathname)];
			if (type) res.setHeader('Content-Type', type);
		},
	});

	function handle(req, res) {
		const checked = guardRequest(req);
		if (checked.status === 405) return plain(res, 405, { Allow: 'GET, HEAD' });
		if (checked.status === 404) return notFound(req, res);
		if (checked.status) return plain(res, checked.status);
		const { raw, path, search } = checked;
		if (!path.endsWith('/') && isDirectoryIn(root, path)) return redirectToFolder(res, raw, search);
		setRuleHeaders(res, rules(), path);
		dropUnsafeRange(req);
		guardFilePipe(req, res, path);
		serve(req, res);
	}

	const server = createServer((req, res) => {
		try {
			handle(req, res);
		} catch (error) {
			console.error(`Error answering ${req.method} ${String(req.url).slice(0, 200)}: ${error?.message ?? error}`);
			try {
				plain(res, 500);
			} catch {
				res.destroy();
			}
		}
	});
	server.on('clientError', onClientError);
	return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? 'dist');
	const port = Number(process.env.PORT ?? 4321);
	const host = process.env.HOST ?? '127.0.0.1';
	if (!existsSync(root)) {
		console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
		process.exit(1);
	}
	const server = createStaticServer(root);
	server.on('error', (error) => {
		console.error(
			error.code === 'EADDRINUSE'
				? `Port ${port} is already in use: stop what uses it, or set PORT to another port.`
				: `The server could not start: ${error.message}`,
		);
		process.exit(1);
	});
	server.listen(port, host, () => {
		// The port listened on (PORT=0 picks a free one).
		console.log(
			`Family Justice Guides is being served at http://localhost:${server.address().port}/ (press Ctrl+C to stop)`,
		);
	});
}
