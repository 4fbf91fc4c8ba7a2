/**
 * Copies of Starlight components must be re-checked whenever Starlight changes: each copy
 * names the version it was copied from (`@starlight-version`), and this test fails when the
 * installed Starlight is another version, saying what to compare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const installed = JSON.parse(readFileSync(resolve(root, 'node_modules/@astrojs/starlight/package.json'), 'utf8'))
	.version as string;

/** Each copied component and the upstream file it was copied from. */
const COPIES = [
	{
		copy: 'src/components/overrides/Search.astro',
		upstream: 'node_modules/@astrojs/starlight/dist/components/Search.astro',
	},
];

describe.each(COPIES)('$copy', ({ copy, upstream }) => {
	const text = readFileSync(resolve(root, copy), 'utf8');
	const recorded = /@starlight-version\s+(\S+)/.exec(text)?.[1];

	it('names the Starlight version it was copied from', () => {
		expect(recorded, `${copy}: add "@starlight-version <version>" to its header comment`).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('was copied from the installed Starlight version', () => {
		expect(existsSync(resolve(root, upstream)), `${upstream} is gone: find where Starlight keeps it now`).toBe(true);
		expect(
			recorded,
			`Starlight is now ${installed}, but ${copy} was copied from ${recorded}. Compare ${upstream} with the copy, carry upstream's changes over, then set @starlight-version to ${installed}.`,
		).toBe(installed);
	});

	it('is the component Starlight is told to use', () => {
		expect(readFileSync(resolve(root, 'astro.config.mjs'), 'utf8')).toContain(`'./${copy}'`);
	});
});
