/**
 * Runs a real `astro build` of the site's code over fixture content, in a
 * temporary copy of the project inside tests/.tmp (so node_modules resolves
 * from the project as usual), so tests
 * can prove that bad content fails the build with a useful message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

export function buildFixture(badCase?: string, inspect?: (dist: string) => void): { status: number; output: string } {
	mkdirSync(join(ROOT, 'tests', '.tmp'), { recursive: true });
	const project = mkdtempSync(join(ROOT, 'tests', '.tmp', 'build-'));
	try {
		for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
			cpSync(join(ROOT, file), join(project, file));
		cpSync(join(ROOT, 'public'), join(project, 'public'), { recursive: true });
		// src/content/docs is a relative link to ../../content, so it finds the copied content.
		cpSync(join(ROOT, 'src'), join(project, 'src'), { recursive: true, verbatimSymlinks: true });
		cpSync(join(FIXTURES, 'valid-content'), join(project, 'content'), { recursive: true });
		if (badCase) cpSync(join(FIXTURES, 'bad-content', badCase), join(project, 'content'), { recursive: true });
		const result = spawnSync(
			process.execPath,
			[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', project],
			{
				cwd: project,
				encoding: 'utf8',
				env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
				timeout: 180_000,
			},
		);
		if (result.status === 0 && inspect) inspect(join(project, 'dist'));
		return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}
