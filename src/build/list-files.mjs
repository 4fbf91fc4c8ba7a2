/**
 * The one directory walker of the project, for the library (.ts) and for the scripts (.mjs,
 * which `node` runs as they are, so this file is plain JavaScript with its types in
 * list-files.d.mts, as scripts/serve.mjs does).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const isLinkToFolder = (full) => statSync(full, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * Compares two relative paths segment by segment, so the list comes out in the order a
 * depth-first walk over sorted names gives (a folder's files sit where the folder's name
 * sorts): the order the hand-written walkers this replaces gave, and stable on every system.
 */
function bySegments(a, b) {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
	}
	return a.length - b.length;
}

/**
 * Every file (not folder) under `dir`, at any depth, as `join(dir, relative path)` (absolute
 * when `dir` is), sorted. A symbolic link to a folder is not listed itself; Node 24's recursive
 * readdir lists what is inside it (as the statSync walkers this replaces did). The trees walked
 * today (content/, dist/) have no links.
 * @param {string} dir
 * @param {{ ext?: string, allowMissing?: boolean }} [options] ext: only names ending with it
 *   (for example '.html'); allowMissing: a folder that does not exist gives an empty list
 *   instead of an error.
 * @returns {string[]}
 */
export function listFiles(dir, { ext, allowMissing = false } = {}) {
	let entries;
	try {
		entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	} catch (error) {
		if (allowMissing && (error?.code === 'ENOENT' || error?.code === 'ENOTDIR')) return [];
		throw error;
	}
	return entries
		.filter((entry) => !entry.isDirectory() && (ext === undefined || entry.name.endsWith(ext)))
		.filter((entry) => !entry.isSymbolicLink() || !isLinkToFolder(join(entry.parentPath, entry.name)))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep))
		.sort(bySegments)
		.map((segments) => join(dir, ...segments));
}
