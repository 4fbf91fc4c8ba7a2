import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_HELP, glossaryFields, replaceReference, sectionFields } from '../../src/lib/schema-reference.ts';

describe('README front matter reference', () => {
	it('is generated from the current schema (run npm run docs:schema)', () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(replaceReference(readme)).toBe(readme);
	});

	it('explains every field of every kind of page', () => {
		const names = [...[...sectionFields().values()].flat(), ...glossaryFields()].map((f) => f.name);
		expect(names.filter((n) => !FIELD_HELP[n])).toEqual([]);
	});

	it('shows the README test command that CI runs', () => {
		expect(readFileSync('README.md', 'utf8')).toContain('npm test');
		expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
	});
});
