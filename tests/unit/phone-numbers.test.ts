/** A phone number typed into a page is refused: numbers live in content/data/help-lines.yaml. */
import { describe, expect, it } from 'vitest';
import { checkPhoneNumbers } from '../../src/build/content-rules/phone-numbers.ts';
import { parseMdx } from '../../src/build/mdx-tree.ts';
import type { RulePage } from '../../src/build/content-rules/types.ts';

function page(body: string): RulePage {
	return {
		file: 'content/guidance/x.mdx',
		path: 'guidance/x.mdx',
		data: {},
		body,
		mdx: parseMdx(body),
		bodyStartLine: 10,
		lineOf: () => 1,
		at: () => ({ line: 1, column: 1 }),
		bodyPlace: (place) => ({ line: place.line + 9, column: place.column }),
	};
}

describe('phone numbers in pages', () => {
	it.each(['Call 0808 80 10 800 now.', 'Ring 0800 1111.', 'Samaritans: 116 123.', 'Call 02079460000.'])(
		'refuses %s, at its line and column',
		(text) => {
			const problems = checkPhoneNumbers(page(`Intro.\n\n${text}`));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatchObject({ line: 12, field: 'phone number' });
			expect(problems[0].message).toMatch(/help-lines\.yaml/);
		},
	);
	it('leaves years, sections, statutory instruments, 26 weeks and addresses alone', () => {
		const text =
			'In 2026, section 20, SI 2005/1109 and SI 2005/1513 (W.117). Within 26 weeks; 83,840 children. See https://www.legislation.gov.uk/uksi/2005/1109/contents.';
		expect(checkPhoneNumbers(page(text))).toEqual([]);
	});
	it('leaves a number in an MDX comment alone (readers do not see it)', () => {
		expect(checkPhoneNumbers(page('{/* 0808 801 0366 */}\n\nText.'))).toEqual([]);
	});
});
