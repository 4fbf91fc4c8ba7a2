import { describe, expect, it } from 'vitest';
import { checkReadability, FAMILY_LIMITS, limitsFor, PROFESSIONAL_LIMITS, score } from '../../src/build/readability.ts';

describe('limitsFor', () => {
	it('uses the plain-English limits whenever families or children may read the page', () => {
		expect(limitsFor(['families'])).toBe(FAMILY_LIMITS);
		expect(limitsFor(['practitioners', 'children-and-young-people'])).toBe(FAMILY_LIMITS);
		expect(limitsFor(['practitioners', 'judiciary'])).toBe(PROFESSIONAL_LIMITS);
	});
});

describe('score', () => {
	it('scores short plain sentences as easy and long latinate ones as hard', () => {
		expect(score(['You can get help.', 'It is free.']).readingEase).toBeGreaterThan(90);
		expect(
			score([
				'Notwithstanding the aforementioned jurisdictional considerations, proportionality necessitates individualised determination.',
			]).readingEase,
		).toBeLessThan(0);
	});
	it('counts words and sentences', () => {
		expect(score(['One two three.', 'Four.'])).toMatchObject({ sentences: 2, words: 4 });
	});
});

describe('checkReadability', () => {
	const long = `This sentence is deliberately made far too long for a family reader because it keeps adding one more clause after another, and then another one after that.`;
	it('names the line and the sentence over the limit for families', () => {
		const { problems } = checkReadability(`## Heading\n\n${long}`, ['families'], 10);
		expect(problems).toContainEqual(
			expect.objectContaining({
				line: 13,
				sentence: long,
				message: expect.stringMatching(/^sentence of 27 words; .* at most 25/),
			}),
		);
	});
	it('allows the same sentence for practitioners (limit 35)', () => {
		expect(checkReadability(long, ['practitioners']).problems).toEqual([]);
	});
	it('fails a family page whose reading ease is below 60 and lists the hardest sentences', () => {
		const hard =
			'Proportionality considerations necessitate comprehensive individualised determinations. Jurisdictional responsibilities require documentation.';
		const { problems } = checkReadability(hard, ['families']);
		expect(problems.at(-1)?.message).toMatch(
			/^Flesch reading ease is -?\d+\.\d; pages for families and children need at least 60\..*Hardest sentences: line 1/,
		);
	});
	it('passes an empty page and markup-only input without crashing', () => {
		expect(checkReadability('', ['families']).problems).toEqual([]);
		expect(checkReadability('<script>alert(1)</script>\n<WordsToKnow />', ['families']).problems).toEqual([]);
	});
});
