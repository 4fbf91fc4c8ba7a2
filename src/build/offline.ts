/**
 * What "Save for offline" stores, worked out from the built site (dist/) after the build:
 * for every page, the files it needs to open offline (its stylesheets, its scripts and the
 * scripts they import, the picture sprite when it shows pictures) and every file's size.
 * The reader's browser reads this as /offline.json only when the reader presses a Save
 * button (src/client/offline.ts); the service worker (src/worker/sw.js, served as /sw.js) reads it when it
 * refreshes a saved page. The bench weighs "Save all family pages" with saveAllFiles().
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './list-files.mjs';

/** Where the index is published, and where the build's list of family pages is first written. */
export const OFFLINE_INDEX = 'offline.json';
/** The page that lists what is saved, and that the worker shows for a page that is not saved. */
export const SAVED_PAGE = '/about/saved/';

export interface OfflinePage {
	title: string;
	/** A leaflet, a step-by-step page, family guidance, the glossary or a page families start from: saved by "Save all family pages". */
	family: boolean;
	/** Indexes into OfflineIndex.files of what this page needs, itself not included. */
	needs: number[];
}

export interface OfflineIndex {
	/** Every file any page needs, in the order `needs` counts them. */
	files: string[];
	/** Each file's size in bytes as stored (compressed, as src/client/offline.ts stores it), in the order of `files`; pages' sizes are in `pageBytes`. */
	bytes: number[];
	pages: Record<string, OfflinePage>;
	pageBytes: Record<string, number>;
	/** Saved with anything: the saved-pages page (the offline page), this index, the icon. */
	always: string[];
}

/**
 * The bytes a file's body takes in Cache Storage: compressed with gzip, as the reader's browser
 * stores it (CompressionStream uses zlib's default level, 6).
 */
export function storedSize(body: Buffer): number {
	return gzipSync(body, { level: 6 }).length;
}

/** The page address of a built HTML file: dist/a/b/index.html → /a/b/. */
export function pathOf(root: string, file: string): string {
	const rel = relative(root, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The site files a page's HTML asks for at once: /_astro/ stylesheets and scripts, the picture sprite. */
export function htmlNeeds(html: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(/\b(?:href|src)="(\/_astro\/[^"#?]+)"/g)) found.add(m[1]);
	if (/\bsrc="\/pictures\.svg#/.test(html)) found.add('/pictures.svg');
	return [...found];
}

/** The scripts a bundled script imports at once (`import "./x.js"`, `from "./x.js"`), not those it loads later with import(). */
export function scriptImports(js: string): string[] {
	const found = new Set<string>();
	for (const m of js.matchAll(/(?:\bimport|\bfrom)\s*["']\.\/([^"']+\.js)["']/g)) found.add(`/_astro/${m[1]}`);
	return [...found];
}

/** The page's <title> without the site's name after it. */
export function titleOf(html: string): string {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	return title
		.replace(/\s*\|\s*Family Justice Guides\s*$/, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.trim();
}

/**
 * A file and everything it imports, once each. `imports` remembers each script's imports
 * (undefined: the file is not there), so a script shared by every page is read once a build.
 */
function withImports(root: string, start: string[], imports: Map<string, string[] | undefined>): string[] {
	const out = new Set<string>();
	const queue = [...start];
	while (queue.length) {
		const file = queue.shift()!;
		if (out.has(file)) continue;
		if (!imports.has(file)) {
			const disk = join(root, file);
			imports.set(
				file,
				!existsSync(disk) ? undefined : file.endsWith('.js') ? scriptImports(readFileSync(disk, 'utf8')) : [],
			);
		}
		const found = imports.get(file);
		if (!found) continue;
		out.add(file);
		queue.push(...found);
	}
	return [...out];
}

/**
 * The index for a built site. `familyPaths` are the content pages for families or children
 * (src/pages/offline.json.ts lists them from the collection, src/lib/offline-pages.ts chooses them).
 * The 404 page, the short-link redirects (/m/NN/) and the "not yet in Welsh" notices are left out.
 */
export function buildOfflineIndex(root: string, familyPaths: readonly string[]): OfflineIndex {
	const family = new Set(familyPaths);
	const files: string[] = [];
	const position = new Map<string, number>();
	const indexOf = (file: string) => {
		if (!position.has(file)) {
			position.set(file, files.length);
			files.push(file);
		}
		return position.get(file)!;
	};
	const pages: Record<string, OfflinePage> = {};
	const pageBytes: Record<string, number> = {};
	const imports = new Map<string, string[] | undefined>();
	for (const file of listFiles(root, { ext: '.html' })) {
		const path = pathOf(root, file);
		if (path === '/404.html' || /^\/m\/\d+\/$/.test(path)) continue;
		const html = readFileSync(file, 'utf8');
		if (/<meta http-equiv="refresh"/i.test(html)) continue;
		// A Welsh address for a page not yet in Welsh (src/route-data.ts) is a notice and a link to
		// the English page: nothing to read offline, and half the site's addresses.
		if (html.includes('data-fallback-notice')) continue;
		pages[path] = {
			title: titleOf(html),
			family: family.has(path),
			needs: withImports(root, htmlNeeds(html), imports).map(indexOf),
		};
		pageBytes[path] = storedSize(Buffer.from(html));
	}
	const always = [SAVED_PAGE, `/${OFFLINE_INDEX}`, '/favicon.svg'];
	const bytes = files.map((f) => storedSize(readFileSync(join(root, f))));
	return { files, bytes, pages, pageBytes, always };
}

/** Every address "Save all family pages" stores: the family pages, what they need, and `always`. */
export function saveAllFiles(index: OfflineIndex): string[] {
	const out = new Set<string>();
	for (const [path, page] of Object.entries(index.pages)) {
		if (!page.family) continue;
		out.add(path);
		for (const i of page.needs) out.add(index.files[i]);
	}
	for (const extra of index.always) {
		out.add(extra);
		for (const i of index.pages[extra]?.needs ?? []) out.add(index.files[i]);
	}
	return [...out];
}

/** The bytes a list of addresses takes when stored (compressed), from the built files (dist/). */
export function storedBytes(root: string, addresses: readonly string[]): number {
	let total = 0;
	for (const a of addresses) {
		const file = join(root, a.endsWith('/') ? `${a}index.html` : a);
		if (existsSync(file)) total += storedSize(readFileSync(file));
	}
	return total;
}
