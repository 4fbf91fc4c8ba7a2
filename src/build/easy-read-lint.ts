/**
 * The easy-read lint, run by the test suite on every page in content/easy-read/
 * (the leaflets and their index) and on the titles and descriptions the index
 * lists: the rules of src/build/content-rules/easy-read.ts, on the page's tree.
 */
import { proseSentences, splitSentences, toDocument, type MdxDocument, type MdxSource } from './mdx-text.ts';
import {
	EASY_READ_RULES,
	sentenceProblems,
	type EasyReadInput,
	type GlossaryTerm,
	type LintProblem,
} from './content-rules/easy-read.ts';

export {
	EASY_READ_RULES,
	MAX_MEAN_SENTENCE_WORDS,
	MAX_SENTENCES_PER_ROW,
	MAX_SENTENCE_WORDS,
	type EasyReadRule,
	type GlossaryTerm,
	type LintProblem,
} from './content-rules/easy-read.ts';

export interface LintOptions {
	/**
	 * "leaflet" (the default): every rule. "index": a section's index page, which
	 * lists the leaflets with their pictures: the sentence rules only (length,
	 * average, acronyms, abbreviations, numbers), not the rules for rows and Words to know.
	 */
	kind?: 'leaflet' | 'index';
}

/**
 * @param body the MDX body, or its parsed document (a content check's page.mdx)
 * @param lineOffset added to body line numbers so messages give the line in the whole file
 */
export function lintEasyRead(
	body: MdxSource,
	glossary: readonly GlossaryTerm[],
	lineOffset = 0,
	options: LintOptions = {},
): LintProblem[] {
	const mdx = toDocument(body);
	const input: EasyReadInput = { mdx, sentences: proseSentences(mdx), glossary };
	return EASY_READ_RULES.filter((rule) => options.kind !== 'index' || !rule.leafletOnly)
		.flatMap((rule) => rule.check(input))
		.map((p) => ({ ...p, line: p.line + lineOffset }))
		.sort((a, b) => a.line - b.line);
}

/** A page as the content checks return it (src/build/content-check.ts). */
export interface EasyReadPage {
	file: string;
	data: Record<string, unknown>;
	body: string;
	/** The parsed body (the content checks parse each page once). */
	mdx?: MdxDocument;
	bodyStartLine: number;
	lineOf: (path: (string | number)[]) => number;
	at?: (path: (string | number)[]) => { line: number; column: number };
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
	const problems = lintEasyRead(page.mdx ?? page.body, welsh ? [] : glossary, page.bodyStartLine - 1, { kind });
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
		const { line, column } = page.at?.([field]) ?? { line: page.lineOf([field]), column: 1 };
		for (const text of splitSentences(value)) {
			problems.push(...sentenceProblems({ text, line, column }).map((p) => ({ ...p, field })));
		}
	}
	return problems.sort((a, b) => a.line - b.line);
}
