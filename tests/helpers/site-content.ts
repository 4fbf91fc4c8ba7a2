/** The real content/ folder, loaded once for the content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/build/content-check.ts';
import type { GlossaryTerm } from '../../src/build/easy-read-lint.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CONTENT = resolve(ROOT, 'content');

export const site = checkContent(CONTENT, ROOT);

export const glossary: GlossaryTerm[] = readdirSync(resolve(CONTENT, 'glossary'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({
		id: f.replace(/\.yaml$/, ''),
		term: String(parse(readFileSync(resolve(CONTENT, 'glossary', f), 'utf8')).term),
	}));

/** Easy-read leaflets: pages in easy-read/ other than the index. */
export const leaflets = site.pages.filter((p) => p.data.section === 'easy-read');

/** Every page in content/easy-read/ (and its Welsh twins in content/cy/easy-read/), the index included: families see them all. */
export const easyReadPages = site.pages.filter((p) => /^content\/(?:cy\/)?easy-read\//.test(p.file));

/** A Welsh page (content/cy/): the checks use their Welsh-aware rules (docs/authoring.md, "Welsh pages"). */
export const isWelsh = (file: string) => file.startsWith('content/cy/');
