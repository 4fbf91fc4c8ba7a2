/** A problem found in content: where (file, line, column, field), what to do, and the rule that found it. */
export interface ContentProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	line?: number;
	/** 1-based column on that line. */
	column?: number;
	field?: string;
	message: string;
	/** The content rule that found it (src/build/content-rules/). */
	rule?: string;
}

/** file:line:column — field: message (the form editors and terminals turn into a link). */
export function formatProblem(p: ContentProblem): string {
	const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
	return p.field ? `${where} — ${p.field}: ${p.message}` : `${where} — ${p.message}`;
}
