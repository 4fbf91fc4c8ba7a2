/**
 * YAML read with its places: a zod schema's problems become problems with the file, the
 * line and column (yaml's parseDocument with a LineCounter), the field and the schema's
 * message. The content checks use it for front matter, glossary entries and the data files
 * of content/data/; Node-only loaders (pictures, the toolkit's files) use readDataFile with
 * the same schemas (src/schemas/) that Astro's collections use, so validation lives in one place.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, isMap, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './problem.ts';

export interface YamlPlace {
	line: number;
	column: number;
}

type Ranged = { range?: [number, number, number] } | undefined;

/** Line and column (1-based, in the whole file) of a YAML path, or of the YAML's start when it is not there. */
export function placeOf(
	doc: Document,
	counter: LineCounter,
	path: readonly (string | number)[],
	offsetLine: number,
): YamlPlace {
	const at = (range: [number, number, number]) => {
		const pos = counter.linePos(range[0]);
		return { line: pos.line + offsetLine - 1, column: pos.col };
	};
	for (let depth = path.length; depth > 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as Ranged;
		if (node?.range) return at(node.range);
		// A missing key: point at its parent map's key if it exists.
		const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
		if (parent && isMap(parent)) {
			const pair = parent.items.find(
				(item) => String((item.key as { value?: unknown })?.value) === String(path[depth - 1]),
			);
			const range = (pair?.key as Ranged)?.range;
			if (range) return at(range);
		}
	}
	const range = (doc.contents as Ranged)?.range;
	return range ? at(range) : { line: Math.max(1, offsetLine), column: 1 };
}

function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
		.join('');
}

/** A schema's problems with their places. */
export function zodProblems(
	error: z.ZodError,
	file: string,
	doc: Document,
	counter: LineCounter,
	offsetLine: number,
): ContentProblem[] {
	return error.issues.map((issue) => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		let message = issue.message;
		// A missing required field reads better said plainly.
		if (issue.code === 'invalid_type' && issue.input === undefined) message = `is required. ${issue.message}`;
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0];
			return {
				file,
				...placeOf(doc, counter, [...path, key], offsetLine),
				field: fieldName([...path, key]),
				message: `is not a field for this kind of page; remove it or check its spelling (${issue.keys.join(', ')})`,
			};
		}
		return {
			file,
			...placeOf(doc, counter, path, offsetLine),
			field: path.length ? fieldName(path) : undefined,
			message,
		};
	});
}

export interface ParsedYaml {
	doc: Document;
	counter: LineCounter;
}

/** Parses YAML text; a syntax error is a problem at its line and column. */
export function parseYaml(
	text: string,
	file: string,
	offsetLine = 1,
	what = 'not valid YAML',
): ParsedYaml | ContentProblem {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	if (!doc.errors.length) return { doc, counter };
	const pos = doc.errors[0].linePos?.[0];
	return {
		file,
		line: pos ? pos.line + offsetLine - 1 : offsetLine,
		column: pos?.col ?? 1,
		message: `${what}: ${doc.errors[0].message.split('\n')[0]}. Check the indentation and quotes on that line`,
	};
}

export type DataResult<T> = { data: T; problems: [] } | { data?: undefined; problems: ContentProblem[] };

/** Validates parsed YAML (or `value`, read from it) with a schema: the data, or the problems with their places. */
export function validateYaml<T>(
	parsed: ParsedYaml,
	schema: z.ZodType<T>,
	file: string,
	offsetLine = 1,
	value: unknown = parsed.doc.toJS() ?? undefined,
): DataResult<T> {
	const result = schema.safeParse(value);
	if (result.success) return { data: result.data, problems: [] };
	return { problems: zodProblems(result.error, file, parsed.doc, parsed.counter, offsetLine) };
}

/**
 * Reads one data file and validates it with its schema. `name` is how messages name the
 * file (content/data/pictures.yaml). A missing file is a problem that says `ifMissing`.
 */
export function readDataFile<T>(path: string, name: string, schema: z.ZodType<T>, ifMissing: string): DataResult<T> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return { problems: [{ file: name, message: `is missing: ${ifMissing}` }] };
	}
	const parsed = parseYaml(text, name);
	if (!('doc' in parsed)) return { problems: [parsed] };
	return validateYaml(parsed, schema, name);
}
