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

/** Adds any missing hashes to the script-src of a page's CSP <meta> (Astro writes quotes as &#39; or '). */
export function addScriptHashesToMeta(html: string, hashes: readonly string[]): string {
	return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (whole, start: string, content: string, end: string) => {
		const decoded = content.replace(/&#39;/g, "'");
		const present = new Set(scriptSources(decoded));
		const missing = [...new Set(hashes)].filter((h) => !present.has(h));
		if (!missing.length) return whole;
		const updated = decoded.replace(/script-src ([^;]*)/, (_m, sources: string) => `script-src ${sources.trim()} ${missing.join(' ')}`);
		const encoded = content.includes('&#39;') ? updated.replace(/'/g, '&#39;') : updated;
		return `${start}${encoded}${end}`;
	});
}
