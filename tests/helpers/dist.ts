/** The built site in dist/: its HTML pages, for checks that need no browser. */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { listFiles } from '../../src/build/list-files.mjs';

export const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
	/** URL path, for example /guidance/care-proceedings/ */
	path: string;
	file: string;
	html: string;
}

export function builtPages(): BuiltPage[] {
	return listFiles(DIST, { ext: '.html' })
		.map((file) => {
			const rel = relative(DIST, file).split('\\').join('/');
			const path = rel === '404.html' ? '/404/' : `/${rel.replace(/index\.html$/, '')}`;
			return { path, file, html: readFileSync(file, 'utf8') };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** Text of the first element matching a simple tag/attribute pattern. */
export function attr(html: string, pattern: RegExp): string | undefined {
	return pattern.exec(html)?.[1];
}

/** A Welsh address for a page not yet in Welsh (src/route-data.ts): the title and a notice only. */
export function isFallback(page: BuiltPage): boolean {
	return page.html.includes('data-fallback-notice');
}

/** The page's language, from its path: Welsh under /cy/. */
export function languageOf(path: string): 'en-GB' | 'cy' {
	return path.startsWith('/cy/') ? 'cy' : 'en-GB';
}
