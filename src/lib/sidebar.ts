/**
 * The site menu, compacted. Starlight puts every page of the site in every page's menu;
 * here only the section the reader is in is listed page by page. Every other section that
 * has an index page becomes one link to that index page (which lists its pages), so the
 * menu stays short on a phone and each page's HTML stays small as sections grow.
 * Small groups without an index page (Start here, the glossary) are kept as they are.
 */

/** The parts of Starlight's sidebar entries this uses (structurally the same as its types). */
export interface MenuLink {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: unknown;
	attrs: Record<string, unknown>;
}
export interface MenuGroup {
	type: 'group';
	label: string;
	entries: MenuEntry[];
	collapsed: boolean;
	badge: unknown;
}
export type MenuEntry = MenuLink | MenuGroup;

const links = (entries: MenuEntry[]): MenuLink[] =>
	entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));

/** Whether the group holds the current page, at any depth. */
export function groupHasCurrent(group: MenuGroup): boolean {
	return links(group.entries).some((l) => l.isCurrent);
}

/**
 * The group's index page: a link whose address is the folder every other link in the group
 * is inside (for example /guidance/ for /guidance/…/). Undefined when there is none: the home
 * page is not a section's index, though every address starts with its "/".
 */
export function groupIndex(group: MenuGroup): MenuLink | undefined {
	const all = links(group.entries);
	return all.find((c) => SECTION_INDEX.test(c.href) && all.every((l) => l.href.startsWith(c.href)));
}

/**
 * A section's index page: one folder, in English (/guidance/) or under the Welsh pages' /cy/
 * (/cy/guidance/); the Welsh home page /cy/ is not a section.
 */
const SECTION_INDEX = /^(?:\/cy)?\/(?!cy\/)[^/]+\/$/;

/**
 * The menu for one page: its own section in full, every other section with an index page as one
 * link. With `sectionsOnly`, its own section too (a Welsh address for a page not yet in Welsh:
 * a notice and a link, whose menu need not list every page of the section again).
 */
export function compactSidebar(entries: MenuEntry[], { sectionsOnly = false } = {}): MenuEntry[] {
	return entries.map((entry) => {
		if (entry.type === 'link' || (!sectionsOnly && groupHasCurrent(entry))) return entry;
		const index = groupIndex(entry);
		if (!index || links(entry.entries).length < 2) return entry;
		return {
			type: 'link',
			label: entry.label,
			href: index.href,
			isCurrent: false,
			badge: undefined,
			attrs: {},
		} satisfies MenuLink;
	});
}
