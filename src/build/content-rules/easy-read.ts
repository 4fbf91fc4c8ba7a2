/**
 * The easy-read rules (shared brief: easy-read.md), each a small unit in EASY_READ_RULES
 * reading the leaflet's syntax tree and sentences (found once for all of them). The lint
 * that runs them on every page in content/easy-read/ is src/build/easy-read-lint.ts.
 * Machines can measure sentence length, hard words and missing pictures; only readers can
 * say whether a leaflet is understood, so leaflets also record checkedWithReaders.
 */
import { findComponentUses, findTermUses, proseBlocks, words, type MdxDocument, type Sentence } from '../mdx-text.ts';

export const MAX_SENTENCE_WORDS = 15;
export const MAX_MEAN_SENTENCE_WORDS = 10;
export const MAX_SENTENCES_PER_ROW = 3;

export interface LintProblem {
	line: number;
	/** 1-based column, when the rule knows the spot. */
	column?: number;
	rule: string;
	/** The front matter field the sentence is in (title, description); none for the body. */
	field?: string;
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

const NUMBER_WORDS =
	/\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:-\w+)?\b/i;

/** Acronyms and initials: 2 or more capitals in a word (SGO, UK, PLO), or dotted initials (U.K.). */
const ACRONYM = /\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b(?:[A-Za-z]\.){2,}/;

