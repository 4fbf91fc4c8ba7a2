import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { glossarySchema, pageSchema } from './schemas/content.ts';
import { englandOnlyEntrySchema, pictureSchema } from './schemas/data.ts';
import { checklistSchema, supportPlanSchema } from './schemas/toolkit.ts';
import { CONTENT_DIR } from './build/paths.ts';

/** The site's own interface words, kept with Starlight's so a Welsh version can be added (src/content/i18n/). */
const uiStrings = z
	.object({
		'quickExit.label': z.string(),
		'quickExit.hint': z.string(),
		'quickExit.pressedOnce': z.string(),
		'quickExit.pressedTwice': z.string(),
		'quickExit.loading': z.string(),
		'quickExit.neutralTitle': z.string(),
		'textSize.label': z.string(),
		'textSize.normal': z.string(),
		'textSize.large': z.string(),
		'textSize.larger': z.string(),
		'leaflet.print': z.string(),
		'leaflet.listen': z.string(),
		'walesNote.title': z.string(),
		'walesNote.easyReadAlt': z.string(),
		'checklist.keep.where': z.string(),
		'checklist.keep.granted': z.string(),
		'checklist.keep.mayDelete': z.string(),
		'checklist.keep.unsupported': z.string(),
		'checklist.keep.memoryOnly': z.string(),
		'checklist.saveError.title': z.string(),
		'checklist.saveError.quota': z.string(),
		'checklist.saveError.blocked': z.string(),
		'checklist.saveError.unavailable': z.string(),
		'checklist.saveError.action': z.string(),
		'checklist.saveError.download': z.string(),
	})
	.partial();

/** A data file in content/data/. The content checks validate each with the same schema first, with line numbers. */
const dataFile = (name: string) => `./${CONTENT_DIR}/data/${name}`;
/** A data file that is one object (not a list or a set of named entries): one entry, named after the file. */
const oneEntry = (id: string) => ({ parser: (text: string) => ({ [id]: parse(text) as Record<string, unknown> }) });

export const collections = {
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	// Every page: content/**/*.md(x), except data folders and files starting with "_".
	docs: defineCollection({
		loader: glob({
			pattern: ['**/[^_]*.{md,mdx}', '!glossary/**', '!data/**'],
			base: CONTENT_DIR === 'content' ? './src/content/docs' : `./${CONTENT_DIR}`,
		}),
		schema: docsSchema({ extend: pageSchema }),
	}),
	// The jargon buster: one YAML file per term, the file name is the term's id.
	glossary: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: `./${CONTENT_DIR}/glossary` }),
		schema: glossarySchema,
	}),
	// content/data/: each file a collection. pictures.yaml is a set of named pictures (the name is the id);
	// england-only.yaml a list of entries with ids; the toolkit's two files one object each.
	pictures: defineCollection({ loader: file(dataFile('pictures.yaml')), schema: pictureSchema }),
	englandOnly: defineCollection({ loader: file(dataFile('england-only.yaml')), schema: englandOnlyEntrySchema }),
	sgoChecklist: defineCollection({
		loader: file(dataFile('sgo-checklist.yaml'), oneEntry('sgo-checklist')),
		schema: checklistSchema,
	}),
	sgoSupportPlan: defineCollection({
		loader: file(dataFile('sgo-support-plan.yaml'), oneEntry('sgo-support-plan')),
		schema: supportPlanSchema,
	}),
};
