/**
 * Front matter for pages made in src/pages (search): they pass the same
 * schema as content pages, so they show who they are for and review dates.
 */
import { AUDIENCES } from './taxonomy.ts';

export function utilityFrontmatter(title: string, description: string) {
	return {
		title,
		description,
		section: 'site' as const,
		audience: [...AUDIENCES],
		jurisdiction: 'both' as const,
		lastReviewed: '2026-11-23',
		reviewDue: '2027-05-23',
		sources: [
			{
				title: 'Every page of Family Justice Guides, with its own sources',
				publisher: 'Family Justice Guides',
				year: 2026,
			},
		],
		pagefind: false,
		tableOfContents: false as const,
	};
}
