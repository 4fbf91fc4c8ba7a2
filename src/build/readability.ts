/**
 * Readability of a page's prose: Flesch reading ease (the `flesch` package,
 * with syllables counted by `syllable`) and the longest sentences, checked
 * against the limits for the page's audience.
 */
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import { proseSentences, words, type MdxSource, type Sentence } from './mdx-text.ts';
import { isForFamiliesOrChildren, type Audience } from '../lib/taxonomy.ts';

export interface ReadabilityLimits {
	/** Lowest Flesch reading ease allowed, or undefined for no minimum. */
	minReadingEase?: number;
	maxSentenceWords: number;
	label: string;
}

export const FAMILY_LIMITS: ReadabilityLimits = {
	minReadingEase: 60,
	maxSentenceWords: 25,
	label: 'families and children',
};
export const PROFESSIONAL_LIMITS: ReadabilityLimits = {
	maxSentenceWords: 35,
	label: 'practitioners and the judiciary',
};

/** Pages that any family member or child may read get the plain-English limits. */
export function limitsFor(audience: readonly Audience[]): ReadabilityLimits {
	return isForFamiliesOrChildren(audience) ? FAMILY_LIMITS : PROFESSIONAL_LIMITS;
}

export interface ReadabilityScore {
	sentences: number;
	words: number;
	syllables: number;
	readingEase: number;
}

export function score(sentences: readonly string[]): ReadabilityScore {
	let wordCount = 0;
	let syllableCount = 0;
	for (const sentence of sentences) {
		for (const word of words(sentence)) {
			wordCount += 1;
			// Digits and abbreviations read as one syllable each word at least.
			syllableCount += /[a-z]/i.test(word) ? Math.max(1, syllable(word)) : 1;
		}
	}
	const counts = { sentence: Math.max(1, sentences.length), word: Math.max(1, wordCount), syllable: syllableCount };
	return { sentences: sentences.length, words: wordCount, syllables: syllableCount, readingEase: flesch(counts) };
}

export interface ReadabilityProblem {
	line?: number;
	column?: number;
	sentence?: string;
	message: string;
}

/**
 * @param body the MDX body, or its parsed document (a content check's page.mdx)
 * @param lineOffset added to body line numbers so messages give the line in the whole file
 */
export function checkReadability(
	body: MdxSource,
	audience: readonly Audience[],
	lineOffset = 0,
	/**
	 * The page's language. Welsh (a page in content/cy/): the sentence limits apply as in English,
	 * but not the Flesch reading ease, an English formula (English syllable counts and word lengths)
	 * with no agreed Welsh equivalent (docs/authoring.md, "Welsh pages").
	 */
	language: 'en' | 'cy' = 'en',
): { score: ReadabilityScore; problems: ReadabilityProblem[] } {
	const englishLimits = limitsFor(audience);
	const limits = language === 'cy' ? { ...englishLimits, minReadingEase: undefined } : englishLimits;
	const sentences: Sentence[] = proseSentences(body).map((s) => ({ ...s, line: s.line + lineOffset }));
	const result = score(sentences.map((s) => s.text));
	const problems: ReadabilityProblem[] = [];
	for (const s of sentences) {
		const n = words(s.text).length;
		if (n > limits.maxSentenceWords) {
			problems.push({
				line: s.line,
				column: s.column,
				sentence: s.text,
				message: `sentence of ${n} words; pages for ${limits.label} allow at most ${limits.maxSentenceWords}. Split it`,
			});
		}
	}
	if (limits.minReadingEase !== undefined && result.words > 0 && result.readingEase < limits.minReadingEase) {
		const hardest = [...sentences]
			.map((s) => ({ s, ease: score([s.text]).readingEase }))
			.sort((a, b) => a.ease - b.ease)
			.slice(0, 3);
		problems.push({
			message: `Flesch reading ease is ${result.readingEase.toFixed(1)}; pages for ${limits.label} need at least ${limits.minReadingEase}. Use shorter words and sentences. Hardest sentences: ${hardest
				.map((h) => `line ${h.s.line}:${h.s.column}: "${h.s.text}"`)
				.join('; ')}`,
		});
	}
	return { score: result, problems };
}
