/** Security headers and the Content-Security-Policy, read from the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersPolicy, inlineScripts, scriptSources, sha256 } from '../../src/build/csp.ts';
import { builtPages, DIST } from '../helpers/dist.ts';

const headers = readFileSync(join(DIST, '_headers'), 'utf8');
const policy = headersPolicy(headers) ?? '';
const allowed = new Set(scriptSources(policy));

describe('_headers', () => {
	it('sends a strict Content-Security-Policy and the other security headers', () => {
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/frame-ancestors 'none'/);
		expect(policy).not.toMatch(/https?:\/\//);
		expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
		for (const header of ['Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options: nosniff']) expect(headers).toContain(header);
	});
	it("allows only the site's own service worker and web app manifest, in the header and in every page's meta", () => {
		const own = (p: string) => /(^|;)\s*worker-src 'self'\s*(;|$)/.test(p) && /(^|;)\s*manifest-src 'self'\s*(;|$)/.test(p);
		expect(own(policy)).toBe(true);
		const metas = builtPages().map(
			(p) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(p.html)?.[1].replace(/&#39;/g, "'") ?? '',
		);
		expect(metas.filter((m) => m && !own(m))).toEqual([]);
	});
});

describe.each(builtPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
	it('has no inline script whose hash is missing from the policy', () => {
		const missing = inlineScripts(page.html).map(sha256).filter((h) => !allowed.has(h));
		expect(missing).toEqual([]);
	});
	it('allows its inline scripts in its own CSP meta tag too', () => {
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1] ?? '';
		const metaAllowed = new Set(scriptSources(meta.replace(/&#39;/g, "'")));
		expect(inlineScripts(page.html).map(sha256).filter((h) => !metaAllowed.has(h))).toEqual([]);
	});
});
