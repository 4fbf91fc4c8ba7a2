/**
 * The "offline" part of `npm run bench`: what "Save all family pages" stores in the reader’s
 * browser, from dist/offline.json and the built files (src/build/offline.ts, the same list the
 * Save button stores): the pages, the files they need, and the total as stored: compressed with
 * gzip, as the reader's browser stores them (src/client/offline.ts), since Cache Storage keeps a
 * body as it is given.
 */
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { saveAllFiles, storedBytes } from '../../src/build/offline.ts';
import { heading, kb, table } from './common.mjs';

export function measureOffline(dist) {
	const file = join(dist, 'offline.json');
	if (!existsSync(file))
		throw new Error('offline: dist/offline.json is missing (src/integrations/offline.ts writes it)');
	const index = JSON.parse(readFileSync(file, 'utf8'));
	const all = saveAllFiles(index);
	const pages = all.filter((a) => a.endsWith('/'));
	const files = all.filter((a) => !a.endsWith('/'));
	const result = {
		pages: pages.length,
		files: files.length,
		pageBytes: storedBytes(dist, pages),
		fileBytes: storedBytes(dist, files),
	};
	result.bytes = result.pageBytes + result.fileBytes;
	heading('Save all family pages (what the Save button stores; KB as stored, gzip)');
	table(
		['what', 'count', 'KB'],
		[
			['pages', result.pages, kb(result.pageBytes)],
			['files they need (CSS, JS, pictures, index)', result.files, kb(result.fileBytes)],
			['total', all.length, kb(result.bytes)],
		],
	);
	return result;
}