export interface GlossaryTerm {
	id: string;
	term: string;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What an easy-read rule reads: the body's tree and sentences (found once), and the glossary. */
export interface EasyReadInput {
	mdx: MdxDocument;
	sentences: readonly Sentence[];
	glossary: readonly GlossaryTerm[];
}

/**
 * One easy-read rule. `leafletOnly` rules are for leaflets, not for a section's index page
 * (which lists the leaflets with their pictures). Lines and columns are within the body.
 */
export interface EasyReadRule {
	name: string;
	leafletOnly?: boolean;
	check: (input: EasyReadInput) => LintProblem[];
}

type SentenceCheck = (s: Pick<Sentence, 'text' | 'line' | 'column'>) => LintProblem | LintProblem[] | null;

const at = (s: Pick<Sentence, 'text' | 'line' | 'column'>, rule: string, message: string): LintProblem => ({
	line: s.line,
	...(s.column ? { column: s.column } : {}),
	rule,
	sentence: s.text,
	message,
});

/** The rules for one sentence wherever it is (titles and descriptions too), by name. */
const SENTENCE_CHECKS: Record<string, SentenceCheck> = {
	'sentence-length': (s) => {
		const n = words(s.text).length;
		return n > MAX_SENTENCE_WORDS
			? at(s, 'sentence-length', `${n} words; easy read allows at most ${MAX_SENTENCE_WORDS}`)
			: null;
	},
	acronym: (s) => {
		const acronym = ACRONYM.exec(s.text);
		return acronym ? at(s, 'acronym', `"${acronym[0]}" is an acronym or initials; write the words out`) : null;
	},
	abbreviation: (s) =>
		ABBREVIATIONS.filter(([pattern]) => pattern.test(s.text)).map(([, name]) =>
			at(s, 'abbreviation', `"${name}" is an abbreviation or Latin; use everyday words`),
		),
	'number-words': (s) => {
		const number = NUMBER_WORDS.exec(s.text);
		return number ? at(s, 'number-words', `write "${number[0]}" as digits`) : null;
	},
};

/** The sentence rules on one sentence: its length, acronyms, abbreviations, numbers as words. */
export function sentenceProblems(s: Pick<Sentence, 'text' | 'line' | 'column'>): LintProblem[] {
	return Object.values(SENTENCE_CHECKS).flatMap((check) => check(s) ?? []);
}

const sentenceRule = (name: string): EasyReadRule => ({
	name,
	check: ({ sentences }) => sentences.flatMap((s) => SENTENCE_CHECKS[name](s) ?? []),
});

/** True when the sentence sits next to a picture: in a Row, or in a <WalesNote easyRead> (a Row with the Wales pin). */
function inPictureRow(s: Sentence): boolean {
	return (
		s.container === 'Row' ||
		(s.container === 'WalesNote' &&
			s.containerAttributes?.easyRead !== undefined &&
			s.containerAttributes.easyRead !== 'false')
	);
}

/** Sentence length on average; headings are labels, not sentences, so they do not count. */
const meanSentenceLength: EasyReadRule = {
	name: 'mean-sentence-length',
	check: ({ sentences }) => {
		const counted = sentences.filter((s) => s.kind !== 'heading');
		if (!counted.length) return [];
		const mean = counted.reduce((total, s) => total + words(s.text).length, 0) / counted.length;
		if (mean <= MAX_MEAN_SENTENCE_WORDS) return [];
		return [
			{
				line: 1,
				rule: 'mean-sentence-length',
				message: `sentences average ${mean.toFixed(1)} words; easy read needs ${MAX_MEAN_SENTENCE_WORDS} or fewer`,
			},
		];
	},
};

/** Every idea sits next to a picture: every Row has one, and no text is outside a Row. */
const rowPicture: EasyReadRule = {
	name: 'row-picture',
	leafletOnly: true,
	check: ({ mdx, sentences }) => [
		...findComponentUses(mdx, 'Row')
			.filter((row) => !row.attributes.picture?.trim())
			.map((row) => ({
				line: row.line,
				column: row.column,
				rule: 'row-picture',
				message: 'this Row has no picture; add picture="…"',
			})),
		...sentences
			.filter((s) => s.kind !== 'heading' && !inPictureRow(s))
			.map((s) =>
				at(
					s,
					'row-picture',
					s.container === 'WalesNote'
						? 'this Wales note has no picture next to it; on an easy-read page write <WalesNote easyRead>'
						: 'this text is not in a Row, so it has no picture next to it',
				),
			),
	],
};

/** A Row (or an easy-read Wales note) holds 1 to 3 sentences. */
const rowLength: EasyReadRule = {
	name: 'row-length',
	leafletOnly: true,
	check: ({ sentences }) => {
		const perRow = new Map<string, { line: number; column: number; count: number }>();
		for (const s of sentences) {
			if (s.kind === 'heading' || !inPictureRow(s)) continue;
			const key = `${s.container}:${s.containerIndex}`;
			const entry = perRow.get(key) ?? { line: s.line, column: s.column, count: 0 };
			entry.count += 1;
			perRow.set(key, entry);
		}
		return [...perRow.values()]
			.filter(({ count }) => count > MAX_SENTENCES_PER_ROW)
			.map(({ line, column, count }) => ({
				line,
				column,
				rule: 'row-length',
				message: `this Row has ${count} sentences; keep 1 to ${MAX_SENTENCES_PER_ROW} next to each picture`,
			}));
	},
};

/** Hard words: every glossary term used is explained in Words to know, which lists the terms wrapped in <Term>. */
const wordsToKnow: EasyReadRule = {
	name: 'words-to-know',
	leafletOnly: true,
	check: ({ mdx, glossary }) => {
		const problems: LintProblem[] = [];
		const wrapped = new Set(findTermUses(mdx).map((u) => u.id));
		if (wrapped.size && !findComponentUses(mdx, 'WordsToKnow').length) {
			problems.push({
				line: 1,
				rule: 'words-to-know',
				message: 'the leaflet uses glossary terms but has no <WordsToKnow />',
			});
		}
		const blocks = proseBlocks(mdx);
		for (const { id, term } of glossary) {
			if (wrapped.has(id)) continue;
			const pattern = new RegExp(`(^|[^\\p{L}-])${escapeRegExp(term)}(s|es)?(?![\\p{L}-])`, 'iu');
			const use = blocks.find((b) => pattern.test(b.text));
			if (use) {
				problems.push({
					line: use.line,
					column: use.column,
					rule: 'words-to-know',
					sentence: use.text,
					message: `"${term}" is a glossary word but is missing from Words to know; wrap its first use in <Term id="${id}">`,
				});
			}
		}
		return problems;
	},
};

/** Every easy-read rule, in the order problems are listed. */
export const EASY_READ_RULES: EasyReadRule[] = [
	...Object.keys(SENTENCE_CHECKS).map(sentenceRule),
	meanSentenceLength,
	rowPicture,
	rowLength,
	wordsToKnow,
];
