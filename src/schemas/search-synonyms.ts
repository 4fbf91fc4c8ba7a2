/**
 * content/data/search-synonyms.yaml: how families write, in the site's words. Read by the build
 * (src/pages/search-words.json.ts) and shipped with the search data; tested in
 * tests/unit/search-synonyms.test.ts.
 */
import { z } from 'astro/zod';

const phrase = z
	.string()
	.trim()
	.min(1)
	.regex(/^[\p{L}\p{N}' *]+$/u, 'a phrase is plain words in lower case; * stands for one or two words')
	.refine((p) => p === p.toLowerCase(), 'write phrases in lower case');

export const searchSynonymsSchema = z.strictObject({
	synonyms: z
		.array(
			z.strictObject({
				phrases: z.array(phrase, { error: 'phrases: the words people type, for example ["removed my child"]' }).min(1),
				words: z.string({ error: 'words: the site’s words for them, for example "care proceedings"' }).trim().min(1),
				note: z.string().trim().optional(),
			}),
		)
		.min(1),
	register: z.strictObject({
		family: z.array(z.string().trim().min(1)).min(1),
		professional: z.array(z.string().trim().min(1)).min(1),
	}),
	start: z
		.array(
			z.strictObject({
				href: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'href: a path on this site, for example /easy-read/'),
				title: z.string().trim().min(1).optional(),
			}),
		)
		.min(1),
	suggestions: z.array(z.string().trim().min(1)).min(1),
});

export type SearchSynonymsFile = z.output<typeof searchSynonymsSchema>;
