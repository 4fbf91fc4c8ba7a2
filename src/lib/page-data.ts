import type { PageData } from '../schemas/content.ts';

/**
 * The page's own front matter when it is a content page; undefined for pages
 * Starlight makes itself (404, search) that have no review dates or sources.
 */
export function pageData(route: { entry: { data: unknown } } | undefined): PageData | undefined {
	const data = route?.entry?.data as Partial<PageData> | undefined;
	if (!data || !data.section || !data.sources || !data.lastReviewed) return undefined;
	return data as PageData;
}
