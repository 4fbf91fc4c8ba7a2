/**
 * Help lines and advice links (content/data/help-lines.yaml): the one place the site keeps a
 * phone number, with where it was checked and when. Facts only from shared/brief/facts.md
 * ("Family Rights Group advice line", "Childline", …). tests/unit/help-lines.test.ts fails
 * when an entry has not been checked for 6 months.
 *
 * `helpLineSchema` is one entry (what a content collection's `file()` loader checks each entry
 * against); `helpLinesFileSchema` is the whole file, a list of entries with unique ids.
 */
import { z } from 'astro/zod';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });
// A YAML date (2026-12-01) is a Date to Astro's file() loader and a string to the yaml package:
// both are read as the same YYYY-MM-DD text.
const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
		.refine(
			(s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
			{
				error: 'this date does not exist in the calendar; check the day and month',
			},
		),
);

/** Who a help line or link is shown to: HelpLines for="families" or for="children". */
export const HELP_LINE_AUDIENCES = ['families', 'children'] as const;
export type HelpLineAudience = (typeof HELP_LINE_AUDIENCES)[number];

const common = {
	id: kebab,
	name: z.string().min(1),
	/** Who it is for, as the source says it. Leave it out when the source does not say. */
	forWhom: z.string().min(1).optional(),
	/** The same in easy read: one short sentence. Defaults to forWhom. */
	forWhomEasyRead: z.string().min(1).optional(),
	country: z.enum(['england', 'wales', 'both']),
	audiences: z.array(z.enum(HELP_LINE_AUDIENCES)).min(1),
	/** The organisation that runs it, as the source says. */
	runBy: z.string().min(1).optional(),
	/** The organisation's own page the details were checked on. */
	source: httpsUrl,
	/** When someone last checked the details against `source`: YYYY-MM-DD. */
	dateChecked: isoDate,
};

export const helpLineSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		...common,
		kind: z.literal('phone'),
		/** As people dial it, with spaces where the organisation puts them: "0808 801 0366". */
		number: z
			.string()
			.regex(/^[0-9]+( [0-9]+)*$/, 'write the number as digits and single spaces, for example "0808 801 0366"'),
		free: z.boolean(),
		/** When it is open, as the source says. Leave it out when the source does not say. */
		hours: z.string().min(1).optional(),
		/** The hours in easy read: one short sentence. Defaults to hours. */
		hoursEasyRead: z.string().min(1).optional(),
		/** Other ways to reach it (textphone, webchat), as the source says. */
		otherWays: z.string().min(1).optional(),
	}),
	z.strictObject({
		...common,
		kind: z.literal('link'),
		/** The page the link opens. */
		url: httpsUrl,
	}),
]);
export type HelpLine = z.output<typeof helpLineSchema>;

export const helpLinesFileSchema = z.array(helpLineSchema).superRefine((entries, ctx) => {
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		if (seen.has(entry.id))
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `id "${entry.id}" is used twice; give each entry its own id`,
			});
		seen.add(entry.id);
	});
});

/** The number as a tel: address: no spaces. */
export function telHref(number: string): string {
	return `tel:${number.replace(/\s+/g, '')}`;
}

/** Months allowed between checks before the tests fail. */
export const HELP_LINE_MAX_AGE_MONTHS = 6;

/** Null when the entry was checked within 6 months of `today`, otherwise what to do. */
export function staleHelpLine(entry: HelpLine, today: Date, file = 'content/data/help-lines.yaml'): string | null {
	const limit = new Date(`${entry.dateChecked}T00:00:00Z`);
	limit.setUTCMonth(limit.getUTCMonth() + HELP_LINE_MAX_AGE_MONTHS);
	if (today.getTime() <= limit.getTime()) return null;
	return `${file} — ${entry.id} (${entry.name}): dateChecked ${entry.dateChecked} is more than ${HELP_LINE_MAX_AGE_MONTHS} months ago. Check the ${entry.kind === 'phone' ? 'number, hours and who it is for' : 'address'} on ${entry.source}, correct the entry if anything has changed, and set dateChecked to today's date.`;
}
