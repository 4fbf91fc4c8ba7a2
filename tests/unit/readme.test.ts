import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_HELP, glossaryFields, replaceReference, sectionFields } from '../../src/build/schema-reference.ts';

describe('the front matter reference in docs/authoring.md', () => {
	it('is generated from the current schema (run npm run docs:schema)', () => {
		const doc = readFileSync('docs/authoring.md', 'utf8');
		expect(replaceReference(doc)).toBe(doc);
	});

	it('explains every field of every kind of page', () => {
		const names = [...[...sectionFields().values()].flat(), ...glossaryFields()].map((f) => f.name);
		expect(names.filter((n) => !FIELD_HELP[n])).toEqual([]);
	});

	it('is linked from the README', () => {
		expect(readFileSync('README.md', 'utf8')).toContain('(docs/authoring.md)');
	});

	it('shows the README test command that CI runs', () => {
		expect(readFileSync('README.md', 'utf8')).toContain('npm test');
		expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
	});
});
