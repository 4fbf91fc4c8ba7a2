/**
 * The easy-read lint, run on every leaflet by the test suite. It follows the
 * site's easy-read rules (shared brief: easy-read.md). Machines can measure
 * sentence length, hard words and missing pictures; only readers can say
 * whether a leaflet is understood, so leaflets also record checkedWithReaders.
 */
import { findComponentUses, findTermUses, proseBlocks, proseSentences, words } from './mdx-text.ts';

export const MAX_SENTENCE_WORDS = 15;
export const MAX_MEAN_SENTENCE_WORDS = 10;
export const MAX_SENTENCES_PER_ROW = 3;

export interface LintProblem {
	line: number;
	rule: string;
	sentence?: string;
	message: string;
}

/** Words that are abbreviations or Latin, which easy read avoids. */
const ABBREVIATIONS: [RegExp, string][] = [
	[/\be\.\s?g\.?(?=\s|$|,)/i, 'e.g.'],
	[/\bi\.\s?e\.?(?=\s|$|,)/i, 'i.e.'],
	[/\betc\b\.?/i, 'etc.'],
	[/\bvia\b/i, 'via'],
	[/\bvs\b\.?|\bversus\b/i, 'vs'],
	[/\bviz\b\.?/i, 'viz'],
	[/\bapprox\b\.?/i, 'approx.'],
	[/\baka\b/i, 'aka'],
	[/\bn\.b\.|\bNB\b/, 'NB'],
	[/\bet al\b\.?/i, 'et al'],
	[/\bper se\b/i, 'per se'],
	[/\bad hoc\b/i, 'ad hoc'],
	[/\bde facto\b/i, 'de facto'],
	[/\bpro bono\b/i, 'pro bono'],
	[/\binter alia\b/i, 'inter alia'],
	[/\bbona fide\b/i, 'bona fide'],
	[/\b(?:Mr|Mrs|Ms|Dr)\b\.?/, 'a title like Mr or Dr'],
];

const NUMBER_WORDS = /\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:-\w+)?\b/i;

/** Acronyms and initials: 2 or more capitals in a word (SGO, UK, PLO), or dotted initials (U.K.). */
const ACRONYM = /\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b(?:[A-Za-z]\.){2,}/;

export interface GlossaryTerm {
	id: string;
	term: string;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** @param lineOffset added to body line numbers so messages give the line in the whole file */
export function lintEasyRead(body: string, glossary: readonly GlossaryTerm[], lineOffset = 0): LintProblem[] {
	const problems: LintProblem[] = [];
	const sentences = proseSentences(body);

	// Sentence length, one by one and on average.
	let total = 0;
	let counted = 0;
	for (const s of sentences) {
		const n = words(s.text).length;
		// Headings are labels, not sentences: they count for length but not for the average.
		if (s.kind !== 'heading') {
			total += n;
			counted += 1;
		}
		if (n > MAX_SENTENCE_WORDS) {
			problems.push({ line: s.line, rule: 'sentence-length', sentence: s.text, message: `${n} words; easy read allows at most ${MAX_SENTENCE_WORDS}` });
		}
		const acronym = ACRONYM.exec(s.text);
		if (acronym) {
			problems.push({ line: s.line, rule: 'acronym', sentence: s.text, message: `"${acronym[0]}" is an acronym or initials; write the words out` });
		}
		for (const [pattern, name] of ABBREVIATIONS) {
			if (pattern.test(s.text)) {
				problems.push({ line: s.line, rule: 'abbreviation', sentence: s.text, message: `"${name}" is an abbreviation or Latin; use everyday words` });
			}
		}
		const number = NUMBER_WORDS.exec(s.text);
		if (number) {
			problems.push({ line: s.line, rule: 'number-words', sentence: s.text, message: `write "${number[0]}" as digits` });
		}
	}
	if (counted) {
		const mean = total / counted;
		if (mean > MAX_MEAN_SENTENCE_WORDS) {
			problems.push({ line: 1, rule: 'mean-sentence-length', message: `sentences average ${mean.toFixed(1)} words; easy read needs ${MAX_MEAN_SENTENCE_WORDS} or fewer` });
		}
	}

	// Every idea sits in a Row with a picture; a Row holds 1 to 3 sentences.
	for (const row of findComponentUses(body, 'Row')) {
		if (!row.attributes.picture?.trim()) {
			problems.push({ line: row.line, rule: 'row-picture', message: 'this Row has no picture; add picture="…"' });
		}
	}
	const perRow = new Map<number, { line: number; count: number }>();
	for (const s of sentences) {
		if (s.kind === 'heading') continue;
		if (s.container !== 'Row') {
			problems.push({ line: s.line, rule: 'row-picture', sentence: s.text, message: 'this text is not in a Row, so it has no picture next to it' });
			continue;
		}
		const entry = perRow.get(s.containerIndex!) ?? { line: s.line, count: 0 };
		entry.count += 1;
		perRow.set(s.containerIndex!, entry);
	}
	for (const { line, count } of perRow.values()) {
		if (count > MAX_SENTENCES_PER_ROW) {
			problems.push({ line, rule: 'row-length', message: `this Row has ${count} sentences; keep 1 to ${MAX_SENTENCES_PER_ROW} next to each picture` });
		}
	}

	// Hard words: every glossary term used must be explained in Words to know,
	// which lists the terms wrapped in <Term>.
	const wrapped = new Set(findTermUses(body).map((u) => u.id));
	const hasWordsToKnow = findComponentUses(body, 'WordsToKnow').length > 0;
	if (wrapped.size && !hasWordsToKnow) {
		problems.push({ line: 1, rule: 'words-to-know', message: 'the leaflet uses glossary terms but has no <WordsToKnow />' });
	}
	const blocks = proseBlocks(body);
	for (const { id, term } of glossary) {
		if (wrapped.has(id)) continue;
		const pattern = new RegExp(`(^|[^\\p{L}-])${escapeRegExp(term)}(s|es)?(?![\\p{L}-])`, 'iu');
		const use = blocks.find((b) => pattern.test(b.text));
		if (use) {
			problems.push({
				line: use.line,
				rule: 'words-to-know',
				sentence: use.text,
				message: `"${term}" is a glossary word but is missing from Words to know; wrap its first use in <Term id="${id}">`,
			});
		}
	}
	return problems.map((p) => ({ ...p, line: p.line + lineOffset })).sort((a, b) => a.line - b.line);
}
