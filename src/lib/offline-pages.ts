/**
 * Which pages "Save all family pages" stores (src/pages/offline.json.ts): the easy-read leaflets
 * and their index, the step-by-step pages, and the pages families start from. Chosen to fit the
 * 1.5 MB budget (scripts/bench-budgets.json); the family guidance and the glossary's letter pages
 * would take it to 2.7 MB, so a reader saves those one by one.
 */
const START_PAGES = new Set(['index', 'families', 'children-and-young-people', 'about/staying-safe-online']);

export function savedWithFamilyPages(entryId: string, section: string | undefined): boolean {
	if (entryId.startsWith('cy/')) return false;
	if (START_PAGES.has(entryId)) return true;
	return section === 'easy-read' || section === 'situations' || entryId === 'easy-read' || entryId === 'situations';
}
