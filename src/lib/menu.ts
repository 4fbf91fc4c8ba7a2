/**
 * A shorter menu for pages that must stay small (the glossary's pages: see
 * src/route-data.ts). Starlight puts the whole menu, every page of the site, in
 * every page: about 2.9 KB gzip of HTML. The short menu has the same groups in
 * the same order, but a section whose pages all sit under its index page is
 * linked through that index page only (as the menu already does for a section
 * of more than 100 pages, astro.config.mjs). Groups without such an index
 * ("Start here", "Words and meanings") are kept whole.
 */

export interface MenuLink {
	type: 'link';
	href: string;
	isCurrent: boolean;
}
export interface MenuGroup<E> {
	type: 'group';
	entries: E[];
}
type MenuEntry = MenuLink | MenuGroup<MenuEntry>;

function links<E extends MenuEntry>(entries: readonly E[]): MenuLink[] {
	return entries.flatMap((e): MenuLink[] => (e.type === 'link' ? [e] : links(e.entries)));
}

/** The section's index link: a link, not to the home page, whose address every other link of the group starts with. */
function indexLink(entries: readonly MenuEntry[]): MenuLink | undefined {
	const all = links(entries);
	return all.find((l) => l.href !== '/' && all.every((o) => o.href.startsWith(l.href)));
}

export function compactMenu<E extends MenuEntry>(entries: readonly E[]): E[] {
	return entries.map((entry) => {
		if (entry.type !== 'group' || links(entry.entries).length < 2) return entry;
		const index = indexLink(entry.entries);
		// The current page stays in the menu, so it is still marked as the current page.
		const current = links(entry.entries).find((l) => l.isCurrent && l !== index);
		return index ? { ...entry, entries: current ? [index, current] : [index] } : entry;
	});
}
