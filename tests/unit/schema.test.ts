import { describe, expect, it } from 'vitest';
import { glossarySchema, isRealDate, pageSchema } from '../../src/schemas/content.ts';

const base = {
	title: 'A page',
	section: 'guidance',
	description: 'A page.',
	audience: ['families'],
	jurisdiction: 'both',
	lastReviewed: '2026-11-23',
	reviewDue: '2027-05-23',
	sources: [{ title: 'Children Act 1989', publisher: 'UK Parliament', year: 1989 }],
};

const messages = (input: unknown) => {
	const r = pageSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('isRealDate', () => {
	it('knows real and impossible days', () => {
		expect(isRealDate('2028-02-29')).toBe(true);
		expect(isRealDate('2027-02-29')).toBe(false);
		expect(isRealDate('2026-13-01')).toBe(false);
		expect(isRealDate('23/11/2026')).toBe(false);
	});
});

describe('page schema', () => {
	it('accepts a complete guidance page and turns dates into Dates', () => {
		const r = pageSchema.parse(base);
		expect(r.lastReviewed).toBeInstanceOf(Date);
		expect(r.lastReviewed.toISOString()).toBe('2026-11-23T00:00:00.000Z');
	});

	it('accepts dates a YAML loader has already turned into Dates', () => {
		expect(messages({ ...base, lastReviewed: new Date('2026-11-23'), reviewDue: new Date('2027-05-23') })).toEqual([]);
	});

	it('requires sources, at least one', () => {
		expect(messages({ ...base, sources: undefined })).toEqual([
			expect.stringMatching(/^sources: sources must be a list/),
		]);
		expect(messages({ ...base, sources: [] })).toEqual([expect.stringMatching(/^sources: list at least one source/)]);
	});

	it('rejects an audience that is not one of the four', () => {
		expect(messages({ ...base, audience: ['parents'] })[0]).toMatch(
			/^audience\.0: audience must be one or more of: families/,
		);
	});

	it('gives each section exactly its own fields', () => {
		expect(messages({ ...base, toolkitRole: 'family' })[0]).toMatch(/toolkitRole/);
		expect(messages({ ...base, section: 'sgo-toolkit' })[0]).toMatch(/^toolkitRole: toolkitRole must be one of/);
		expect(messages({ ...base, section: 'easy-read', picture: 'letter' })[0]).toMatch(/^checkedWithReaders:/);
		expect(messages({ ...base, section: 'situations', picture: 'letter' })[0]).toMatch(
			/^situation: situation must be one short, plain sentence/,
		);
		expect(messages({ ...base, section: 'situations', situation: 'I have had a letter.' })[0]).toMatch(/^picture:/);
		expect(messages({ ...base, section: 'guidance', situation: 'I have had a letter.' })[0]).toMatch(/situation/);
		expect(messages({ ...base, section: 'blog' })[0]).toMatch(
			/^section: section must be one of: situations, guidance, easy-read/,
		);
	});

	it('keeps titles and descriptions plain text', () => {
		expect(messages({ ...base, title: 'A </title><script>x</script>' })).toEqual([
			'title: title is plain text: remove the < and > characters (no HTML)',
		]);
		expect(messages({ ...base, description: 'An <img src=x onerror=alert(1)>' })[0]).toMatch(
			/^description: description is plain text/,
		);
	});

	it('rejects a url that is not https', () => {
		expect(messages({ ...base, sources: [{ ...base.sources[0], url: 'javascript:alert(1)' }] })[0]).toMatch(
			/^sources\.0\.url/,
		);
	});

	it('checks a training module: id form, outcomes and session plan total', () => {
		const training = {
			...base,
			section: 'training',
			audience: ['judiciary'],
			moduleId: 'M1',
			version: '1.0',
			durationMinutes: 60,
			trainingAudience: ['judges'],
			learningOutcomes: ['a', 'b'],
			activities: [{ title: 'Talk', minutes: 50, section: 'key-messages' }],
		};
		const found = messages(training);
		expect(found).toContain('moduleId: moduleId must be M followed by 2 digits, for example M01');
		expect(found).toContain('learningOutcomes: learningOutcomes needs at least 3 outcomes');
		const fixed = { ...training, moduleId: 'M01', learningOutcomes: ['a', 'b', 'c'] };
		expect(messages(fixed)).toEqual([
			"activities: session plan for M01 adds up to 50 minutes but durationMinutes is 60; make the activities' minutes add up to durationMinutes",
		]);
		expect(messages({ ...fixed, durationMinutes: 50 })).toEqual([]);
	});
});

describe('glossary schema', () => {
	it('requires term, definition and easy-read definition; alsoKnownAs defaults to none', () => {
		const ok = glossarySchema.parse({
			term: 'Care order',
			definition: 'A court order.',
			easyReadDefinition: 'A court order.',
		});
		expect(ok.alsoKnownAs).toEqual([]);
		const r = glossarySchema.safeParse({ term: 'Care order' });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path[0])).toEqual(['definition', 'easyReadDefinition']);
	});
});
