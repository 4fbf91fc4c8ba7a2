/** The site's search data made from content/ as the build makes it (for unit tests, without Astro). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { plainWords } from '../../src/build/mdx-text.ts';
import { protectedWords, readSynonymsFile, searchData, shardProtected } from '../../src/build/search-words.ts';
import { addProtected, type SearchData } from '../../src/lib/query.ts';

const root = resolve(import.meta.dirname, '../../content');

/** Every indexed text: page titles, descriptions and bodies, and every glossary entry. */
export function contentTexts(): string[] {
	const texts: string[] = [];
	for (const file of readdirSync(root, { recursive: true }) as string[]) {
		if (file.startsWith('data') || !/\.(mdx|yaml)$/.test(file)) continue;
		const text = readFileSync(join(root, file), 'utf8');
		if (file.endsWith('.mdx')) texts.push(plainWords(text));
		else if (file.startsWith('glossary') && file.endsWith('.yaml')) {
			const g = parse(text) as Record<string, string | string[] | undefined>;
			texts.push(...[g.term, g.alsoKnownAs, g.definition, g.easyReadDefinition, g.wales].flat().map(String));
		}
	}
	return texts;
}

let made: { data: SearchData; protectedWords: string[] } | undefined;

/** The search data and its protected words, every letter loaded (as a browser has after fetching them all). */
export function contentSearchData(): { data: SearchData; protectedWords: string[] } {
	made ??= (() => {
		const data = searchData(contentTexts(), readSynonymsFile(root), new Map([['/easy-read/', 'Easy-read leaflets']]));
		const words = protectedWords(data.words);
		for (const [letter, list] of shardProtected(words)) addProtected(data, letter, list);
		return { data, protectedWords: words };
	})();
	return made;
}
