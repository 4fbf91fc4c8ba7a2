/** Content governance: which pages are due for review, or overdue. */
export const REVIEW_WINDOW_DAYS = 30;

export interface ReviewItem {
	file: string;
	section: string;
	reviewDue: string;
	overdue: boolean;
}

export function reviewStatus(
	pages: readonly { file: string; data: Record<string, unknown> }[],
	today: Date,
	windowDays = REVIEW_WINDOW_DAYS,
): ReviewItem[] {
	const soon = new Date(today.getTime() + windowDays * 86_400_000);
	return pages
		.map((p) => ({ file: p.file, section: String(p.data.section), due: p.data.reviewDue as Date }))
		.filter((p) => p.due instanceof Date && p.due.getTime() <= soon.getTime())
		.map((p) => ({
			file: p.file,
			section: p.section,
			reviewDue: p.due.toISOString().slice(0, 10),
			overdue: p.due.getTime() < today.getTime(),
		}))
		.sort((a, b) => a.section.localeCompare(b.section) || a.reviewDue.localeCompare(b.reviewDue));
}
