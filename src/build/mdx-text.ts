/**
 * Reads an MDX body's syntax tree (src/build/mdx-tree.ts) for the content rules, the
 * lints and the readability checks: the components used, with their attributes and
 * words, and the prose, sentence by sentence. Every result keeps its line and column in
 * the body, so a message can point the author at the sentence to fix. Each function
 * takes a parsed MdxDocument (what the content checks pass, parsed once) or a body.
 */
import {
	attributesOf,
	endOf,
	isJsx,
	startOf,
	toDocument,
	walk,
	type JsxElement,
	type MdxDocument,
	type MdxSource,
	type Nodes,
} from './mdx-tree.ts';

export { parseMdx, toDocument, type MdxDocument, type MdxSource } from './mdx-tree.ts';

export interface Sentence {
	text: string;
	/** 1-based line within the body. */
	line: number;
	/** 1-based column of the sentence's first word. */
	column: number;
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
	/** 1-based body line and column of the opening tag's "<". */
	line: number;
	column: number;
	/** 1-based body line of the end of the closing tag (of the opening tag when self-closing). */
	endLine: number;
	attributes: Record<string, string>;
	selfClosing: boolean;
	/** Character offsets in the body: from the start of the opening tag to the end of the closing tag. */
	start: number;
	end: number;
	/** The children as written (Markdown/MDX). */
	inner: string;
	/** The children as plain words, on one line. */
	text: string;
}

/** A block-level component with its children: the same record as a use. */
export type ContainerBlock = ComponentUse;

/** Elements whose content is never prose. */
const NOT_PROSE = new Set(['script', 'style']);

/** Nodes that hold no words a reader sees: code, imports and exports, {expressions} (comments among them). */
const HIDDEN = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml']);

function useOf(doc: MdxDocument, node: JsxElement): ComponentUse {
	const start = startOf(node);
	const end = endOf(node);
	const children = node.children as Nodes[];
	const inner = children.length
		? doc.body.slice(startOf(children[0]).offset, endOf(children[children.length - 1]).offset)
		: '';
	return {
		name: node.name ?? '',
		line: start.line,
		column: start.column,
		endLine: end.line,
		attributes: attributesOf(node),
		selfClosing: !children.length && doc.body.slice(start.offset, end.offset).trimEnd().endsWith('/>'),
		start: start.offset,
		end: end.offset,
		inner,
		text: plainWordsOf(node, doc),
	};
}

/** Every component element of a document, once, with the names of the components around it. */
const usesCache = new WeakMap<MdxDocument, { use: ComponentUse; within: readonly string[] }[]>();
function allUses(doc: MdxDocument): { use: ComponentUse; within: readonly string[] }[] {
	let uses = usesCache.get(doc);
	if (uses) return uses;
	uses = [];
	const found = uses;
	walk(doc.tree, (node, ancestors) => {
		if (HIDDEN.has(node.type)) return false;
		if (isJsx(node) && node.name) {
			const within = ancestors.filter(isJsx).map((a) => a.name ?? '');
			found.push({ use: useOf(doc, node), within });
		}
	});
	usesCache.set(doc, uses);
	return uses;
}

/**
 * Every component (a capitalised name) in the body, or every use of one, in document
 * order, however many lines its tag takes. Code is never read.
 */
export function findComponentUses(source: MdxSource, name?: string): ComponentUse[] {
	return allUses(toDocument(source))
		.map(({ use }) => use)
		.filter((use) => (name ? use.name === name : /^[A-Z]/.test(use.name)));
}

/** Glossary ids wrapped with <Term id="…"> in the body. */
export function findTermUses(source: MdxSource): { id: string; line: number; column: number }[] {
	return findComponentUses(source, 'Term').map((u) => ({ id: u.attributes.id ?? '', line: u.line, column: u.column }));
}

/**
 * Every <Name …>…</Name> of one component, with its children's words. A block of the
 * same name inside it is part of its children, so only the outermost is listed.
 */
export function findContainers(source: MdxSource, name: string): ContainerBlock[] {
	return allUses(toDocument(source))
		.filter(({ use, within }) => use.name === name && !within.includes(name))
		.map(({ use }) => use);
}

/** Turns one line of Markdown/MDX written as a string (a table cell, a front matter value) into plain words. */
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

/** Splits a run of prose into sentences, each with its offset in the text. */
export function splitSentencesAt(text: string): { text: string; index: number }[] {
	const out: { text: string; index: number }[] = [];
	let start = 0;
	const re = /[.!?]+["'’”)]*(?=\s+|$)/g;
	const push = (from: number, to: number) => {
		const raw = text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const candidate = raw.trim();
		if (candidate && /[A-Za-z0-9]/.test(candidate)) out.push({ text: candidate, index: from + lead });
	};
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const end = m.index + m[0].length;
		if (m[0].startsWith('.') && NON_TERMINAL.test(text.slice(start, m.index + 1))) continue;
		// A full stop inside a number ("14.2") or a section reference ("s.20") is not followed by a space, so it never matches.
		push(start, end);
		start = end;
	}
	push(start, text.length);
	return out;
}

