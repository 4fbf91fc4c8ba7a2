import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { glossarySchema, pageSchema } from './schemas/content.ts';
import { englandOnlyEntrySchema, pictureSchema } from './schemas/data.ts';
import { helpLineSchema } from './schemas/help-lines.ts';
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
		// LeafletTools.astro's <fjg-leaflet-tools>: listening
		'leaflet.pause': z.string(),
		'leaflet.stop': z.string(),
		'leaflet.carryOn': z.string(),
		'leaflet.reading': z.string(),
		'leaflet.paused': z.string(),
		'leaflet.stopped': z.string(),
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
		// The trainer tools (<fjg-trainer-tools>, ModuleHeader.astro) and the support plan's download
		'trainer.toolsLabel': z.string(),
		'trainer.present': z.string(),
		'trainer.printHandout': z.string(),
		'trainer.printTrainer': z.string(),
		'trainer.showQr': z.string(),
		'trainer.forModule': z.string(),
		'trainer.forSection': z.string(),
		'trainer.copyLink': z.string(),
		'trainer.linkCopied': z.string(),
		'trainer.linkLabel': z.string(),
		'trainer.linkSelected': z.string(),
		'trainer.keysCommand': z.string(),
		'trainer.keysControl': z.string(),
		'trainer.qrHeading': z.string(),
		'trainer.scanToOpen': z.string(),
		'trainer.close': z.string(),
		'trainer.presentation': z.string(),
		'trainer.controls': z.string(),
		'trainer.previous': z.string(),
		'trainer.next': z.string(),
		'trainer.section': z.string(),
		'trainer.exit': z.string(),
		'trainer.keys': z.string(),
		'trainer.status': z.string(),
		'supportPlan.print': z.string(),
		'supportPlan.download': z.string(),
		'supportPlan.downloading': z.string(),
		// The assessment checklist's client code (src/components/content/assessment-checklist.ts; the list is CHECKLIST_STRING_KEYS in src/lib/checklist-strings.ts).
		'checklist.notice.migrated': z.string(),
		'checklist.notice.indexProblem': z.string(),
		'checklist.notice.unreadable': z.string(),
		'checklist.notice.importMigrated': z.string(),
		'checklist.problem.title': z.string(),
		'checklist.problem.unreadableTitle': z.string(),
		'checklist.problem.unreadableMessage': z.string(),
		'checklist.problem.downloadDamaged': z.string(),
		'checklist.problem.reset': z.string(),
		'checklist.picker.unreadable': z.string(),
		'checklist.progress.item': z.string(),
		'checklist.progress.items': z.string(),
		'checklist.progress.group': z.string(),
		'checklist.progress.tick': z.string(),
		'checklist.printHeading': z.string(),
		'checklist.unknown.introOne': z.string(),
		'checklist.unknown.introMany': z.string(),
		'checklist.unknown.ticked': z.string(),
		'checklist.unknown.notTicked': z.string(),
		'checklist.unknown.withNote': z.string(),
		'checklist.describe.none': z.string(),
		'checklist.describe.unreadable': z.string(),
		'checklist.describe.shown': z.string(),
		'checklist.error': z.string(),
		'checklist.label.empty': z.string(),
		'checklist.label.tooLong': z.string(),
		'checklist.label.exists': z.string(),
		'checklist.dialog.cancel': z.string(),
		'checklist.create.done': z.string(),
		'checklist.rename.title': z.string(),
		'checklist.rename.message': z.string(),
		'checklist.rename.button': z.string(),
		'checklist.rename.field': z.string(),
		'checklist.rename.done': z.string(),
		'checklist.delete.title': z.string(),
		'checklist.delete.message': z.string(),
		'checklist.delete.button': z.string(),
		'checklist.delete.done': z.string(),
		'checklist.reset.title': z.string(),
		'checklist.reset.message': z.string(),
		'checklist.reset.button': z.string(),
		'checklist.reset.done': z.string(),
		'checklist.removeUnknown.title': z.string(),
		'checklist.removeUnknown.messageOne': z.string(),
		'checklist.removeUnknown.messageMany': z.string(),
		'checklist.removeUnknown.button': z.string(),
		'checklist.removeUnknown.done': z.string(),
		'checklist.download.markdown': z.string(),
		'checklist.download.json': z.string(),
		'checklist.import.failed': z.string(),
		'checklist.import.nothingChanged': z.string(),
		'checklist.import.tooBig': z.string(),
		'checklist.import.unreadable': z.string(),
		'checklist.import.existsTitle': z.string(),
		'checklist.import.existsMessage': z.string(),
		'checklist.import.asNew': z.string(),
		'checklist.import.replace': z.string(),
		'checklist.import.cancelled': z.string(),
		'checklist.import.replaced': z.string(),
		'checklist.import.done': z.string(),
		// Timeline, HelpLines and the easy-read / full version links (issue 18: wt-timeline).
		'timeline.label': z.string(),
		'pairing.easyReadVersion': z.string(),
		'pairing.fullVersion': z.string(),
		'helpLines.title': z.string(),
		'helpLines.call': z.string(),
		'helpLines.hours': z.string(),
		'helpLines.forWhom': z.string(),
		'helpLines.checked': z.string(),
		'helpLines.legalTitle': z.string(),
		// Wales: WalesPageLink, CountryChoice, ForCountry, the Welsh pages' check notice and fallback pages (issue 19).
		'walesPage.lead': z.string(),
		'country.question': z.string(),
		'country.england': z.string(),
		'country.wales': z.string(),
		'country.showingEngland': z.string(),
		'country.showingWales': z.string(),
		'country.notSaved': z.string(),
		'country.forget': z.string(),
		'country.forgotten': z.string(),
		'country.walesOnPage': z.string(),
		'forCountry.england': z.string(),
		'forCountry.wales': z.string(),
		'welsh.unchecked': z.string(),
		'welsh.checked': z.string(),
		'fallback.notice': z.string(),
		'fallback.link': z.string(),
		'language.otherLink': z.string(),
		// StepByStep and Step (src/components/content/): the list's name and each step's number for screen readers.
		'stepByStep.label': z.string(),
		'stepByStep.step': z.string(),
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
	// Help lines and advice links: the one place a phone number is kept (HelpLines.astro shows them).
	helpLines: defineCollection({ loader: file(dataFile('help-lines.yaml')), schema: helpLineSchema }),
};
