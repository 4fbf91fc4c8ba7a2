/**
 * src/build/csp.ts inlineScripts: the one definition of "an inline script the browser runs",
 * used for the CSP hashes (build and dist tests) and for the inline JavaScript the bench
 * weighs. The cases marked "used to" are where the two former definitions disagreed.
 */
import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../src/build/csp.ts';

describe('inlineScripts', () => {
	it('returns the exact text of inline scripts with no type, an empty type, a JavaScript type or module', () => {
		const html = [
			'<script>a()</script>',
			'<script type="">b()</script>',
			'<SCRIPT TYPE="Text/JavaScript">c()</SCRIPT>',
			'<script type=module>d()</script>',
			'<script type="application/javascript" defer>\n  e()\n</script>',
		].join('\n');
		expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()', 'd()', '\n  e()\n']);
	});

	it('leaves out scripts loaded from a file, whatever the quotes or an empty src', () => {
		expect(
			inlineScripts(
				'<script src="/a.js"></script><script type="module" src=/b.js>x()</script><script src>y()</script><script async src=\'c.js\'></script>',
			),
		).toEqual([]);
	});

	it('leaves out data blocks: JSON, JSON-LD, templates and any type the browser does not run', () => {
		const html = [
			'<script type="application/json">{"a":1}</script>',
			'<script type="application/ld+json">{"@type":"Thing"}</script>',
			'<script type="text/template"><p></p></script>',
			'<script type="text/plain">not code</script>',
			'<script type="text/javascript; charset=utf-8">not run by the browser</script>',
		].join('');
		expect(inlineScripts(html)).toEqual([]);
	});

	it('leaves out a data block whose type is in single quotes (the CSP used to hash it: its test read only double quotes)', () => {
		expect(
			inlineScripts("<script type='application/json'>{}</script><script type='text/javascript'>run()</script>"),
		).toEqual(['run()']);
	});

	it('leaves out a type the browser does not run, such as text/plain (the CSP used to hash every type but JSON and templates)', () => {
		expect(inlineScripts('<script type="text/plain">x</script><script type="text/x-template">y</script>')).toEqual([]);
	});

	it('keeps import maps and speculation rules, which script-src governs (the bench used to leave them out)', () => {
		expect(
			inlineScripts('<script type="importmap">{"imports":{}}</script><script type="speculationrules">{}</script>'),
		).toEqual(['{"imports":{}}', '{}']);
	});

	it('keeps a script of only white space, which the browser checks against the CSP (the bench used to leave it out)', () => {
		expect(inlineScripts('<script>\n\t</script>')).toEqual(['\n\t']);
	});

	it('leaves out an empty script, which the browser skips before the CSP (the CSP used to hash the empty string)', () => {
		expect(inlineScripts('<script></script><script type="module"></script>')).toEqual([]);
	});

	it('reads only the type and src attributes themselves, not data-type or data-src', () => {
		expect(inlineScripts('<script data-src="/x.js" data-type="application/json">run()</script>')).toEqual(['run()']);
	});

	it('does not take an element whose name only starts with "script" for a script', () => {
		expect(inlineScripts('<script-note>text</script><script>real()</script>')).toEqual(['real()']);
	});
});
