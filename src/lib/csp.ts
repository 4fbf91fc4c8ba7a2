/**
 * Content-Security-Policy helpers: hash inline scripts, read a policy, and
 * fill the script hashes into the headers file at build time.
 */
import { createHash } from 'node:crypto';

export const HASH_PLACEHOLDER = 'SCRIPT_HASHES';

/** The contents of every inline <script> (no src) in an HTML page, except JSON data blocks. */
export function inlineScripts(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = m[1];
		if (/\bsrc\s*=/.test(attrs)) continue;
		if (/\btype\s*=\s*"?(application\/(ld\+)?json|text\/template)/i.test(attrs)) continue;
		out.push(m[2]);
	}
	return out;
}

export function sha256(source: string): string {
	return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The script-src sources of a Content-Security-Policy value. */
export function scriptSources(policy: string): string[] {
	const directive = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
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
	return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (whole, start: string, content: string, end: string) => {
		const decoded = content.replace(/&#39;/g, "'");
		const wanted = [...new Set(hashes)];
		const current = scriptSources(decoded);
		const kept = current.filter((s) => !/^'sha(256|384|512)-/.test(s));
		const next = [...kept, ...wanted];
		if (next.join(' ') === current.join(' ')) return whole;
		const updated = decoded.replace(/script-src ([^;]*)/, () => `script-src ${next.join(' ')}`);
		const encoded = content.includes('&#39;') ? updated.replace(/'/g, '&#39;') : updated;
		return `${start}${encoded}${end}`;
	});
}
