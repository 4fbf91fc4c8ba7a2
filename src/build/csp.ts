/**
 * Content-Security-Policy helpers: hash inline scripts, read a policy, and
 * fill the script hashes into the headers file at build time.
 */
import { createHash } from 'node:crypto';

export const HASH_PLACEHOLDER = 'SCRIPT_HASHES';

/**
 * The `type` values of a <script> the browser runs (HTML: no type, an empty one, a JavaScript
 * MIME type essence, "module", and the JSON-shaped "importmap" and "speculationrules", which
 * script-src also governs). Any other type (application/json, application/ld+json,
 * text/template, "text/javascript; charset=utf-8" …) is a data block: not run, no hash needed.
 */
const RUN_TYPES = new Set([
	'',
	'module',
	'importmap',
	'speculationrules',
	...[
		'application/ecmascript',
		'application/javascript',
		'application/x-ecmascript',
		'application/x-javascript',
		'text/ecmascript',
		'text/javascript',
		'text/javascript1.0',
		'text/javascript1.1',
		'text/javascript1.2',
		'text/javascript1.3',
		'text/javascript1.4',
		'text/javascript1.5',
		'text/jscript',
		'text/livescript',
		'text/x-ecmascript',
		'text/x-javascript',
	],
]);

/** The value of one attribute in a tag's attribute text (quoted either way or bare), or undefined. */
function attribute(attrs: string, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(
		attrs,
	);
	return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/**
 * The inline scripts of an HTML page the browser runs, as their exact source text: the one
 * definition for the CSP hashes (src/integrations/security-headers.ts, tests/dist/security.test.ts)
 * and for the inline JavaScript the bench weighs (scripts/bench.mjs). A <script> counts when
 * it has no src attribute, its type is one the browser runs (RUN_TYPES, any quotes, any case)
 * and its text is not empty (the browser skips an empty script before checking the CSP).
 */
export function inlineScripts(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/<script(?=[\s>/])([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attrs = m[1];
		if (attribute(attrs, 'src') !== undefined) continue;
		if (!RUN_TYPES.has((attribute(attrs, 'type') ?? '').trim().toLowerCase())) continue;
		if (m[2] === '') continue;
		out.push(m[2]);
	}
	return out;
}

export function sha256(source: string): string {
	return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The script-src sources of a Content-Security-Policy value. */
export function scriptSources(policy: string): string[] {
	const directive = policy
		.split(';')
		.map((d) => d.trim())
		.find((d) => d.startsWith('script-src '));
	return directive ? directive.split(/\s+/).slice(1) : [];
}

/** The Content-Security-Policy value for "/*" in a _headers file. */
export function headersPolicy(headers: string): string | undefined {
	return /^\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1].trim();
}

/**
 * Makes the script-src hashes of a page's CSP <meta> exactly the hashes of that page's inline
 * scripts (Astro writes quotes as &#39; or '). Astro lists a hash for every script of the site,
 * including those loaded from files, which 'self' already allows: dropping those keeps each
 * page's policy as strict and about 0.7 KB (compressed) lighter.
 */
export function addScriptHashesToMeta(html: string, hashes: readonly string[]): string {
	return html.replace(
		/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
		(whole, start: string, content: string, end: string) => {
			const decoded = content.replace(/&#39;/g, "'");
			const wanted = [...new Set(hashes)];
			const current = scriptSources(decoded);
			const kept = current.filter((s) => !/^'sha(256|384|512)-/.test(s));
			const next = [...kept, ...wanted];
			if (next.join(' ') === current.join(' ')) return whole;
			const updated = decoded.replace(/script-src ([^;]*)/, () => `script-src ${next.join(' ')}`);
			const encoded = content.includes('&#39;') ? updated.replace(/'/g, '&#39;') : updated;
			return `${start}${encoded}${end}`;
		},
	);
}
