/** What a content rule is given: one checked page or glossary entry, with a way to find a field's line. */
import type { ContentProblem } from '../content-check.ts';

export type { ContentProblem };

/** A YAML path such as ['sources', 2, 'title']. */
export type FieldPath = (string | number)[];

export interface RulePage {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** The front matter, after the schema (dates are Dates, defaults filled in). */
	data: Record<string, unknown>;
	/** The MDX after the front matter. */
	body: string;
	/** The line (1-based, in the whole file) of the first body line. */
	bodyStartLine: number;
	/** The line (1-based, in the whole file) of a front matter field. */
	lineOf: (path: FieldPath) => number;
}

export interface RuleGlossaryEntry {
	file: string;
	/** The id: the file name without .yaml. */
	id: string;
	data: Record<string, unknown>;
	lineOf: (path: FieldPath) => number;
}