/** Splits a run of prose into sentences. */
export function splitSentences(text: string): string[] {
	return splitSentencesAt(text).map((s) => s.text);
}

/** Words in a sentence: runs of letters or digits (with inner apostrophes, hyphens, full stops). */
export function words(sentence: string): string[] {
	return sentence.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Plain words with, for each character, its place in the body (line and column). */
interface PlacedText {
	text: string;
	lines: number[];
	columns: number[];
}

/** Appends a node's words (phrasing content) to `out`, character by character with their places. */
function collect(doc: MdxDocument, node: Nodes, out: PlacedText): void {
	if (HIDDEN.has(node.type)) return;
	if (isJsx(node) && NOT_PROSE.has(node.name ?? '')) return;
	if (node.type === 'text' || node.type === 'inlineCode') {
		const start = startOf(node);
		let line = start.line;
		let column = start.column + (node.type === 'inlineCode' ? 1 : 0);
		for (const ch of node.value) {
			out.text += ch;
			out.lines.push(line);
			out.columns.push(column);
			if (ch === '\n') {
				line += 1;
				// A continued line loses its indent (a list item's, a quote's ">"): start at the first word.
				const source = sourceLine(doc, line);
				column = source.length - source.replace(/^[\s>]*/, '').length + 1;
			} else column += 1;
		}
		return;
	}
	if (node.type === 'break') return append(out, ' ', node);
	if (node.type === 'image') return append(out, node.alt ?? '', node);
	if ('children' in node) {
		for (const child of node.children as Nodes[]) {
			collect(doc, child, out);
			// Blocks (paragraphs, list items, headings) are separate runs of words.
			if (!isPhrasing(child)) append(out, ' ', child);
		}
	}
}

function isPhrasing(node: Nodes): boolean {
	return !['root', 'paragraph', 'heading', 'list', 'listItem', 'blockquote', 'mdxJsxFlowElement', 'table'].includes(
		node.type,
	);
}

function append(out: PlacedText, text: string, node: Nodes): void {
	const { line, column } = startOf(node);
	for (const ch of text) {
		out.text += ch;
		out.lines.push(line);
		out.columns.push(column);
	}
}

const lineCache = new WeakMap<MdxDocument, string[]>();
function sourceLine(doc: MdxDocument, line: number): string {
	let lines = lineCache.get(doc);
	if (!lines) lineCache.set(doc, (lines = doc.body.split('\n')));
	return lines[line - 1] ?? '';
}

/** Collapses white space to single spaces and trims, keeping each character's place. */
function squash(placed: PlacedText): PlacedText {
	const out: PlacedText = { text: '', lines: [], columns: [] };
	let space = false;
	for (let i = 0; i < placed.text.length; i++) {
		const ch = placed.text[i];
		if (/\s/.test(ch)) {
			space = out.text.length > 0;
			continue;
		}
		if (space) {
			out.text += ' ';
			out.lines.push(placed.lines[i]);
			out.columns.push(placed.columns[i]);
			space = false;
		}
		out.text += ch;
		out.lines.push(placed.lines[i]);
		out.columns.push(placed.columns[i]);
	}
	return out;
}

/** A node's words on one line: its text, link text, image alt and components' words; no code or expressions. */
export function plainWordsOf(
	node: Nodes,
	doc: MdxDocument = { body: '', tree: { type: 'root', children: [] } },
): string {
	const placed: PlacedText = { text: '', lines: [], columns: [] };
	collect(doc, node, placed);
	return placed.text.replace(/\s+/g, ' ').trim();
}

/** A piece of MDX written as a string, as plain words on one line (each line through stripInline). */
export function plainWords(mdx: string): string {
	return mdx.split(/\r?\n/).map(stripInline).filter(Boolean).join(' ');
}

interface Block {
	kind: Sentence['kind'];
	text: string;
	line: number;
	column: number;
	container?: string;
	containerIndex?: number;
	containerAttributes?: Record<string, string>;
	/** Each character's place, when known (not for table cells). */
	placed?: PlacedText;
}

/** A paragraph written as a table: every line starts with "|" (tables are not parsed as such: no GFM here). */
function tableCells(
	doc: MdxDocument,
	node: Nodes,
	base: Omit<Block, 'text' | 'line' | 'column' | 'kind'>,
): Block[] | null {
	const start = startOf(node);
	const rows = doc.body.slice(start.offset, endOf(node).offset).split('\n');
	if (!rows.every((row) => /^\s*\|/.test(row))) return null;
	const cells: Block[] = [];
	rows.forEach((row, i) => {
		if (/^\s*\|[\s:|-]+\|\s*$/.test(row)) return;
		let at = 0;
		for (const cell of row.split('|')) {
			const text = stripInline(cell);
			const column = at + cell.length - cell.trimStart().length + 1 + (i === 0 ? start.column - 1 : 0);
			at += cell.length + 1;
			if (text) cells.push({ ...base, kind: 'list', text, line: start.line + i, column });
		}
	});
	return cells;
}

/**
 * The prose blocks of a body: headings, list items, paragraphs and table cells, with the
 * block-level component (if any) they sit in. Imports, code, expressions and
 * components without children are left out.
 */
export function proseBlocks(source: MdxSource): Block[] {
	const doc = toDocument(source);
	const blocks: Block[] = [];
	const counts = new Map<string, number>();
	const index = new Map<Nodes, number>();
	walk(doc.tree, (node, ancestors) => {
		if (HIDDEN.has(node.type)) return false;
		if (node.type === 'mdxJsxFlowElement') {
			if (NOT_PROSE.has(node.name ?? '')) return false;
			const n = counts.get(node.name ?? '') ?? 0;
			counts.set(node.name ?? '', n + 1);
			index.set(node, n);
			return;
		}
		if (node.type !== 'heading' && node.type !== 'paragraph') return;
		const parent = ancestors[ancestors.length - 1];
		const box = [...ancestors].reverse().find((a) => a.type === 'mdxJsxFlowElement') as JsxElement | undefined;
		const base = box
			? { container: box.name ?? '', containerIndex: index.get(box), containerAttributes: attributesOf(box) }
			: {};
		const cells = node.type === 'paragraph' ? tableCells(doc, node, base) : null;
		if (cells) blocks.push(...cells);
		else {
			const placed = squash(((p) => (collect(doc, node, p), p))({ text: '', lines: [], columns: [] }));
			if (!placed.text) return false;
			const kind = node.type === 'heading' ? 'heading' : parent?.type === 'listItem' ? 'list' : 'paragraph';
			blocks.push({ ...base, kind, text: placed.text, line: placed.lines[0], column: placed.columns[0], placed });
		}
		return false;
	});
	return blocks;
}

/** Every sentence in the body, with its line and column. Headings and table cells are sentences of their own. */
export function proseSentences(source: MdxSource): Sentence[] {
	const out: Sentence[] = [];
	for (const { placed, text, kind, line, column, ...container } of proseBlocks(source)) {
		const parts = kind === 'heading' ? [{ text, index: 0 }] : splitSentencesAt(text);
		for (const part of parts) {
			out.push({
				text: part.text,
				line: placed?.lines[part.index] ?? line,
				column: placed?.columns[part.index] ?? column,
				kind,
				...container,
			});
		}
	}
	return out;
}

/** The body with the given ranges blanked out (line breaks kept, so lines and columns still count right). */
export function blankRanges(body: string, ranges: readonly { start: number; end: number }[]): string {
	let out = body;
	for (const { start, end } of ranges) {
		out = out.slice(0, start) + out.slice(start, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
	}
	return out;
}

function rangesOf(doc: MdxDocument, types: ReadonlySet<string>): { start: number; end: number }[] {
	const ranges: { start: number; end: number }[] = [];
	walk(doc.tree, (node) => {
		if (!types.has(node.type)) return;
		ranges.push({ start: startOf(node).offset, end: endOf(node).offset });
		return false;
	});
	return ranges;
}

/** The body with code blanked out (same length, same lines), so nothing in code is taken for markup. */
export function maskCode(source: MdxSource): string {
	const doc = toDocument(source);
	return blankRanges(doc.body, rangesOf(doc, new Set(['code'])));
}

const UNSHOWN = new Set(['code', 'mdxjsEsm']);
/**
 * The body as a reader's words are placed in it: code, imports and exports and MDX comments
 * blanked out (same length, same lines), for rules that read the text line by line.
 */
export function shownSource(source: MdxSource): string {
	const doc = toDocument(source);
	const ranges = rangesOf(doc, UNSHOWN);
	walk(doc.tree, (node) => {
		if (
			(node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
			/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
		)
			ranges.push({ start: startOf(node).offset, end: endOf(node).offset });
	});
	return blankRanges(doc.body, ranges);
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** The 1-based line and column of a character offset in a text. */
export function placeAt(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, offset));
	const lastBreak = before.lastIndexOf('\n');
	return { line: lineAt(text, offset), column: offset - lastBreak };
}
