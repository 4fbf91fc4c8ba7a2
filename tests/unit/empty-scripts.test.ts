import { describe, expect, it } from 'vitest';
import { dropEmptyScripts } from '../../src/lib/empty-scripts.ts';

describe('dropEmptyScripts', () => {
	const html =
		'<head><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/empty.js"></script>' +
		'<script>inline()</script></head><body><script type="module" src="/_astro/empty.js"></script></body>';

	it('removes every tag of an empty module file and keeps the others', () => {
		expect(dropEmptyScripts(html, (src) => src === '/_astro/empty.js')).toBe(
			'<head><script type="module" src="/_astro/a.js"></script><script>inline()</script></head><body></body>',
		);
	});

	it('leaves the page as it is when no file is empty', () => {
		expect(dropEmptyScripts(html, () => false)).toBe(html);
	});
});
