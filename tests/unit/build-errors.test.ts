/** Real builds over fixture content: bad content must stop the build and say where and why. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture-build.ts';

describe.concurrent('astro build over fixture content', () => {
	it('succeeds for the valid fixture site', () => {
		const { status, output } = buildFixture();
		expect(output).not.toMatch(/problem|invalid link/i);
		expect(status, output).toBe(0);
	});

	it('fails on a missing field, naming the file, line and field', () => {
		const { status, output } = buildFixture('missing-field');
		expect(status).not.toBe(0);
		expect(output).toMatch(/guidance\/no-sources\.mdx:\d+:\d+ — sources: is required/);
	});

	it('fails on a glossary term with no entry, naming the file, line and term', () => {
		const { status, output } = buildFixture('missing-term');
		expect(status).not.toBe(0);
		expect(output).toMatch(/guidance\/unknown-term\.mdx:\d+:\d+ — Term: the term "no-such-term" has no glossary entry/);
	});

	it('fails when a session plan does not add up, naming the module', () => {
		const { status, output } = buildFixture('session-plan');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/training\/m02-wrong-total\.mdx:\d+:\d+ — activities: session plan for M02 adds up to 35 minutes but durationMinutes is 30/,
		);
	});

	it("fails when a module's sections are out of order, naming the file, line and the order expected", () => {
		const { status, output } = buildFixture('section-order');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/training\/m03-out-of-order\.mdx:31:\d+ — ModuleSection: section 2 is kind="case-study" but kind="law-and-guidance" is expected here; .*in this order: key-messages, law-and-guidance, case-study/,
		);
	});

	it('fails on a link to a page or heading that does not exist, naming the file and the links', () => {
		const { status, output } = buildFixture('broken-link');
		expect(status).not.toBe(0);
		expect(output).toContain('guidance/broken-link.mdx');
		expect(output).toContain('/guidance/no-such-page/');
		expect(output).toContain('/guidance/ok/#no-such-heading');
		// Only the two bad links are reported: the fixture's valid links pass.
		expect(output).toContain('Found 2 invalid links in 1 file');
	});

	it('renders <WalesNote> as an "In Wales" note and <WalesNote easyRead> as a row with the Wales pin, both marked data-wales-note', () => {
		let guidance = '';
		let leaflet = '';
		const { status, output } = buildFixture('wales-note-ok', (dist) => {
			guidance = readFileSync(join(dist, 'guidance', 'sgo-both', 'index.html'), 'utf8');
			leaflet = readFileSync(join(dist, 'easy-read', 'wales-leaflet', 'index.html'), 'utf8');
		});
		expect(status, output).toBe(0);
		// A <details> open by default (issue 19: it collapses for a reader who chose England).
		const note =
			/<details class="wales-note for-country starlight-aside starlight-aside--note" data-wales-note="note" data-for-country="wales" open>[\s\S]*?<\/details>/.exec(
				guidance,
			)?.[0] ?? '';
		expect(note, guidance).toMatch(/<summary[^>]*>In Wales<\/summary>/);
		// The England passage is marked, open and labelled, for readers without JavaScript.
		expect(guidance).toMatch(
			/<details class="for-country" data-for-country="england" open><summary[^>]*>In England<\/summary>/,
		);
		expect(note).toContain('Special Guardianship (Wales)');
		expect(note).toContain('Ask the council which rules apply.');
		const row =
			/<div class="er-row" data-row data-wales-note="easy-read">[\s\S]*?Regulations 2005\.[\s\S]*?<\/div>/.exec(
				leaflet,
			)?.[0] ?? '';
		expect(row, leaflet).toContain('src="/pictures.svg#pin" alt="A pin: this part is about Wales"');
	});

	it('escapes markup and script in front matter and glossary entries: nothing injected reaches the page', () => {
		let html = '';
		const { status, output } = buildFixture('hostile', (dist) => {
			html = readFileSync(join(dist, 'guidance', 'hostile', 'index.html'), 'utf8');
		});
		expect(status, output).toBe(0);
		for (const injected of [
			'<script>alert(',
			'<img src=x onerror',
			'<b onmouseover',
			'<svg onload',
			'<iframe src',
			'href="javascript:',
		]) {
			expect(html).not.toContain(injected);
		}
		expect(html).toContain('&lt;script&gt;alert(');
		expect(html).toContain('&lt;img src=x onerror=alert(');
		expect(html).toContain('ünïcödé, emoji 😀');
	});
});
