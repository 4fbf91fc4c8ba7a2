/**
 * The content contract. Every page in content/ is checked against these schemas,
 * once by Astro when it loads the collection and once, earlier and with line
 * numbers, by the content checks (src/build/content-check.ts).
 *
 * Error messages speak to authors: they say what is expected and how to fix it.
 */
import { z } from 'astro/zod';
import {
	AUDIENCES,
	JURISDICTIONS,
	MODULE_SECTIONS,
	SECTIONS,
	TOOLKIT_ROLES,
	TRAINING_AUDIENCES,
} from '../lib/taxonomy.ts';
import { sessionPlanMismatch } from '../lib/training.ts';

const list = (values: readonly string[]) => values.join(', ');

/** True when `iso` (YYYY-MM-DD) names a day that exists in the calendar. */
export function isRealDate(iso: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written YYYY-MM-DD. YAML loaders may already have turned it
 * into a Date; the raw-text check in content-check.ts sees the string and so
 * also catches impossible dates such as 2026-02-30 that a loader rolls over.
 */
export const calendarDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'expected a date written as YYYY-MM-DD, for example 2026-11-23' })
		.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), {
			error: 'expected a date written as YYYY-MM-DD, for example 2026-11-23',
		})
		.refine(isRealDate, { error: 'this date does not exist in the calendar; check the day and month' })
		.transform((s) => new Date(`${s}T00:00:00Z`)),
);

export const sourceSchema = z.strictObject({
	title: z.string({ error: 'each source needs a title' }).trim().min(1, 'each source needs a title'),
	publisher: z.string({ error: 'each source needs a publisher' }).trim().min(1, 'each source needs a publisher'),
	year: z.union([z.number().int().min(1800).max(2100), z.literal('n.d.')], {
		error: 'year must be a 4-digit year such as 2014, or "n.d." when the date is not known',
	}),
	url: z.url({ protocol: /^https$/, error: 'url must be a full https:// address' }).optional(),
	// Links to legislation go to the latest text; the text as first made (…/made) only with a reason
	// (src/build/content-rules/made-links.ts).
	madeTextWhy: z
		.string({
			error:
				'madeTextWhy must be a sentence saying why this source links to the text as first made (…/made) rather than the latest text',
		})
		.trim()
		.min(
			1,
			'madeTextWhy must say why this source links to the text as first made (…/made) rather than the latest text; or remove it and link the latest text',
		)
		.optional(),
});

/** Plain text only: titles and descriptions go into the page head, where markup must never appear. */
const plainText = (field: string) =>
	z
		.string()
		.refine((s) => !/[<>]/.test(s), { error: `${field} is plain text: remove the < and > characters (no HTML)` });

const commonFields = {
	title: z
		.string({ error: 'every page needs a title' })
		.trim()
		.min(1, 'every page needs a title')
		.pipe(plainText('title')),
	description: z
		.string({ error: 'every page needs a description of at most 160 characters' })
		.trim()
		.min(1, 'every page needs a description of at most 160 characters')
		.max(160, 'description must be at most 160 characters: it is shown in search results')
		.pipe(plainText('description')),
	audience: z
		.array(z.enum(AUDIENCES, { error: `audience must be one or more of: ${list(AUDIENCES)}` }), {
			error: `audience must be a list, for example [families]; allowed: ${list(AUDIENCES)}`,
		})
		.min(1, `audience needs at least one of: ${list(AUDIENCES)}`),
	jurisdiction: z.enum(JURISDICTIONS, { error: `jurisdiction must be one of: ${list(JURISDICTIONS)}` }),
	lastReviewed: calendarDate,
	reviewDue: calendarDate,
	readers: z
		.array(
			z.enum(['parents', 'kinship-carers', 'children'], {
				error: 'readers must be some of: parents, kinship-carers, children',
			}),
		)
		.min(1, 'readers needs at least one of: parents, kinship-carers, children')
		.optional(),
	sources: z
		.array(sourceSchema, { error: 'sources must be a list of { title, publisher, year, url? }' })
		.min(1, 'list at least one source (title, publisher, year, optional url)'),
	// Wales (issue 19): where a reader in Wales should go instead of a page about England only
	// (required on jurisdiction: england pages by src/build/content-rules/wales-page.ts).
	walesPage: z
		.string({ error: 'walesPage must be a site path such as /guidance/wales/' })
		.regex(
			/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/,
			'walesPage must be a site path such as /guidance/wales/ (starting and ending with /)',
		)
		.optional(),
	// Words people search with that the page may not use often (index-only; SearchMeta.astro),
	// for example Welsh mutated forms (plentyn, blentyn, mhlentyn) on a Welsh page.
	searchTerms: z
		.array(z.string().trim().min(1), {
			error: 'searchTerms must be a list of words, for example [Cymru, Cafcass Cymru]',
		})
		.optional(),
	// A Welsh page (content/cy/): who checked its Welsh, and when (ReaderCheckStatus shows it is unchecked until then).
	welshCheckedBy: z.string().trim().min(1).optional(),
	welshCheckedOn: calendarDate.optional(),
};

