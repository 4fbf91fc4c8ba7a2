/**
 * Training modules: the seven <ModuleSection kind="…"> sections, each once and in the order of
 * MODULE_SECTIONS (read from the syntax tree, so a tag over several lines counts), and a
 * moduleId of its own for each module (the short links /m/NN/ are made from it).
 */
import { checkSectionOrder } from '../training-module.ts';
import type { PageRule, SiteRule } from './types.ts';

export const moduleSections: PageRule = {
	name: 'module-sections',
	check: (page) =>
		page.data.section !== 'training'
			? []
			: checkSectionOrder(page.mdx).map((problem) => ({
					file: page.file,
					...page.bodyPlace(problem),
					field: 'ModuleSection',
					message: problem.message,
				})),
};

export const moduleIds: SiteRule = {
	name: 'module-id',
	check: (pages) => {
		const seen = new Map<string, string>();
		return pages
			.filter((page) => page.data.section === 'training')
			.flatMap((page) => {
				const id = String(page.data.moduleId);
				const other = seen.get(id);
				if (!other) {
					seen.set(id, page.file);
					return [];
				}
				return [
					{
						file: page.file,
						...page.at(['moduleId']),
						field: 'moduleId',
						message: `${id} is already used by ${other}; give each module its own moduleId (M01, M02, …)`,
					},
				];
			});
	},
};
