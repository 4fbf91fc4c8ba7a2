/**
 * The support plan template as a Markdown text file, to fill in on a computer.
 * Pure TypeScript: the page passes in the template (from a data attribute).
 */
import { escapeMarkdownLine } from './markdown-text.ts';

export interface SupportPlanDefinition {
	title: string;
	sections: { id: string; title: string; prompts: string[] }[];
}

export const SUPPORT_PLAN_FILE_NAME = 'special-guardianship-support-plan.md';

/** The i18n keys <fjg-support-plan> reads from its data-strings (SupportPlanTemplate.astro renders them). */
export const SUPPORT_PLAN_KEYS = ['supportPlan.downloading'] as const;
export type SupportPlanKey = (typeof SUPPORT_PLAN_KEYS)[number];

/** Checks data read from the page before use (it is the page's own, but it is still parsed from text). */
export function isSupportPlan(value: unknown): value is SupportPlanDefinition {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		typeof v.title === 'string' &&
		Array.isArray(v.sections) &&
		v.sections.every(
			(s: unknown) =>
				typeof s === 'object' &&
				s !== null &&
				typeof (s as Record<string, unknown>).title === 'string' &&
				Array.isArray((s as Record<string, unknown>).prompts) &&
				((s as Record<string, unknown>).prompts as unknown[]).every((p) => typeof p === 'string'),
		)
	);
}

export function supportPlanToMarkdown(plan: SupportPlanDefinition): string {
	const out: string[] = [
		`# ${escapeMarkdownLine(plan.title)}`,
		'',
		'- Child:',
		'- Special guardians:',
		'- Local authority and named worker:',
		'- Date of this plan:',
		'',
		'Answer the prompts in each section. Write your answer under "Answer:".',
	];
	plan.sections.forEach((section, i) => {
		out.push('', `## ${i + 1}. ${escapeMarkdownLine(section.title)}`, '');
		for (const prompt of section.prompts) out.push(`- ${escapeMarkdownLine(prompt)}`);
		out.push('', 'Answer:', '', '');
	});
	return `${out.join('\n').trimEnd()}\n`;
}
