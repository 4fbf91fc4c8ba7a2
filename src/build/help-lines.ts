/**
 * Reads content/data/help-lines.yaml against its schema (src/schemas/help-lines.ts), for Node-only
 * code (the tests). Pages read the same file as the helpLines content collection, with the same
 * schema; the content checks report a bad entry with its file, line and field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { helpLinesFileSchema, type HelpLine } from '../schemas/help-lines.ts';
import { CONTENT_DIR } from './paths.ts';

export const HELP_LINES_FILE = `${CONTENT_DIR}/data/help-lines.yaml`;

export function loadHelpLines(path = resolve(process.cwd(), HELP_LINES_FILE)): HelpLine[] {
	const result = helpLinesFileSchema.safeParse(parse(readFileSync(path, 'utf8')));
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(`${HELP_LINES_FILE} — ${issue.path.join('.')}: ${issue.message}`);
	}
	return result.data;
}
