/**
 * Reads the prose out of an MDX body, line by line, for the lints and the
 * readability checks. It is deliberately simple: content on this site is
 * Markdown with a few components, and every result keeps its line number so a
 * message can point the author at the sentence to fix.
 */

export interface Sentence {
	text: string;
	/** 1-based line within the body. */
	line: number;
	/** "heading", "list" or "paragraph": where the sentence came from. */
	kind: 'heading' | 'list' | 'paragraph';
	/** The enclosing component's name when the sentence sits inside one (for example "Row"). */
	container?: string;
	/** Index of the enclosing component instance within the body, when inside one. */
	containerIndex?: number;
	/** The enclosing component's attributes (for example { easyRead: 'true' } on a WalesNote). */
	containerAttributes?: Record<string, string>;
}

export interface ComponentUse {
	name: string;
	line: number;
	attributes: Record<string, string>;
	selfClosing: boolean;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

function parseAttributes(raw: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of raw.matchAll(ATTRIBUTE)) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? 'true';
	return out;
}

/** Every opening tag of a capitalised (component) name, with its attributes and line. */
export function findComponentUses(body: string, name?: string): ComponentUse[] {
	const uses: ComponentUse[] = [];
	const lines = body.split(/\r?\n/);
	let inFence = false;
	lines.forEach((lineText, i) => {
		if (/^\s*(```|~~~)/.test(lineText)) inFence = !inFence;
		if (inFence) return;
		for (const m of lineText.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*?)(\/?)>/g)) {
			if (name && m[1] !== name) continue;
			uses.push({ name: m[1], line: i + 1, attributes: parseAttributes(m[2]), selfClosing: m[3] === '/' });
		}
	});
	return uses;
}

/** Glossary ids wrapped with <Term id="…"> in the body. */
export function findTermUses(body: string): { id: string; line: number }[] {
	return findComponentUses(body, 'Term').map((u) => ({ id: u.attributes.id ?? '', line: u.line }));
}

/** Turns one line of Markdown/MDX into plain words. */
export function stripInline(text: string): string {
	return text
		.replace(/<[^>]+>/g, ' ') // tags (the words between an opening and closing tag stay)
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(.*?)\1/g, '$2')
		.replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Abbreviations whose full stop does not end a sentence. */
const NON_TERMINAL = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|vs|cf|s|ss|para|paras|reg|regs|Sch|art|p|pp|v)\.$/i;

/** Splits a run of prose into sentences. */
export function splitSentences(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	const re = /[.!?]+["'’”)]*(?=\s+|$)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const end = m.index + m[0].length;
		const candidate = text.slice(start, end).trim();
		if (m[0].startsWith('.') && NON_TERMINAL.test(text.slice(start, m.index + 1))) continue;
		// A full stop inside a number ("14.2") or a section reference ("s.20") is not followed by a space, so it never matches.
		if (candidate) out.push(candidate);
		start = end;
	}
	const rest = text.slice(start).trim();
	if (rest) out.push(rest);
	return out.filter((s) => /[A-Za-z0-9]/.test(s));
}

/** Words in a sentence: runs of letters or digits (with inner apostrophes, hyphens, full stops). */
export function words(sentence: string): string[] {
	return sentence.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

interface Block {
	kind: Sentence['kind'];
	text: string;
	line: number;
	container?: string;
	containerIndex?: number;
	containerAttributes?: Record<string, string>;
}

/**
 * The prose blocks of a body: headings, list items and paragraphs, with the
 * component (if any) they sit in. Import/export lines, code, tables' rules and
 * self-closing components are left out.
 */
// eslint-disable-next-line max-lines-per-function -- the line-by-line MDX reader is to be replaced by a real MDX parser (issue 16)
export function proseBlocks(body: string): Block[] {
	const lines = body.split(/\r?\n/);
	const blocks: Block[] = [];
	const stack: { name: string; index: number; attributes: Record<string, string> }[] = [];
	const counts = new Map<string, number>();
	let para: Block | null = null;
	let inFence = false;
	let inComment = false;
	const flush = () => {
		if (para && stripInline(para.text)) blocks.push({ ...para, text: stripInline(para.text) });
		para = null;
	};
	lines.forEach((rawLine, i) => {
		const lineNo = i + 1;
		let line = rawLine;
		if (/^\s*(```|~~~)/.test(line)) {
			flush();
			inFence = !inFence;
			return;
		}
		if (inFence) return;
		if (inComment) {
			if (line.includes('*/}') || line.includes('-->')) inComment = false;
			return;
		}
		if (/^\s*(\{\/\*|<!--)/.test(line) && !/(\*\/\}|-->)\s*$/.test(line)) {
			inComment = true;
			return;
		}
		if (/^\s*(import|export)\s/.test(line)) return;
		// Opening and closing block-level component tags on their own line.
		const open = /^\s*<([A-Z][A-Za-z0-9]*)\b([^>]*?)(\/?)>\s*(.*)$/.exec(line);
		// An inline component that opens and closes on the line is part of the prose.
		if (open && !(open[3] !== '/' && open[4].includes(`</${open[1]}>`))) {
			flush();
			if (open[3] === '/') return; // self-closing: generated content, not prose
			const index = counts.get(open[1]) ?? 0;
			counts.set(open[1], index + 1);
			stack.push({ name: open[1], index, attributes: parseAttributes(open[2]) });
			line = open[4];
			if (!line.trim()) return;
		}
		const close = /^(.*?)<\/([A-Z][A-Za-z0-9]*)>\s*$/.exec(line);
		let closing: string | null = null;
		if (close && !new RegExp(`<${close[2]}\\b`).test(close[1])) {
			closing = close[2];
			line = close[1];
		}
		const top = stack[stack.length - 1];
		const container = top
			? { container: top.name, containerIndex: top.index, containerAttributes: top.attributes }
			: {};
		if (!line.trim()) {
			flush();
		} else if (/^\s*#{1,6}\s/.test(line)) {
			flush();
			blocks.push({
				kind: 'heading',
				text: stripInline(line.replace(/^\s*#{1,6}\s+/, '')),
				line: lineNo,
				...container,
			});
		} else if (/^\s*\|/.test(line)) {
			flush();
			if (!/^\s*\|[\s:|-]+\|\s*$/.test(line)) {
				for (const cell of line
					.split('|')
					.map((c) => c.trim())
					.filter(Boolean)) {
					blocks.push({ kind: 'list', text: stripInline(cell), line: lineNo, ...container });
				}
			}
		} else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
			flush();
			para = { kind: 'list', text: line.replace(/^\s*([-*+]|\d+[.)])\s+/, ''), line: lineNo, ...container };
		} else if (/^\s*>/.test(line)) {
			if (!para) para = { kind: 'paragraph', text: '', line: lineNo, ...container };
			para.text += ' ' + line.replace(/^\s*>\s?/, '');
		} else {
			if (!para) para = { kind: 'paragraph', text: '', line: lineNo, ...container };
			para.text += ' ' + line;
		}
		if (closing) {
			flush();
			const idx = stack.map((s) => s.name).lastIndexOf(closing);
			if (idx >= 0) stack.splice(idx);
		}
	});
	flush();
	return blocks.filter((b) => b.text);
}

