/**
 * Plain text into Markdown that renders as the same plain text: no raw HTML,
 * no links or images, no emphasis, no headings, lists, quotes or code blocks
 * made by accident. Used for the downloads (checklist and support plan); no DOM.
 */

/** Characters escaped anywhere in a line: HTML (<, >, &), links and images ([ ]), code (`), emphasis (* _ ~), tables (|) and the escape itself. */
const INLINE = /[\\`*_[\]<>&|~]/g;

/** Escapes one line of text so that it renders as itself, whatever its first character. */
export function escapeMarkdownLine(line: string): string {
	// Leading spaces would start an indented code block; tabs and control characters are normalised.
	let text = line
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.replace(/\t/g, ' ')
		.trim()
		.replace(INLINE, (c) => `\\${c}`);
	// Block syntax at the start of a line: headings, quotes, list markers, setext and thematic breaks.
	text = text.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
	return text;
}

/** Escapes text that may have several lines; each line is escaped, the line breaks are kept. */
export function escapeMarkdown(text: string): string[] {
	return text.replace(/\r\n?/g, '\n').split('\n').map(escapeMarkdownLine);
}

/** A file name made only of lower-case letters, digits and hyphens, never empty. */
export function safeFileName(text: string, fallback: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return slug || fallback;
}
