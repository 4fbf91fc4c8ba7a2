/**
 * Easy read as readers get it: every row on every easy-read page, including the rows that
 * components write (FreeAdvice, RightToRemove, WhoCanHelp, WalesNote), which the source lint
 * (src/build/easy-read-lint.ts) cannot see. 1 to 3 sentences beside each picture, each of at
 * most 15 words (shared brief, easy-read.md).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const easyRead = builtPages().filter((p) => /^\/easy-read\/./.test(p.path));

function rows(html: string): string[] {
	return [...html.matchAll(/<div class="er-row__words">([\s\S]*?)<\/div>\s*<\/div>/g)].map((m) =>
		m[1]
			.replace(/<span class="term__tip"[\s\S]*?<\/span>/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&[a-z]+;|&#\d+;/g, (e) => (e === '&amp;' ? '&' : "'"))
			.replace(/\s+/g, ' ')
			.trim(),
	);
}
const sentences = (text: string) => text.split(/(?<=[.?!])\s+(?=[A-Z“"])/).filter((s) => /\w/.test(s));

describe.each(easyRead.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
	it('has easy-read rows', () => {
		expect(rows(html).length).toBeGreaterThan(5);
	});
	it('keeps 1 to 3 short sentences beside each picture', () => {
		const problems = rows(html).flatMap((row) => {
			const s = sentences(row);
			const out: string[] = [];
			if (s.length > 3) out.push(`${s.length} sentences: "${row}"`);
			for (const one of s) if (one.split(/\s+/).length > 15) out.push(`${one.split(/\s+/).length} words: "${one}"`);
			return out;
		});
		expect(problems).toEqual([]);
	});
});
