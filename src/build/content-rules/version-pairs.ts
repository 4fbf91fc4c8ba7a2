/**
 * Easy read and full guidance, paired (issue 18). A leaflet names its full version
 * (`fullVersion: guidance/section-20-agreeing-to-care`) and that page names the leaflet back
 * (`easyReadVersion: easy-read/section-20`); both pages then link to each other near the top
 * (src/components/page/VersionLink.astro). This rule needs every page, so it runs after the
 * one-page rules: a reference to a page that does not exist, to the wrong kind of page, or a
 * pair named from one side only stops the build, naming the file, line and field.
 */
import type { ContentProblem, RulePage, SiteRule } from './types.ts';

const FIELDS = {
	easyReadVersion: { back: 'fullVersion', wants: 'an easy-read leaflet (easy-read/…)' },
	fullVersion: { back: 'easyReadVersion', wants: 'a guidance or toolkit page, not a leaflet' },
} as const;
type Field = keyof typeof FIELDS;

/** The page id of a content file: content/guidance/x.mdx → guidance/x (what the fields name). */
export function pageIdOf(file: string, contentPrefix: string): string {
	const prefix = contentPrefix.replace(/\/$/, '');
	return (prefix && file.startsWith(`${prefix}/`) ? file.slice(prefix.length + 1) : file).replace(/\.mdx?$/, '');
}

function fits(field: Field, target: RulePage): boolean {
	const section = target.data.section;
	return field === 'easyReadVersion' ? section === 'easy-read' : section === 'guidance' || section === 'sgo-toolkit';
}

export function checkVersionPairs(pages: readonly RulePage[], idOf: (file: string) => string): ContentProblem[] {
	const byId = new Map(pages.map((page) => [idOf(page.file), page]));
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		const id = idOf(page.file);
		for (const field of Object.keys(FIELDS) as Field[]) {
			const value = page.data[field];
			if (typeof value !== 'string') continue;
			const { back, wants } = FIELDS[field];
			const at = { file: page.file, line: page.lineOf([field]), field };
			const target = byId.get(value);
			if (!target) {
				problems.push({
					...at,
					message: `${field}: "${value}" is not a page; write the target's path under content/ without .mdx (for example ${field === 'easyReadVersion' ? 'easy-read/section-20' : 'guidance/section-20-agreeing-to-care'}), or remove the field`,
				});
				continue;
			}
			if (!fits(field, target)) {
				problems.push({ ...at, message: `${field}: "${value}" must name ${wants}; name the matching page instead` });
				continue;
			}
			const named = target.data[back];
			if (named === id) continue;
			problems.push({
				...at,
				message:
					typeof named === 'string'
						? `${field}: "${value}" names "${named}" as its ${back}, not this page: a pair names each other; correct one of the two`
						: `${field}: "${value}" does not name this page back; add \`${back}: ${id}\` to ${target.file}, so both pages link to each other`,
			});
		}
	}
	return problems;
}

/** The rule: a page's id is its address without the slashes (/guidance/x/ → guidance/x), what the fields name. */
export const versionPairs: SiteRule = {
	name: 'version-pairs',
	check: (pages, { sitePathOf }) => checkVersionPairs(pages, (file) => sitePathOf(file).replace(/^\/+|\/+$/g, '')),
};