/** Every sentence in the body, with its line. Headings and list items are sentences of their own. */
export function proseSentences(body: string): Sentence[] {
	const out: Sentence[] = [];
	for (const block of proseBlocks(body)) {
		const parts = block.kind === 'heading' ? [block.text] : splitSentences(block.text);
		for (const text of parts) {
			out.push({
				text,
				line: block.line,
				kind: block.kind,
				container: block.container,
				containerIndex: block.containerIndex,
				containerAttributes: block.containerAttributes,
			});
		}
	}
	return out;
}

/** The body with fenced code blanked out (same length, same line breaks), so nothing in code is taken for markup. */
export function maskCode(body: string): string {
	let inFence = false;
	return body
		.split(/(\r?\n)/)
		.map((part) => {
			if (/^\r?\n$/.test(part)) return part;
			const fence = /^\s*(```|~~~)/.test(part);
			if (fence) inFence = !inFence;
			return fence || inFence ? ' '.repeat(part.length) : part;
		})
		.join('');
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

export interface ContainerBlock {
	name: string;
	/** 1-based body line of the opening tag. */
	line: number;
	/** 1-based body line of the closing tag (the opening line when self-closing or never closed). */
	endLine: number;
	attributes: Record<string, string>;
	/** Character offsets in the body: from the start of the opening tag to the end of the closing tag. */
	start: number;
	end: number;
	/** The children as written (Markdown/MDX). */
	inner: string;
	/** The children as plain words, every line through stripInline, joined with spaces. */
	text: string;
}

/**
 * Every <Name …>…</Name> block of one component, however many lines its
 * opening tag and children take, with its children's words. A block of the same
 * name inside it is part of its children; fenced code is skipped. An opening tag
 * that is never closed runs to the end of the body.
 * (A `>` inside an attribute value would end the tag early: attributes here are names and words.)
 */
export function findContainers(body: string, name: string): ContainerBlock[] {
	const text = maskCode(body);
	const tag = new RegExp(`<(/?)${name}\\b([^>]*?)(/?)\\s*>`, 'g');
	const blocks: ContainerBlock[] = [];
	const open: { start: number; innerStart: number; attributes: Record<string, string> }[] = [];
	for (const m of text.matchAll(tag)) {
		const at = m.index;
		if (m[1] !== '/') {
			const attributes = parseAttributes(m[2]);
			if (m[3] === '/') {
				if (!open.length) {
					blocks.push({
						name,
						line: lineAt(body, at),
						endLine: lineAt(body, at),
						attributes,
						start: at,
						end: at + m[0].length,
						inner: '',
						text: '',
					});
				}
				continue;
			}
			open.push({ start: at, innerStart: at + m[0].length, attributes });
			continue;
		}
		const opener = open.pop();
		// Only the outermost block is reported; an inner one is part of its words.
		if (!opener || open.length) continue;
		const inner = body.slice(opener.innerStart, at);
		blocks.push({
			name,
			line: lineAt(body, opener.start),
			endLine: lineAt(body, at),
			attributes: opener.attributes,
			start: opener.start,
			end: at + m[0].length,
			inner,
			text: plainWords(inner),
		});
	}
	const unclosed = open[0];
	if (unclosed) {
		const inner = body.slice(unclosed.innerStart);
		blocks.push({
			name,
			line: lineAt(body, unclosed.start),
			endLine: lineAt(body, body.length),
			attributes: unclosed.attributes,
			start: unclosed.start,
			end: body.length,
			inner,
			text: plainWords(inner),
		});
	}
	return blocks.sort((a, b) => a.start - b.start);
}

/** A piece of MDX as plain words on one line (each line through stripInline). */
export function plainWords(mdx: string): string {
	return mdx.split(/\r?\n/).map(stripInline).filter(Boolean).join(' ');
}

/** The body with the given ranges blanked out (line breaks kept, so lines still count right). */
export function blankRanges(body: string, ranges: readonly { start: number; end: number }[]): string {
	let out = body;
	for (const { start, end } of ranges) {
		out = out.slice(0, start) + out.slice(start, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
	}
	return out;
}

const UNSAFE: [RegExp, string][] = [
	[/<\s*(script|style|iframe|object|embed|form|base|meta|link)\b/i, 'a raw <$1> element'],
	// "only" is not an event handler: <ForCountry only="wales">.
	[/\son(?!ly\s*=)[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
	[/javascript\s*:/i, 'a javascript: address'],
	[/\bdangerouslySetInnerHTML\b|\bset:html\b/, 'raw HTML injection'],
];

/** Markup that has no place in content: scripts, styles, frames, event handlers, javascript: links. */
export function findUnsafeMarkup(body: string): { line: number; what: string }[] {
	const hits: { line: number; what: string }[] = [];
	body.split(/\r?\n/).forEach((line, i) => {
		for (const [pattern, what] of UNSAFE) {
			const m = pattern.exec(line);
			if (m) hits.push({ line: i + 1, what: what.replace('$1', m[1]?.toLowerCase() ?? '') });
		}
	});
	return hits;
}
