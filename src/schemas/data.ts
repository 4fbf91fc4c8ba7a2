/**
 * The data files in content/data/ other than the toolkit's (src/schemas/toolkit.ts): the
 * easy-read pictures and the England-only list. Astro loads each as a content collection
 * with these schemas (src/content.config.ts); the content checks validate the same files with
 * the same schemas before the build, with the line of each problem (src/build/data-files.ts).
 */
import { z } from 'astro/zod';

/**
 * content/data/pictures.yaml: each easy-read picture's name (the key, used as picture="…"),
 * its OpenMoji pictogram and its description for screen readers.
 */
export const pictureSchema = z.strictObject({
	openmoji: z
		.string({
			error:
				'openmoji is required: the OpenMoji code of the pictogram, for example 1F4E8 (see node_modules/openmoji/color/svg/)',
		})
		.regex(
			/^[0-9A-F]{4,6}(?:-[0-9A-F]{4,6})*$/,
			'openmoji must be an OpenMoji code in capitals, for example 1F4E8 or 1F468-200D-1F469',
		),
	alt: z
		.string({ error: 'alt is required: what the picture shows, in a few plain words, for people who cannot see it' })
		.trim()
		.min(1, 'alt is required: what the picture shows, in a few plain words'),
});

export const picturesSchema = z.record(
	z
		.string()
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'a picture name is lower case letters and digits with hyphens, for example court-building',
		),
	pictureSchema,
	{ error: 'pictures.yaml must be a set of pictures: name: { openmoji: …, alt: … }' },
);

export type Picture = z.output<typeof pictureSchema>;

/**
 * content/data/england-only.yaml: laws, regulations, guidance and funds that
 * apply in England only. A page for both countries that names one needs a
 * <WalesNote> saying what applies in Wales (src/build/content-rules/wales-note.ts).
 */
export const englandOnlyEntrySchema = z.strictObject({
	id: z
		.string({
			error: 'id is required: a short name for the entry, in lower case with hyphens, for example si-2005-1109',
		})
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'id must be lower case letters and digits with hyphens, for example si-2005-1109',
		),
	name: z
		.string({ error: 'name is required: the full name of the instrument, as messages show it' })
		.trim()
		.min(1, 'name is required: the full name of the instrument'),
	patterns: z
		.array(z.string().trim().min(3, 'each pattern needs at least 3 characters, or it will match ordinary words'), {
			error:
				'patterns must be a list of plain words that identify a mention, for example ["SI 2005/1109", "Special Guardianship Regulations 2005"]',
		})
		.min(1, 'patterns needs at least one plain string that identifies a mention'),
	terms: z
		.array(z.string().trim().min(1), {
			error: 'terms must be a list of glossary ids, for example [adoption-and-special-guardianship-support-fund]',
		})
		.default([]),
	walesNoteNames: z
		.array(z.string().trim().min(3, 'each Wales note name needs at least 3 characters'), {
			error: 'walesNoteNames must be a list of names, at least one of which a Wales note must contain',
		})
		.min(1, 'walesNoteNames needs at least one name that a Wales note must contain'),
	source: z
		.string({ error: 'source is required: a url or citation saying why this applies in England only' })
		.trim()
		.min(1, 'source is required: a url or citation saying why this applies in England only'),
});

export const englandOnlySchema = z
	.array(englandOnlyEntrySchema, {
		error: 'england-only.yaml must be a list of entries: - id, name, patterns, walesNoteNames, source',
	})
	.superRefine((entries, ctx) => {
		const seen = new Set<string>();
		entries.forEach((entry, i) => {
			if (seen.has(entry.id))
				ctx.addIssue({
					code: 'custom',
					path: [i, 'id'],
					message: `${entry.id} is used twice; give each entry its own id`,
				});
			seen.add(entry.id);
		});
	});

export type EnglandOnlyEntry = z.output<typeof englandOnlyEntrySchema>;
