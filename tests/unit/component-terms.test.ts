import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_TERMS, componentTermIds } from '../../src/lib/component-terms.ts';

const src = (name: string) =>
	readFileSync(resolve(import.meta.dirname, '../../src/components/content', `${name}.astro`), 'utf8');
/** The <Term id> values in one branch of a component's easy-read markup. */
const termIds = (text: string) => [...new Set([...text.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]))].sort();

describe('words the easy-read components write', () => {
	it('lists every term FreeAdvice uses in each easy-read version', () => {
		const easy = src('FreeAdvice').split(/\) : reader === 'parents' \? \(/)[0];
		const [parents, rest] = easy.split(/\) : reader === 'kinship-carers' \? \(/);
		const [kinship, children] = rest.split(/\) : \(/);
		expect(termIds(parents)).toEqual([...COMPONENT_TERMS.FreeAdvice.parents].sort());
		expect(termIds(kinship)).toEqual([...COMPONENT_TERMS.FreeAdvice['kinship-carers']].sort());
		expect(termIds(children)).toEqual([...COMPONENT_TERMS.FreeAdvice.children].sort());
	});
	it('lists every term RightToRemove uses in its easy-read version', () => {
		const easy = src('RightToRemove').split(/\) : practitioners \? \(/)[0];
		expect(termIds(easy)).toEqual(COMPONENT_TERMS.RightToRemove.any);
	});
	it('lists every term Timeline uses in its easy-read version', () => {
		const easy = src('Timeline').split(/\) : \(/)[0];
		expect(termIds(easy)).toEqual([...COMPONENT_TERMS.Timeline.any].sort());
	});
	it('adds them for the components on a page', () => {
		expect(componentTermIds('<WhoCanHelp for="kinship-carers" />\n<RightToRemove easyRead />')).toEqual([
			'solicitor',
			'legal-aid',
			'solicitor',
		]);
		expect(componentTermIds('No components here.')).toEqual([]);
	});
});
