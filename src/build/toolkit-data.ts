/**
 * The special guardianship toolkit's data files: the assessment quality
 * checklist and the support plan template, both in content/data/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { checklistSchema, supportPlanSchema, type Checklist, type SupportPlanTemplate } from '../schemas/toolkit.ts';
import { CONTENT_DIR } from './paths.ts';

export type { Checklist, SupportPlanTemplate };

function load<T>(file: string, schema: z.ZodType<T>): T {
	const path = resolve(process.cwd(), CONTENT_DIR, 'data', file);
	const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(`${CONTENT_DIR}/data/${file} — ${issue.path.join('.')}: ${issue.message}`);
	}
	return result.data;
}

export function loadChecklist(): Checklist {
	const data = load('sgo-checklist.yaml', checklistSchema);
	const seen = new Set<string>();
	for (const item of data.groups.flatMap((g) => g.items)) {
		if (seen.has(item.id))
			throw new Error(
				`${CONTENT_DIR}/data/sgo-checklist.yaml — item id "${item.id}" is used twice; ids must be unique`,
			);
		seen.add(item.id);
	}
	return data;
}

export function loadSupportPlan(): SupportPlanTemplate {
	return load('sgo-support-plan.yaml', supportPlanSchema);
}
