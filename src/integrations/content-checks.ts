/**
 * Runs the content checks (src/build/content-check.ts) when Astro starts, so an
 * author's mistake stops the build with the file, line and field named.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../build/content-check.ts';
import { CONTENT_DIR } from '../build/paths.ts';
import { reviewStatus } from '../lib/review.ts';

export class ContentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ContentError';
	}
}

export default function contentChecks(): AstroIntegration {
	return {
		name: 'family-justice-guides:content-checks',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const { problems, pages } = checkContent(resolve(root, CONTENT_DIR), root);
				// Content governance: say which pages are due for review soon (the tests fail on overdue ones).
				for (const item of reviewStatus(pages, new Date())) {
					logger.warn(
						`${item.file}: review ${item.overdue ? 'OVERDUE since' : 'due'} ${item.reviewDue} (npm run review lists them all)`,
					);
				}
				if (!problems.length) return;
				const report = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
				const message = `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${report}`;
				if (command === 'dev') {
					// Keep the dev server running so the author can fix and see the page again.
					logger.error(message);
					return;
				}
				throw new ContentError(message);
			},
		},
	};
}
