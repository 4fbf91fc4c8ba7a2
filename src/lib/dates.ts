/** Dates as people in the UK read them: 23 November 2026; on Welsh pages, 23 Tachwedd 2026. */
// One formatter per language for the whole build: creating an Intl.DateTimeFormat costs about half a millisecond.
export type DateLocale = 'en-GB' | 'cy';
const OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const LONG_DATE: Record<DateLocale, Intl.DateTimeFormat> = {
	'en-GB': new Intl.DateTimeFormat('en-GB', OPTIONS),
	cy: new Intl.DateTimeFormat('cy', OPTIONS),
};

export function formatDate(date: Date, locale: DateLocale = 'en-GB'): string {
	return LONG_DATE[locale].format(date);
}

/** The date locale of a page's language (Starlight's `lang`: 'en-GB' or 'cy'); English for any other. */
export function dateLocale(lang: string | undefined): DateLocale {
	return lang === 'cy' ? 'cy' : 'en-GB';
}

export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
