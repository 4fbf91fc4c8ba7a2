/**
 * Welsh pages (content/cy/, issue 19). Each is a translation of an English page, so it needs an
 * English twin at the same path without cy/ (the language switcher and hreflang pair them, and
 * the English page is what a reviewer checks the Welsh against); and it is for the same
 * readers, about the same country, as that twin.
 */
import type { ContentProblem, RulePage, SiteRule } from './types.ts';

const WELSH = /^(.*?\/)?cy\//;

/** content/cy/guidance/wales.mdx → content/guidance/wales.mdx; null for an English page. */
export function englishTwinOf(file: string): string | null {
	const match = WELSH.exec(file);
	if (!match) return null;
	return `${match[1] ?? ''}${file.slice(match[0].length)}`;
}

export function checkWelshTwins(pages: readonly RulePage[]): ContentProblem[] {
	const byFile = new Map(pages.map((page) => [page.file.replace(/\.md$/, '.mdx'), page]));
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		const twinFile = englishTwinOf(page.file);
		if (!twinFile) continue;
		const twin = byFile.get(twinFile.replace(/\.md$/, '.mdx'));
		if (!twin) {
			problems.push({
				file: page.file,
				line: 1,
				message: `is a Welsh page with no English twin: add ${twinFile} (the English page it translates), or move this page to the path of the page it translates`,
			});
			continue;
		}
		for (const field of ['jurisdiction', 'section'] as const) {
			if (page.data[field] !== twin.data[field]) {
				problems.push({
					file: page.file,
					line: page.lineOf([field]),
					field,
					message: `is "${String(page.data[field])}" but its English twin ${twin.file} says "${String(twin.data[field])}"; a translation is the same kind of page, about the same country`,
				});
			}
		}
	}
	return problems;
}

export const welshTwins: SiteRule = { name: 'welsh-twin', check: (pages) => checkWelshTwins(pages) };

/**
 * The Welsh "What is happening?" list: once a Welsh page shows <SituationList />, every English
 * step page (content/situations/) needs its sentence in Welsh (situationCy), so the Welsh list is
 * all Welsh and never falls back to the English sentence.
 */
export function checkWelshSituations(pages: readonly RulePage[]): ContentProblem[] {
	const welshList = pages.find((page) => englishTwinOf(page.file) && /<SituationList\b/.test(page.body));
	if (!welshList) return [];
	return pages
		.filter((page) => page.data.section === 'situations' && !englishTwinOf(page.file))
		.filter((page) => typeof page.data.situationCy !== 'string' || !page.data.situationCy.trim())
		.map((page) => ({
			file: page.file,
			line: page.lineOf(['situation']),
			field: 'situationCy',
			message: `is missing: ${welshList.file} lists this page in Welsh (<SituationList />); add situationCy, its situation sentence ("${String(page.data.situation)}") in Welsh`,
		}));
}

export const welshSituations: SiteRule = { name: 'welsh-situations', check: (pages) => checkWelshSituations(pages) };
