/** content/data/search-synonyms.yaml: its schema, and that what it says works against the real index. */
import { describe, expect, it } from 'vitest';
import { readSynonymsFile, searchData, synonymProblems } from '../../src/build/search-words.ts';
import { searchSynonymsSchema } from '../../src/schemas/search-synonyms.ts';
import { applySynonyms, tokens } from '../../src/lib/query.ts';
import { contentSearchData, contentTexts } from '../helpers/search-content.ts';

describe('the synonyms file', () => {
	const file = readSynonymsFile();

	it('matches its schema', () => {
		expect(file.synonyms.length).toBeGreaterThan(5);
	});

	it('rejects phrases in capitals, empty words and addresses that are not paths, naming the field', () => {
		const bad = searchSynonymsSchema.safeParse({
			...file,
			synonyms: [{ phrases: ['Social Services'], words: '' }],
			start: [{ href: 'https://example.org' }],
		});
		expect(bad.success).toBe(false);
		const paths = bad.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['synonyms.0.phrases.0', 'synonyms.0.words', 'start.0.href']));
	});

	it('uses only words the pages use, and suggests only words that find pages', () => {
		expect(synonymProblems(contentSearchData().data)).toEqual([]);
		const broken = searchData(contentTexts(), { ...file, suggestions: ['zyzzyva'] }, new Map(), []);
		expect(synonymProblems(broken)).toEqual(['suggestion "zyzzyva": no page uses the word "zyzzyva"']);
	});

	it('lists a starting point only when its page is in the build (/situations/ can be listed before it exists)', () => {
		const withSituations = searchData(
			[],
			file,
			new Map([
				['/situations/', 'What is happening?'],
				['/easy-read/', 'Easy read'],
			]),
			[],
		);
		expect(withSituations.start.map((s) => s.href)).toEqual(['/situations/', '/easy-read/']);
		const without = searchData([], file, new Map([['/easy-read/', 'Easy read']]), []);
		expect(without.start).toEqual([{ href: '/easy-read/', title: 'Easy read' }]);
	});

	it('turns families’ words into the site’s', () => {
		const { data } = contentSearchData();
		const apply = (q: string) => applySynonyms(tokens(q), data.synonyms).join(' ');
		expect(apply('they took my son into care')).toBe('they care proceedings court');
		expect(apply('social services removed my child')).toBe('care proceedings court my child');
		expect(apply('my nan')).toBe('my grandparent');
		expect(apply('ss are involved')).toBe('social worker worried');
		expect(apply('they want me to sign a form')).toBe('they want me to section 20 agree');
		expect(apply('can i take my child back home')).toBe('can i take child home');
		expect(apply('foster care')).toBe('foster');
	});
});
