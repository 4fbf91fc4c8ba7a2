/** Dates as people in the UK read them: 23 November 2026. */
// One formatter for the whole build: creating an Intl.DateTimeFormat costs about half a millisecond.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
	return LONG_DATE.format(date);
}

export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
