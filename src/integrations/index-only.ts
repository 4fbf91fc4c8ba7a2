/**
 * After Starlight has built the Pagefind index (its own astro:build:done hook, which runs
 * before this one: integrations run in the order of astro.config.mjs), removes from every page
 * the markup only the indexer needs (src/lib/index-only.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/html-files.ts';
import { stripIndexOnly } from '../lib/index-only.ts';

export default function indexOnly(): AstroIntegration {
	return {
		name: 'family-justice-guides:index-only',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				if (!existsSync(join(root, 'pagefind', 'pagefind-entry.json'))) {
					throw new Error('index-only: dist/pagefind/ is missing. This integration must come after starlight() in astro.config.mjs, which builds the search index first.');
				}
				let changed = 0;
				for (const file of htmlFiles(root)) {
					const html = readFileSync(file, 'utf8');
					const stripped = stripIndexOnly(html);
					if (stripped !== html) {
						writeFileSync(file, stripped);
						changed++;
					}
				}
				logger.info(`removed index-only markup from ${changed} pages`);
			},
		},
	};
}
