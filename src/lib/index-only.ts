/**
 * Markup that only the search indexer reads, taken out of the pages once Pagefind has
 * indexed them. Readers never see it (hidden search titles, filters and the glossary's
 * everyday words as hidden text, and Pagefind's data- attributes), so shipping it in every
 * page would cost readers bytes for nothing.
 *
 * Done by src/integrations/security-headers.ts, in its one pass over the pages.
 *
 * - An element with the attribute `data-index-only` is removed whole. It must not contain
 *   another element of the same tag (the match is to the first closing tag).
 * - Pagefind's `data-pagefind-*` attributes are removed; the elements stay.
 */

const MARK = ' data-index-only';
const ATTRIBUTE = /\sdata-pagefind-[a-z-]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?(?=[\s/>])/g;

/** Removes each element carrying the mark (found from the mark, not by scanning every tag: pages can be large). */
function removeMarked(html: string): string {
	let out = '';
	let from = 0;
	for (let at = html.indexOf(MARK); at !== -1; at = html.indexOf(MARK, at + MARK.length)) {
		const after = html[at + MARK.length];
		if (after !== ' ' && after !== '>' && after !== '/' && after !== '=') continue;
		const open = html.lastIndexOf('<', at);
		const tag = /^<([a-z][a-z0-9]*)/.exec(html.slice(open, at))?.[1];
		if (open < from || !tag || html.slice(open, at).includes('>')) continue;
		const close = html.indexOf(`</${tag}>`, at);
		if (close === -1) continue;
		out += html.slice(from, open);
		from = close + tag.length + 3;
		at = from - MARK.length;
	}
	return out + html.slice(from);
}

export function stripIndexOnly(html: string): string {
	return removeMarked(html).replace(ATTRIBUTE, '');
}
