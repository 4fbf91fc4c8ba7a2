/** Builds a content folder from the valid fixture plus one bad case, in a temporary folder. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

export function contentWith(badCase?: string): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'fjg-content-'));
	cpSync(join(FIXTURES, 'valid-content'), dir, { recursive: true });
	if (badCase) cpSync(join(FIXTURES, 'bad-content', badCase), dir, { recursive: true });
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
