/**
 * Which pages "Save all family pages" stores (src/pages/offline.json.ts): the easy-read leaflets
 * and their index, the step-by-step pages, the family guidance (guidance pages for families or
 * children), the glossary and its letter pages, and the pages families start from. They fit the
 * 1.5 MB budget (scripts/bench-budgets.json) because pages are stored compressed
 * (src/client/offline.ts): about 0.5 MB. Welsh pages are saved one by one.
 */
import { isForFamiliesOrChildren, type Audience } from './taxonomy.ts';

const START_PAGES = new Set([
	'index',
	'families',
	'children-and-young-people',
	'about/staying-safe-online',
	'glossary',
]);

export function savedWithFamilyPages(
	entryId: string,
	section: string | undefined,
	audience: readonly Audience[] | undefined = [],
): boolean {
	if (entryId.startsWith('cy/')) return false;
	if (START_PAGES.has(entryId)) return true;
	if (section === 'guidance' && entryId !== 'guidance' && isForFamiliesOrChildren(audience)) return true;
	return section === 'easy-read' || section === 'situations' || entryId === 'easy-read' || entryId === 'situations';
}
