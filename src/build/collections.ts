/**
 * Lists of pages, read from the content collection so landing pages, doors
 * and indexes never hold hand-kept lists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Audience, Section } from '../lib/taxonomy.ts';

export type DocEntry = CollectionEntry<'docs'>;

export function hrefFor(entry: { id: string }): string {
	const slug = entry.id.replace(/(^|\/)index$/, '');
	return slug ? `/${slug}/` : '/';
}

let twins: Promise<Set<string>> | undefined;
/**
 * The ids (without cy/) of the English pages that have a Welsh twin in content/cy/: read once
 * per build, for every page that asks (the language link, the footer, the hreflang alternates).
 * The welsh-twin content rule makes sure every Welsh page has its English twin.
 */
export function welshTwinIds(): Promise<Set<string>> {
	twins ??= getCollection('docs', (entry) => entry.id.startsWith('cy/')).then(
		(entries) => new Set(entries.map((entry) => entry.id.slice(3))),
	);
	return twins;
}

function order(entry: DocEntry): number {
	return entry.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
}

export function byOrderThenTitle(a: DocEntry, b: DocEntry): number {
	return order(a) - order(b) || a.data.title.localeCompare(b.data.title, 'en-GB');
}

/** Content pages (not section indexes or site pages), optionally for one audience and/or section. */
export async function contentPages(filter: { audience?: Audience; section?: Section } = {}): Promise<DocEntry[]> {
	const all = await getCollection('docs', (entry) => {
		const data = entry.data;
		if (data.section === 'site') return false;
		// Welsh pages (content/cy/) are listed in the Welsh interface, not beside their English twins.
		if (entry.id.startsWith('cy/')) return false;
		if (entry.id.endsWith('/index') || !entry.id.includes('/')) return false;
		if (filter.section && data.section !== filter.section) return false;
		if (filter.audience && !data.audience.includes(filter.audience)) return false;
		return true;
	});
	return all.sort(byOrderThenTitle);
}
