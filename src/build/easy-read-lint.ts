/**
 * The easy-read lint, run by the test suite on every page in content/easy-read/
 * (the leaflets and their index) and on the titles and descriptions the index
 * lists. It follows the site's easy-read rules (shared brief: easy-read.md).
 * Machines can measure sentence length, hard words and missing pictures; only
 * readers can say whether a leaflet is understood, so leaflets also record
 * checkedWithReaders.
 */
import {
	findComponentUses,
	findTermUses,
	proseBlocks,
	proseSentences,
	splitSentences,
	words,
	type Sentence,
} from './mdx-text.ts';

export const MAX_SENTENCE_WORDS = 15;
export const MAX_MEAN_SENTENCE_WORDS = 10;
export const MAX_SENTENCES_PER_ROW = 3;

export interface LintProblem {
	line: number;
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

/** The rules for one sentence wherever it is: its length, acronyms, abbreviations, numbers as words. */
function sentenceProblems(s: Pick<Sentence, 'text' | 'line'>): LintProblem[] {
	const problems: LintProblem[] = [];
	const n = words(s.text).length;
	if (n > MAX_SENTENCE_WORDS) {
		problems.push({
			line: s.line,
			rule: 'sentence-length',
			sentence: s.text,
			message: `${n} words; easy read allows at most ${MAX_SENTENCE_WORDS}`,
		});
	}
	const acronym = ACRONYM.exec(s.text);
	if (acronym) {
		problems.push({
			line: s.line,
			rule: 'acronym',
			sentence: s.text,
			message: `"${acronym[0]}" is an acronym or initials; write the words out`,
		});
	}
	for (const [pattern, name] of ABBREVIATIONS) {
		if (pattern.test(s.text)) {
			problems.push({
				line: s.line,
				rule: 'abbreviation',
				sentence: s.text,
				message: `"${name}" is an abbreviation or Latin; use everyday words`,
			});
		}
	}
	const number = NUMBER_WORDS.exec(s.text);
	if (number) {
		problems.push({ line: s.line, rule: 'number-words', sentence: s.text, message: `write "${number[0]}" as digits` });
	}
	return problems;
}

/** True when the sentence sits next to a picture: in a Row, or in a <WalesNote easyRead> (a Row with the Wales pin). */
function inPictureRow(s: Sentence): boolean {
	return (
		s.container === 'Row' ||
		(s.container === 'WalesNote' &&
			s.containerAttributes?.easyRead !== undefined &&
			s.containerAttributes.easyRead !== 'false')
	);
}

export interface LintOptions {
	/**
	 * "leaflet" (the default): every rule. "index": a section's index page, which
	 * lists the leaflets with their pictures: the sentence rules only (length,
	 * average, acronyms, abbreviations, numbers), not the rules for rows and Words to know.
	 */
	kind?: 'leaflet' | 'index';
}

/** @param lineOffset added to body line numbers so messages give the line in the whole file */
// eslint-disable-next-line max-lines-per-function -- its rules are to become modules on the MDX syntax tree (issue 16)
export function lintEasyRead(
	body: string,
	glossary: readonly GlossaryTerm[],
	lineOffset = 0,
	options: LintOptions = {},
): LintProblem[] {
	const problems: LintProblem[] = [];
	const sentences = proseSentences(body);

	// Sentence length, one by one and on average.
	let total = 0;
	let counted = 0;
	for (const s of sentences) {
		// Headings are labels, not sentences: they count for length but not for the average.
		if (s.kind !== 'heading') {
			total += words(s.text).length;
			counted += 1;
		}
		problems.push(...sentenceProblems(s));
	}
	if (counted) {
		const mean = total / counted;
		if (mean > MAX_MEAN_SENTENCE_WORDS) {
			problems.push({
				line: 1,
				rule: 'mean-sentence-length',
				message: `sentences average ${mean.toFixed(1)} words; easy read needs ${MAX_MEAN_SENTENCE_WORDS} or fewer`,
			});
		}
	}

	if (options.kind === 'index')
		return problems.map((p) => ({ ...p, line: p.line + lineOffset })).sort((a, b) => a.line - b.line);

	// Every idea sits in a Row with a picture; a Row holds 1 to 3 sentences.
	for (const row of findComponentUses(body, 'Row')) {
		if (!row.attributes.picture?.trim()) {
			problems.push({ line: row.line, rule: 'row-picture', message: 'this Row has no picture; add picture="…"' });
		}
	}
	const perRow = new Map<string, { line: number; count: number }>();
	for (const s of sentences) {
		if (s.kind === 'heading') continue;
		if (!inPictureRow(s)) {
			const message =
				s.container === 'WalesNote'
					? 'this Wales note has no picture next to it; on an easy-read page write <WalesNote easyRead>'
					: 'this text is not in a Row, so it has no picture next to it';
			problems.push({ line: s.line, rule: 'row-picture', sentence: s.text, message });
			continue;
		}
		const key = `${s.container}:${s.containerIndex}`;
		const entry = perRow.get(key) ?? { line: s.line, count: 0 };
		entry.count += 1;
		perRow.set(key, entry);
	}
	for (const { line, count } of perRow.values()) {
		if (count > MAX_SENTENCES_PER_ROW) {
			problems.push({
				line,
				rule: 'row-length',
				message: `this Row has ${count} sentences; keep 1 to ${MAX_SENTENCES_PER_ROW} next to each picture`,
			});
		}
	}

	// Hard words: every glossary term used must be explained in Words to know,
	// which lists the terms wrapped in <Term>.
	const wrapped = new Set(findTermUses(body).map((u) => u.id));
	const hasWordsToKnow = findComponentUses(body, 'WordsToKnow').length > 0;
	if (wrapped.size && !hasWordsToKnow) {
		problems.push({
			line: 1,
			rule: 'words-to-know',
			message: 'the leaflet uses glossary terms but has no <WordsToKnow />',
		});
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

/** A page as the content checks return it (src/build/content-check.ts). */
export interface EasyReadPage {
	file: string;
	data: Record<string, unknown>;
	body: string;
	bodyStartLine: number;
	lineOf: (path: (string | number)[]) => number;
}

/**
 * Every page in content/easy-read/: a leaflet gets every rule; the index gets the
 * sentence rules on its body. The title and description of each are linted too:
 * the index lists every leaflet's title and description, so families read them.
 * A front matter problem names the line of its field.
 */
export function lintEasyReadPage(page: EasyReadPage, glossary: readonly GlossaryTerm[]): LintProblem[] {
	const kind = page.data.section === 'easy-read' ? 'leaflet' : 'index';
	// A Welsh leaflet (content/cy/): the glossary is English, so its words cannot be found in Welsh
	// text and <WordsToKnow /> would list English meanings. The leaflet writes its own word list under
	// "Geiriau i’w gwybod" instead (docs/authoring.md, "Welsh pages"); every other rule applies.
	const welsh = /(^|\/)cy\//.test(page.file);
	const problems = lintEasyRead(page.body, welsh ? [] : glossary, page.bodyStartLine - 1, { kind });
	if (welsh && kind === 'leaflet' && !/^##\s+Geiriau i[’']w gwybod\s*$/m.test(page.body)) {
		problems.push({
			line: page.bodyStartLine,
			rule: 'words-to-know',
			message: 'a Welsh leaflet needs its own word list: a "## Geiriau i’w gwybod" section explaining the hard words',
		});
	}
	for (const field of ['title', 'description'] as const) {
		const value = page.data[field];
		if (typeof value !== 'string') continue;
		const line = page.lineOf([field]);
		for (const text of splitSentences(value)) {
			problems.push(...sentenceProblems({ text, line }).map((p) => ({ ...p, field })));
		}
	}
	return problems.sort((a, b) => a.line - b.line);
}
