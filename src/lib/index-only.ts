/**
 * Markup that only the search indexer reads, taken out of the pages once Pagefind has
 * indexed them. Readers never see it (hidden search titles, filters and the glossary's
 * everyday words as hidden text, and Pagefind's data- attributes), so shipping it in every
 * page would cost readers bytes for nothing.
 *
 * - An element with the attribute `data-index-only` is removed whole. It must not contain
 *   another element of the same tag (the match is to the first closing tag).
 * - Pagefind's `data-pagefind-*` attributes are removed; the elements stay.
 */
export const INDEX_ONLY = 'data-index-only';

const ELEMENT = /<([a-z][a-z0-9]*)\b[^>]*\sdata-index-only(?:=(?:""|''))?[\s>/][^]*?<\/\1>/g;
const ATTRIBUTE = /\sdata-pagefind-[a-z-]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?(?=[\s/>])/g;

export function stripIndexOnly(html: string): string {
	return html.replace(ELEMENT, '').replace(ATTRIBUTE, '');
}
