/** The built site in dist/: its HTML pages, for checks that need no browser. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full, out);
		else out.push(full);
	}
	return out;
}

export interface BuiltPage {
	/** URL path, for example /guidance/care-proceedings/ */
	path: string;
	file: string;
	html: string;
}

export function builtPages(): BuiltPage[] {
	return walk(DIST)
		.filter((f) => f.endsWith('.html'))
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
