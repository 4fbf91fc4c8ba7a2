/**
 * The W3C Nu HTML Checker (vnu.jar, the checker behind validator.w3.org/nu) over every built
 * page, in one run (one Java start for the whole of dist/). It knows the HTML parsing rules
 * html-validate does not check, such as a <script> after </html> ("Stray start tag").
 *
 * Errors fail, and so do warnings, except the ones in VNU_FILTERED. Info messages (such as
 * "Trailing slash on void elements has no effect", which is how Astro writes void elements)
 * are not asked for (--skip-info-messages).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava, JAVA_INSTALL_HELP } from '../../scripts/java.mjs';
import { DIST } from '../helpers/dist.ts';

// Checker messages that do not fail the test, each with its reason:
const VNU_FILTERED: { message: RegExp; reason: string }[] = [
	{
		message: /^Resource violates Content Security Policy \(meta tag\): /,
		reason:
			"the checker reads the pages as files (file: URLs), where no script or stylesheet matches 'self' " +
			'(it says the same of a one-line page with script-src \'self\' and <script src="x.js">); the policy is ' +
			'tested in tests/dist/security.test.ts, and in Chromium with the real headers in tests/browser/crawl.test.ts',
	},
	{
		message: /^The “list” role is unnecessary for element “(?:ul|ol)”\.$/,
		reason:
			'on purpose: Safari and VoiceOver drop the list semantics of a list drawn without bullets ' +
			'(list-style: none), and role="list" gives them back (the home page doors, Starlight\'s menu, the numbered steps of a step-by-step page)',
	},
];

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('the W3C Nu HTML Checker (vnu.jar)', () => {
	it('finds no error or warning on any built page', () => {
		const java = findJava();
		// Not a skip: without Java this check would silently not run.
		if (!java) throw new Error(JAVA_INSTALL_HELP);
		const run = spawnSync(
			java.command,
			['-jar', vnuJar, '--format', 'json', '--stdout', '--skip-info-messages', '--skip-non-html', DIST],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
		// 0: nothing reported, 1: messages reported; anything else is the checker failing to run.
		if (run.error || (run.status !== 0 && run.status !== 1)) {
			throw new Error(`vnu.jar did not run (exit ${run.status}): ${run.error?.message ?? ''}\n${run.stderr}`);
		}
		const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
		const problems = messages
			.filter((m) => !VNU_FILTERED.some((f) => f.message.test(m.message)))
			.map((m) => {
				const file = m.url?.startsWith('file:') ? relative(DIST, fileURLToPath(m.url)) : (m.url ?? '');
				const kind = m.type === 'info' ? (m.subType ?? 'info') : m.type;
				return `dist/${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${kind}: ${m.message}`;
			});
		expect(problems).toEqual([]);
	});
});