function reviewOrder(data: { lastReviewed: Date; reviewDue: Date }, ctx: z.RefinementCtx) {
	// Only compare two real dates; a bad date has its own message already.
	if (!(data.reviewDue instanceof Date) || !(data.lastReviewed instanceof Date)) return;
	if (data.reviewDue.getTime() <= data.lastReviewed.getTime()) {
		ctx.addIssue({
			code: 'custom',
			path: ['reviewDue'],
			message: `reviewDue (${data.reviewDue.toISOString().slice(0, 10)}) must be after lastReviewed (${data.lastReviewed.toISOString().slice(0, 10)})`,
		});
	}
}

/** The pairing of a leaflet and its full version (checked both ways by content-rules/version-pairs.ts). */
const pagePath = (field: string, example: string) =>
	z
		.string({ error: `${field} names a page: its path under content/ without .mdx, for example ${example}` })
		.regex(
			/^[a-z0-9-]+(\/[a-z0-9-]+)+$/,
			`${field} names a page: its path under content/ without .mdx, for example ${example}`,
		);
const easyReadVersion = pagePath('easyReadVersion', 'easy-read/section-20')
	.refine((s) => s.startsWith('easy-read/'), { error: 'easyReadVersion names an easy-read leaflet: easy-read/…' })
	.optional();
const fullVersion = pagePath('fullVersion', 'guidance/section-20-agreeing-to-care')
	.refine((s) => !s.startsWith('easy-read/'), { error: 'fullVersion names the full guidance page, not a leaflet' })
	.optional();

const guidancePage = z
	.strictObject({ section: z.literal('guidance'), ...commonFields, easyReadVersion })
	.superRefine(reviewOrder);

/** A step-by-step page: what to do in one situation (content/situations/; the list at /situations/). */
const situationPage = z
	.strictObject({
		section: z.literal('situations'),
		...commonFields,
		situation: z
			.string({
				error: 'situation must be one short, plain sentence, for example "I have had a letter before proceedings."',
			})
			.trim()
			.min(1, 'situation must be one short, plain sentence, for example "I have had a letter before proceedings."')
			.max(120, 'situation must be short: at most 120 characters')
			.pipe(plainText('situation')),
		// The same sentence in Welsh, for the Welsh "What is happening?" list (/cy/situations/,
		// SituationList.astro). Optional here; src/build/content-rules/welsh.ts requires it on every
		// step page once a Welsh page shows <SituationList />, so the Welsh list never falls back to English.
		situationCy: z
			.string({ error: 'situationCy must be the situation sentence in Welsh, for example "Rydw i wedi cael llythyr."' })
			.trim()
			.min(1, 'situationCy must be the situation sentence in Welsh, for example "Rydw i wedi cael llythyr."')
			.max(120, 'situationCy must be short: at most 120 characters')
			.pipe(plainText('situationCy'))
			.optional(),
		picture: z
			.string({ error: 'picture must name a picture from content/data/pictures.yaml' })
			.min(1, 'picture must name a picture from content/data/pictures.yaml'),
	})
	.superRefine(reviewOrder);

