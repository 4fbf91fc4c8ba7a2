/** src/build/list-files.mjs: the one directory walker of the library, the scripts and the tests. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/list-files.mjs';

let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'fjg-list-files-'));
	// Names chosen so that sorting whole paths would differ from a depth-first walk:
	// "a-b.html" sorts before "a/…" as a string ("-" < "/"), but after the folder "a" by name.
	for (const file of [
		'z.html',
		'a-b.html',
		'a/x.html',
		'a/b/deep.html',
		'a/notes.txt',
		'B.html',
		'empty/.keep',
		'ab/y.html',
	]) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), '');
	}
	mkdirSync(join(dir, 'only-folders', 'inner'), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listFiles', () => {
	it('lists every file at any depth, not folders, in depth-first order of sorted names', () => {
		expect(listFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual([
			'B.html',
			'a/b/deep.html',
			'a/notes.txt',
			'a/x.html',
			'a-b.html',
			'ab/y.html',
			'empty/.keep',
			'z.html',
		]);
	});

	it('keeps only names that end with ext, as paths joined to the folder given', () => {
		expect(listFiles(dir, { ext: '.html' })).toEqual(
			['B.html', 'a/b/deep.html', 'a/x.html', 'a-b.html', 'ab/y.html', 'z.html'].map((f) => join(dir, f)),
		);
		expect(listFiles(join(dir, 'a'), { ext: '.txt' })).toEqual([join(dir, 'a', 'notes.txt')]);
		expect(listFiles(join(dir, 'only-folders'))).toEqual([]);
	});

	it('gives the same list whatever order the files were made in', () => {
		const other = mkdtempSync(join(tmpdir(), 'fjg-list-files-order-'));
		try {
			for (const file of [
				'ab/y.html',
				'empty/.keep',
				'a/notes.txt',
				'B.html',
				'a/b/deep.html',
				'z.html',
				'a/x.html',
				'a-b.html',
			]) {
				mkdirSync(join(other, file, '..'), { recursive: true });
				writeFileSync(join(other, file), '');
			}
			expect(listFiles(other).map((f) => f.slice(other.length + 1))).toEqual(
				listFiles(dir).map((f) => f.slice(dir.length + 1)),
			);
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});

	it('fails on a missing folder unless allowMissing, which gives an empty list', () => {
		const missing = join(dir, 'no-such-folder');
		expect(() => listFiles(missing)).toThrow(/ENOENT/);
		expect(listFiles(missing, { allowMissing: true })).toEqual([]);
		expect(listFiles(join(dir, 'z.html', 'below'), { allowMissing: true })).toEqual([]);
	});

	it('does not list a link to a folder itself; lists what is inside it (Node 24), as the statSync walkers did', () => {
		const linked = mkdtempSync(join(tmpdir(), 'fjg-list-files-link-'));
		try {
			writeFileSync(join(linked, 'real.html'), '');
			symlinkSync(join(dir, 'a'), join(linked, 'folder-link'));
			writeFileSync(join(dir, 'a', 'x.html'), '');
			symlinkSync(join(dir, 'a', 'x.html'), join(linked, 'file-link.html'));
			expect(listFiles(linked).map((f) => f.slice(linked.length + 1))).toEqual([
				'file-link.html',
				'folder-link/b/deep.html',
				'folder-link/notes.txt',
				'folder-link/x.html',
				'real.html',
			]);
		} finally {
			rmSync(linked, { recursive: true, force: true });
		}
	});
});
