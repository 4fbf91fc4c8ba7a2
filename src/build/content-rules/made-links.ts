/**
 * Links to legislation go to the latest text. legislation.gov.uk keeps each
 * instrument "as made" (…/contents/made, …/made): the words as first passed,
 * without later amendments. The December 2026 review found 14 pages linking to
 * the 2005 text of SI 2005/1109, which misses the 2016 amendments. A source may
 * still link to the made text on purpose, with `madeTextWhy: "<reason>"`; a
 * link in the body to made text is accepted only when the same address is such
 * a source.
 */
import { maskCode } from '../mdx-text.ts';
import type { ContentProblem, PageRule, RulePage } from './types.ts';

/** True for a legislation.gov.uk address of the text as made. */
export function isMadeText(address: string): boolean {
	const url = parse(address);
	if (!url) return false;
	const host = url.hostname.toLowerCase();
	if (host !== 'legislation.gov.uk' && !host.endsWith('.legislation.gov.uk')) return false;
	const path = url.pathname.replace(/\/+$/, '');
	return /\/made$/i.test(path) || /\/contents\/made(\/|$)/i.test(path);
}

/** The address of the latest text: the made text's address without /made (a whole instrument: …/contents). */
export function latestText(address: string): string {
	const url = parse(address);
	if (!url) return address;
	let path = url.pathname
		.replace(/\/+$/, '')
		.replace(/\/contents\/made(?=\/|$)/i, '/contents')
		.replace(/\/made$/i, '');
	// /uksi/2016/111 on its own: the table of contents is the page to link.
	if (/^\/[a-z]+\/\d{4}\/\d+$/i.test(path)) path += '/contents';
	return `${url.protocol}//${url.host}${path}`;
}

function parse(address: string): URL | null {
	try {
		return new URL(/^www\./i.test(address) ? `https://${address}` : address);
	} catch {
		return null;
	}
}

/** One address for comparing: no www., no trailing slash, no #fragment. */
function sameAddress(address: string): string {
	const url = parse(address);
	if (!url) return address;
	return `${url.host.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** Addresses in a body: Markdown links, autolinks, reference definitions, href="…" and bare addresses. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'`()[\]{}]+/gi;

const advice = (address: string, inBody: boolean) =>
	`link the latest text instead (drop /made: ${latestText(address)}). If the page must show the text as first made, ${
		inBody ? 'list the same address in sources with' : 'add to this source'
	} madeTextWhy: "<the reason>"`;

export function checkMadeLinks(page: RulePage): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sources = Array.isArray(page.data.sources)
		? (page.data.sources as { url?: unknown; madeTextWhy?: unknown }[])
		: [];
	const allowed = new Set<string>();
	sources.forEach((source, i) => {
		const url = typeof source?.url === 'string' ? source.url : '';
		const why = typeof source?.madeTextWhy === 'string' && source.madeTextWhy.trim();
		if (url && isMadeText(url)) {
			if (why) allowed.add(sameAddress(url));
			else {
				problems.push({
					file: page.file,
					...page.at(['sources', i, 'url']),
					field: `sources[${i}].url`,
					message: `${url} is the text as made, without later amendments; ${advice(url, false)}`,
				});
			}
		} else if (why) {
			problems.push({
				file: page.file,
				...page.at(['sources', i, 'madeTextWhy']),
				field: `sources[${i}].madeTextWhy`,
				message: 'is only for a source whose url is legislation.gov.uk text as made (…/made); remove it',
			});
		}
	});
	maskCode(page.mdx)
		.split('\n')
		.forEach((line, i) => {
			for (const m of line.matchAll(ADDRESS)) {
				// A sentence's full stop or comma after a bare address is not part of it.
				const address = m[0].replace(/[.,;:!?]+$/, '');
				if (!isMadeText(address) || allowed.has(sameAddress(address))) continue;
				problems.push({
					file: page.file,
					line: i + page.bodyStartLine,
					column: m.index + 1,
					field: 'body',
					message: `the link ${address} goes to the text as made, without later amendments; ${advice(address, true)}`,
				});
			}
		});
	return problems;
}

export const madeLinks: PageRule = { name: 'made-links', check: (page) => checkMadeLinks(page) };
