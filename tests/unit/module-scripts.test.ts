import { describe, expect, it } from 'vitest';
import { simplifyModuleScripts } from '../../src/lib/module-scripts.ts';

const tag = (src: string) => `<script type="module" src="${src}"></script>`;
const FILES: Record<string, string> = {
	'/_astro/QuickExit.a.js': 'import"./site.b.js";',
	'/_astro/Term.a.js': 'import"./site.b.js";\n',
	'/_astro/site.b.js': 'import"./element.c.js";console.log(1);',
	'/_astro/Toc.d.js': "import './toc.e.js'; import './announce.f.js';",
	'/_astro/toc.e.js': 'customElements.define("x", class extends HTMLElement {});',
	'/_astro/announce.f.js': 'export const a = 1;',
	'/_astro/Page.g.js': '',
};
const read = (src: string) => FILES[src];

describe('simplifyModuleScripts', () => {
	it('replaces a file that only imports with what it imports, in its place, and asks for each module once', () => {
		const html = `<head>${tag('/_astro/QuickExit.a.js')}${tag('/_astro/site.b.js')}</head><body>${tag('/_astro/Toc.d.js')}${tag('/_astro/Term.a.js')}</body>`;
		expect(simplifyModuleScripts(html, read)).toBe(
			`<head>${tag('/_astro/site.b.js')}</head><body>${tag('/_astro/toc.e.js')}${tag('/_astro/announce.f.js')}</body>`,
		);
	});

	it('drops the tags of empty files, and keeps files it cannot read and those with code', () => {
		const html = `${tag('/_astro/Page.g.js')}${tag('/elsewhere.js')}${tag('/_astro/toc.e.js')}<script>inline()</script>`;
		expect(simplifyModuleScripts(html, read)).toBe(
			`${tag('/elsewhere.js')}${tag('/_astro/toc.e.js')}<script>inline()</script>`,
		);
	});

	it('leaves a page with nothing to tidy as it is', () => {
		const html = `${tag('/_astro/site.b.js')}<p>Text</p>`;
		expect(simplifyModuleScripts(html, read)).toBe(html);
	});
});
