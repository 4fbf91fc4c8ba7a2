/**
 * Markup that has no place in content: raw scripts, styles, frames and forms, event
 * handler attributes, javascript: addresses and raw HTML injection. Read from the syntax
 * tree, so a tag over several lines is seen and code shown on a page is not taken for markup.
 */
import { startOf, walk, type Nodes } from '../mdx-tree.ts';
import type { MdxDocument, PageRule, Place } from './types.ts';

const RAW_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link']);
const JAVASCRIPT = /^\s*javascript\s*:/i;
/** In an {expression} or an import, the same things written as code. */
const IN_CODE: [RegExp, string][] = [
	[/<\s*(script|style|iframe|object|embed|form|base|meta|link)\b/i, 'a raw <$1> element'],
	// "only" is not an event handler: <ForCountry only="wales">.
	[/\son(?!ly\s*=)[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
	[/javascript\s*:/i, 'a javascript: address'],
	[/\bdangerouslySetInnerHTML\b|\bset:html\b/, 'raw HTML injection'],
];

export interface UnsafeHit extends Place {
	what: string;
}

function elementHits(node: Nodes & { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }): UnsafeHit[] {
	const hits: UnsafeHit[] = [];
	const name = (node.name ?? '').toLowerCase();
	if (RAW_ELEMENTS.has(name)) hits.push({ ...startOf(node), what: `a raw <${name}> element` });
	for (const attribute of node.attributes) {
		const place = startOf(attribute as unknown as Nodes);
		if (attribute.type !== 'mdxJsxAttribute') {
			if (/\bdangerouslySetInnerHTML\b/.test(attribute.value)) hits.push({ ...place, what: 'raw HTML injection' });
			continue;
		}
		if (/^on[a-z]+$/i.test(attribute.name) && attribute.name !== 'only')
			hits.push({ ...place, what: 'an event handler attribute (on…=)' });
		if (attribute.name === 'dangerouslySetInnerHTML' || attribute.name === 'set:html')
			hits.push({ ...place, what: 'raw HTML injection' });
		const value = typeof attribute.value === 'string' ? attribute.value : (attribute.value?.value ?? '');
		if (JAVASCRIPT.test(value)) hits.push({ ...place, what: 'a javascript: address' });
	}
	return hits;
}

/** Every unsafe thing in a body, with its line and column in the body. */
export function findUnsafeMarkup(doc: MdxDocument): UnsafeHit[] {
	const hits: UnsafeHit[] = [];
	walk(doc.tree, (node) => {
		if (node.type === 'code') return false;
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') hits.push(...elementHits(node));
		else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && JAVASCRIPT.test(node.url))
			hits.push({ ...startOf(node), what: 'a javascript: address' });
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
			for (const [pattern, what] of IN_CODE) {
				const m = pattern.exec(node.value);
				if (m) hits.push({ ...startOf(node), what: what.replace('$1', m[1]?.toLowerCase() ?? '') });
			}
		}
	});
	return hits;
}

export const unsafeMarkup: PageRule = {
	name: 'unsafe-markup',
	check: (page) =>
		findUnsafeMarkup(page.mdx).map((hit) => ({
			file: page.file,
			...page.bodyPlace(hit),
			field: 'body',
			message: `${hit.what} is not allowed in content: pages hold words, links and the site's components. Remove it, or ask for a component`,
		})),
};
