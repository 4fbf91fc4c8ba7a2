/**
 * Row headers for two-way Markdown tables. Markdown has no way to write a row header, so a table
 * that compares things along both axes (content/sgo-toolkit/comparing-orders.mdx: the orders
 * across, the questions down) came out with its questions as plain data cells: a screen reader
 * reading a cell gave the column ("Adoption") but not the question it answers, and axe's
 * td-has-header (WCAG 1.3.1) failed.
 *
 * The sign of such a table is the usual one in print: an empty top-left cell. For those tables
 * only, the first cell of each body row becomes `<th scope="row">`, the column headers get
 * scope="col", and the empty corner becomes a `<td>` (an empty header labels nothing). Tables
 * with a heading in the corner are left as they are.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastVisitorContext } from 'satteri';

type Node = Root | RootContent;

function elements(node: { children?: Node[] } | undefined): Element[] {
	return (node?.children ?? []).filter((c): c is Element => c.type === 'element');
}

function text(node: Node): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? (node.children as Node[]).map(text).join('') : '';
}

/** The table's header row's first cell, when the table is a two-way table (that cell is empty). */
function emptyCorner(table: Node | undefined): Element | undefined {
	if (table?.type !== 'element' || table.tagName !== 'table') return undefined;
	const thead = elements(table).find((e) => e.tagName === 'thead');
	const corner = elements(elements(thead)[0])[0];
	return corner?.tagName === 'th' && text(corner).trim() === '' ? corner : undefined;
}

/** Whether `node` is the first element among its parent's children (the first cell of its row). */
function isFirstCell(node: Element, ctx: HastVisitorContext): boolean {
	const row = ctx.parent(node) as Element | undefined;
	const index = ctx.indexOf(node);
	if (!row || index === undefined) return false;
	return row.children.findIndex((c) => c.type === 'element') === index;
}

/** A Sätteri hast plugin (markdown.processor's hastPlugins; MDX uses the same processor). */
export function tableRowHeadersPlugin() {
	return {
		name: 'table-row-headers',
		element: {
			filter: ['td', 'th'],
			visit(node: Element, ctx: HastVisitorContext) {
				const row = ctx.parent(node) as Element | undefined;
				const section = row && (ctx.parent(row) as Element | undefined);
				if (!section || !emptyCorner(ctx.parent(section) as Node | undefined)) return;
				if (!isFirstCell(node, ctx)) {
					// With headers along both edges, each says which way it reads (WCAG technique H63).
					if (node.tagName === 'th' && section.tagName === 'thead') ctx.setProperty(node, 'scope', 'col');
					return;
				}
				if (node.tagName === 'th' && section.tagName === 'thead') {
					ctx.replaceNode(node, { type: 'element', tagName: 'td', properties: {}, children: [] });
				} else if (node.tagName === 'td' && section.tagName === 'tbody') {
					ctx.replaceNode(node, {
						type: 'element',
						tagName: 'th',
						properties: { ...node.properties, scope: 'row' },
						children: node.children as ElementContent[],
					});
				}
			},
		},
	};
}
