import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDist } from '../../scripts/check-dist.mjs';
import { DIST } from '../helpers/dist.ts';

describe('npm run check:dist', () => {
	it('passes the real build', () => {
		expect(checkDist(DIST)).toEqual([]);
	});

	it('fails a build with a page without title or description, a draft, and no robots.txt', () => {
		const copy = mkdtempSync(join(tmpdir(), 'fjg-dist-'));
		try {
			cpSync(DIST, copy, { recursive: true });
			rmSync(join(copy, 'robots.txt'));
			writeFileSync(join(copy, 'bad.html'), '<!doctype html><html><head></head><body>This content is a draft</body></html>');
			expect(checkDist(copy)).toEqual([
				'robots.txt is missing',
				'bad.html: no <title>',
				'bad.html: no meta description',
				'bad.html: is a draft page; drafts must not be published',
			]);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
