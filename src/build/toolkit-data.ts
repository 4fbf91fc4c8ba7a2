/**
 * The special guardianship toolkit's data files, the assessment quality checklist and
 * the support plan template (content/data/), for Node-only code and tests. Inside Astro,
 * components read them from their collections (sgoChecklist, sgoSupportPlan in
 * src/content.config.ts); both validate with the same schemas (src/schemas/toolkit.ts).
 */
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { checklistSchema, supportPlanSchema, type Checklist, type SupportPlanTemplate } from '../schemas/toolkit.ts';
import { formatProblem } from './problem.ts';
import { readDataFile } from './data-files.ts';
import { CONTENT_DIR } from './paths.ts';

export type { Checklist, SupportPlanTemplate };

function load<T>(file: string, schema: z.ZodType<T>): T {
	const name = `${CONTENT_DIR}/data/${file}`;
	const result = readDataFile(resolve(process.cwd(), name), name, schema, 'restore it from git');
	if (result.data === undefined) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.data;
}

export function loadChecklist(): Checklist {
	return load('sgo-checklist.yaml', checklistSchema);
}

export function loadSupportPlan(): SupportPlanTemplate {
	return load('sgo-support-plan.yaml', supportPlanSchema);
}
