/**
 * What a content rule is given, and what it is. A rule is a small module in this folder:
 * an object { name, check } listed in index.ts (PAGE_RULES, GLOSSARY_RULES or SITE_RULES),
 * with a fixture in tests/fixtures/bad-content/ that proves it fails. `name` is the rule's
 * id: it is put on every problem the rule returns (problem.rule), and tests use it.
 *
 * Writing a page rule on the syntax tree. `page.mdx` is the body, parsed once for the whole
 * check run (src/build/mdx-tree.ts: an mdast tree with MDX nodes, every node with its line
 * and column in the body). Read it with the helpers of src/build/mdx-text.ts, which all take
 * the document: findComponentUses(page.mdx, 'Row'), findContainers(page.mdx, 'WalesNote'),
 * findTermUses(page.mdx), proseSentences(page.mdx), shownSource(page.mdx) (the body with
 * code, imports and comments blanked, for line-by-line text rules), or walk(page.mdx.tree, …)
 * for anything else. Body lines and columns are 1-based within the body: page.bodyPlace()
 * turns them into the line and column in the whole file. A front matter field's place is
 * page.at(['sources', 0, 'url']). Return problems with file, line, column, field and a message
 * that says what to do:
 *
 *   export const rowPicture: PageRule = {
 *     name: 'row-picture',
 *     check: (page, context) =>
 *       findComponentUses(page.mdx, 'Row')
 *         .filter((row) => !row.attributes.picture)
 *         .map((row) => ({ file: page.file, ...page.bodyPlace(row), field: 'Row', message: 'every Row needs a picture="…"' })),
 *   };
 *
 * An older rule that reads page.body as text and returns only a line still works: the
 * runner adds the column of the first word on that line.
 */
import type { ContentProblem } from '../content-check.ts';
import type { MdxDocument } from '../mdx-tree.ts';
import type { EnglandOnlyEntry } from '../../schemas/data.ts';

export type { ContentProblem, MdxDocument };

/** A YAML path such as ['sources', 2, 'title']. */
export type FieldPath = (string | number)[];

/** A line and column (1-based). */
export interface Place {
	line: number;
	column: number;
}

export interface RulePage {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** Path relative to the content folder (guidance/x.mdx), for rules about where a page lives. */
	path: string;
	/** The front matter, after the schema (dates are Dates, defaults filled in). */
	data: Record<string, unknown>;
	/** The MDX after the front matter. */
	body: string;
	/** The body's syntax tree, parsed once for every rule. */
	mdx: MdxDocument;
	/** The line (1-based, in the whole file) of the first body line. */
	bodyStartLine: number;
	/** The line (1-based, in the whole file) of a front matter field. */
	lineOf: (path: FieldPath) => number;
	/** The line and column (1-based, in the whole file) of a front matter field. */
	at: (path: FieldPath) => Place;
	/** A place in the body (line and column within the body) as a place in the whole file. */
	bodyPlace: (place: Place) => Place;
}

export interface RuleGlossaryEntry {
	file: string;
	/** The id: the file name without .yaml. */
	id: string;
	data: Record<string, unknown>;
	lineOf: (path: FieldPath) => number;
	at: (path: FieldPath) => Place;
}

/** What the rules may need besides the page: data loaded once from content/. */
export interface RuleContext {
	/** content/data/england-only.yaml */
	englandOnly: readonly EnglandOnlyEntry[];
	/** The glossary's ids (content/glossary/*.yaml). */
	glossaryIds: ReadonlySet<string>;
	/** The picture names of content/data/pictures.yaml (empty when the file is missing or bad). */
	pictureNames: ReadonlySet<string>;
}

/** A rule on one page. */
export interface PageRule {
	name: string;
	check: (page: RulePage, context: RuleContext) => ContentProblem[];
}

/** A rule on one glossary entry. */
export interface GlossaryRule {
	name: string;
	check: (entry: RuleGlossaryEntry, context: RuleContext) => ContentProblem[];
}

/** A rule that needs every page first (a module id used twice, a link's target audience). */
export interface SiteRule {
	name: string;
	check: (
		pages: readonly RulePage[],
		context: RuleContext & { sitePathOf: (file: string) => string },
	) => ContentProblem[];
}
