/** The special guardianship toolkit's data files (content/data/sgo-checklist.yaml, sgo-support-plan.yaml). */
import { z } from 'astro/zod';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const checklistSchema = z
	.strictObject({
		version: z.number().int().positive(),
		title: z.string().min(1),
		groups: z
			.array(
				z.strictObject({
					id: kebab,
					title: z.string().min(1),
					items: z.array(z.strictObject({ id: kebab, text: z.string().min(1), guidance: z.string().min(1) })).min(1),
				}),
			)
			.min(1),
	})
	.superRefine((checklist, ctx) => {
		// A saved case keeps its ticks by item id, so an id used twice would tick two items.
		const seen = new Set<string>();
		checklist.groups.forEach((group, g) =>
			group.items.forEach((item, i) => {
				if (seen.has(item.id))
					ctx.addIssue({
						code: 'custom',
						path: ['groups', g, 'items', i, 'id'],
						message: `item id "${item.id}" is used twice; ids must be unique`,
					});
				seen.add(item.id);
			}),
		);
	});
export type Checklist = z.output<typeof checklistSchema>;

export const supportPlanSchema = z.strictObject({
	version: z.number().int().positive(),
	title: z.string().min(1),
	sections: z
		.array(z.strictObject({ id: kebab, title: z.string().min(1), prompts: z.array(z.string().min(1)).min(1) }))
		.min(1),
});
export type SupportPlanTemplate = z.output<typeof supportPlanSchema>;
