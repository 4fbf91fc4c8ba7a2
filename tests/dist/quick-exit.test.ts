/** "Leave this site" on every built page: the first skip link, and the button. */
import { describe, expect, it } from 'vitest';
import { builtPages, languageOf } from '../helpers/dist.ts';
import { NEUTRAL_SITE } from '../../src/lib/quick-exit.ts';

// The /m/NN/ short links are not pages to read: they send the browser on to their module at once.
const pages = builtPages().filter((p) => !p.path.startsWith('/m/'));

// The interface's words in the page's language (src/content/i18n/).
const WORDS = {
	'en-GB': { leave: 'Leave this site', skip: 'Skip to content', once: 'Shift pressed 1 time', twice: 'Shift pressed 2 times' },
	cy: {
		leave: 'Gadael y wefan',
		skip: 'Neidio i’r cynnwys',
		once: 'Shift wedi’i phwyso 1 waith',
		twice: 'Shift wedi’i phwyso 2 waith',
	},
};

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
	it('starts with the "Leave this site" skip link, then "Skip to content", and has the quick exit button', () => {
		const body = page.html.slice(page.html.indexOf('<body'));
		const links = [...body.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)].slice(0, 3).map((m) => ({ href: /href="([^"]*)"/.exec(m[1]!)?.[1], text: m[2] }));
		expect(links).toEqual([
			{ href: NEUTRAL_SITE, text: WORDS[languageOf(path)].leave },
			{ href: '#_top', text: WORDS[languageOf(path)].skip },
			{ href: NEUTRAL_SITE, text: WORDS[languageOf(path)].leave },
		]);
		// Its messages, from the i18n collection (data-strings: JSON, its quotes written &quot;).
		const words = WORDS[languageOf(path)];
		const strings = /<fjg-quick-exit\b[^>]*data-strings="([^"]*)"/.exec(body)?.[1]?.replace(/&quot;/g, '"') ?? '{}';
		const messages = JSON.parse(strings) as Record<string, string>;
		expect(messages['quickExit.pressedOnce']).toContain(words.once);
		expect(messages['quickExit.pressedTwice']).toContain(words.twice);
	});
});
