/**
 * One MDX body as a syntax tree: mdast-util-from-markdown with the MDX extensions
 * (micromark-extension-mdxjs, mdast-util-mdx), the parser MDX itself uses. A component
 * tag written over several lines is one node, code is a node of its own, and every
 * node knows its line and column, so a message can point the author at the spot.
 *
 * A body is parsed once: parseMdx() keeps the documents it made, so the content checks,
 * their rules, readability, the easy-read lint, search terms and the training module's
 * sections all share one tree. A body MDX cannot read gives an empty tree and a
 * syntax error with its line and column (the content checks report it; Astro's own
 * MDX compiler would stop on it later with less to go on).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

export type { Nodes, Root };
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A place in a body: 1-based line and column, and the character offset. */
export interface Place {
	line: number;
	column: number;
	offset: number;
}

export interface MdxSyntaxError {
	line: number;
	column: number;
	/** What the parser expected, in its own words. */
	reason: string;
}

export interface MdxDocument {
	/** The MDX as parsed (the body after the front matter). */
	body: string;
	tree: Root;
	/** Set when the body is not valid MDX; the tree is then empty. */
	error?: MdxSyntaxError;
}

/** What a function reading MDX accepts: a parsed document, or a body it parses (once) itself. */
export type MdxSource = string | MdxDocument;

const extensions = [mdxjs()];
const mdastExtensions = [mdxFromMarkdown()];

/** Documents already parsed, by body. A check run reads each page a few times (rules, lints, components). */
const parsed = new Map<string, MdxDocument>();
const CACHE_LIMIT = 2000;

export function parseMdx(body: string): MdxDocument {
	const known = parsed.get(body);
	if (known) return known;
	let doc: MdxDocument;
	try {
		doc = { body, tree: fromMarkdown(body, { extensions, mdastExtensions }) };
	} catch (error) {
		const e = error as { line?: number; column?: number; reason?: string; message?: string };
		doc = {
			body,
			tree: { type: 'root', children: [] },
			error: { line: e.line ?? 1, column: e.column ?? 1, reason: e.reason ?? e.message ?? String(error) },
		};
	}
	if (parsed.size >= CACHE_LIMIT) parsed.clear();
	parsed.set(body, doc);
	return doc;
}

export function toDocument(source: MdxSource): MdxDocument {
	return typeof source === 'string' ? parseMdx(source) : source;
}

export function startOf(node: Nodes): Place {
	const p = node.position?.start;
	return { line: p?.line ?? 1, column: p?.column ?? 1, offset: p?.offset ?? 0 };
}

export function endOf(node: Nodes): Place {
	const p = node.position?.end;
	return { line: p?.line ?? 1, column: p?.column ?? 1, offset: p?.offset ?? 0 };
}

export function isJsx(node: Nodes): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * Visits every node depth first, in document order, with its ancestors (nearest last).
 * Return false from `visit` to skip a node's children.
 */
export function walk(tree: Nodes, visit: (node: Nodes, ancestors: readonly Nodes[]) => boolean | void): void {
	const ancestors: Nodes[] = [];
	const step = (node: Nodes) => {
		if (visit(node, ancestors) === false) return;
		if (!('children' in node)) return;
		ancestors.push(node);
		for (const child of node.children) step(child as Nodes);
		ancestors.pop();
	};
	step(tree);
}

/** The attributes of a component as strings: a bare attribute is "true", an {expression} its source. */
export function attributesOf(node: JsxElement): Record<string, string> {
	const out: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') continue;
		const value = attribute.value;
		out[attribute.name] =
			value === null || value === undefined ? 'true' : typeof value === 'string' ? value : value.value;
	}
	return out;
}
