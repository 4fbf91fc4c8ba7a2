import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { glossarySchema, pageSchema } from './schemas/content.ts';
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
		// Search: the /search/ page and the search dialog (src/client/search-view.ts, src/components/overrides/Search.astro).
		'siteSearch.loading': z.string(),
		'siteSearch.loadFailed': z.string(),
		'siteSearch.searching': z.string(),
		'siteSearch.found': z.string(),
		'siteSearch.foundOne': z.string(),
		'siteSearch.none': z.string(),
		'siteSearch.showingFor': z.string(),
		'siteSearch.searchInstead': z.string(),
		'siteSearch.didYouMean': z.string(),
		'siteSearch.more': z.string(),
		'siteSearch.forWhom': z.string(),
		'siteSearch.startHeading': z.string(),
		'siteSearch.tryWords': z.string(),
		'siteSearch.label': z.string(),
		'siteSearch.audience': z.string(),
		'siteSearch.everyone': z.string(),
		'siteSearch.submit': z.string(),
	})
	.partial();

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
};