const sitePage = z.strictObject({ section: z.literal('site'), ...commonFields }).superRefine(reviewOrder);

const easyReadPage = z
	.strictObject({
		section: z.literal('easy-read'),
		...commonFields,
		checkedWithReaders: z.boolean({
			error: 'checkedWithReaders must be true or false: has this leaflet been checked with readers?',
		}),
		picture: z
			.string({ error: 'picture must name a picture from content/data/pictures.yaml' })
			.min(1, 'picture must name a picture from content/data/pictures.yaml'),
		fullVersion,
	})
	.superRefine(reviewOrder);

const toolkitPage = z
	.strictObject({
		section: z.literal('sgo-toolkit'),
		...commonFields,
		toolkitRole: z.enum(TOOLKIT_ROLES, { error: `toolkitRole must be one of: ${list(TOOLKIT_ROLES)}` }),
		easyReadVersion,
	})
	.superRefine(reviewOrder);

export const activitySchema = z.strictObject({
	title: z.string().trim().min(1, 'each activity needs a title'),
	minutes: z.number({ error: 'minutes must be a whole number' }).int().positive('minutes must be more than 0'),
	section: z.enum(MODULE_SECTIONS, { error: `section must be one of: ${list(MODULE_SECTIONS)}` }),
});

const trainingPage = z
	.strictObject({
		section: z.literal('training'),
		...commonFields,
		moduleId: z
			.string({ error: 'moduleId must look like M01' })
			.regex(/^M\d{2}$/, 'moduleId must be M followed by 2 digits, for example M01'),
		version: z.string({ error: 'version must be a quoted string such as "1.0"' }).min(1),
		durationMinutes: z.number({ error: 'durationMinutes must be a whole number of minutes' }).int().positive(),
		trainingAudience: z
			.array(z.enum(TRAINING_AUDIENCES, { error: `trainingAudience must be some of: ${list(TRAINING_AUDIENCES)}` }))
			.min(1, `trainingAudience needs at least one of: ${list(TRAINING_AUDIENCES)}`),
		learningOutcomes: z
			.array(z.string().trim().min(1), { error: 'learningOutcomes must be a list of at least 3 outcomes' })
			.min(3, 'learningOutcomes needs at least 3 outcomes'),
		prerequisites: z.array(z.string().trim().min(1)).default([]),
		activities: z.array(activitySchema, { error: 'activities must be a list of { title, minutes, section }' }).min(1),
	})
	.superRefine(reviewOrder)
	.superRefine((data, ctx) => {
		if (!Array.isArray(data.activities) || typeof data.durationMinutes !== 'number') return;
		const mismatch = sessionPlanMismatch(data.moduleId, data.durationMinutes, data.activities);
		if (mismatch) ctx.addIssue({ code: 'custom', path: ['activities'], message: mismatch });
	});

/** One schema per section, chosen by the `section` field. */
export const pageSchema = z.discriminatedUnion(
	'section',
	[situationPage, guidancePage, easyReadPage, toolkitPage, trainingPage, sitePage],
	{
		error: (issue) =>
			issue.code === 'invalid_union'
				? `section must be one of: ${list(SECTIONS)} (it must match the folder)`
				: undefined,
	},
);

export type PageData = z.output<typeof pageSchema>;

export const glossarySchema = z.strictObject({
	term: z.string({ error: 'term is required: the word or phrase being defined' }).trim().min(1),
	alsoKnownAs: z
		.array(z.string().trim().min(1), { error: 'alsoKnownAs must be a list of words, for example [SGO, nan]' })
		.default([]),
	definition: z.string({ error: 'definition is required: a plain-English definition' }).trim().min(1),
	easyReadDefinition: z
		.string({ error: 'easyReadDefinition is required: an easy-read definition of 1 or 2 short sentences' })
		.trim()
		.min(1),
	wales: z.string().trim().min(1).optional(),
});

export type GlossaryEntry = z.output<typeof glossarySchema>;
