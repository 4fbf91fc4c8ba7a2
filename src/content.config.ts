import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { glossarySchema, pageSchema } from './lib/schema.ts';
import { CONTENT_DIR } from './lib/paths.ts';

export const collections = {
	// Every page: content/**/*.md(x), except data folders and files starting with "_".
	docs: defineCollection({
		loader: glob({ pattern: ['**/[^_]*.{md,mdx}', '!glossary/**', '!data/**'], base: CONTENT_DIR === 'content' ? './src/content/docs' : `./${CONTENT_DIR}` }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	// The jargon buster: one YAML file per term, the file name is the term's id.
	glossary: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: `./${CONTENT_DIR}/glossary` }),
		schema: glossarySchema,
	}),
};
