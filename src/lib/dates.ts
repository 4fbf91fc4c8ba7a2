/** Dates as people in the UK read them: 23 November 2026. */
export function formatDate(date: Date): string {
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
