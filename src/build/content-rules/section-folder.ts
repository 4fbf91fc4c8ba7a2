/** A page's section is its folder's: content/guidance/ holds section: guidance, and so on (src/lib/taxonomy.ts). */
import { sectionForPath } from '../../lib/taxonomy.ts';
import type { PageRule } from './types.ts';

export const sectionFolder: PageRule = {
	name: 'section-folder',
	check: (page) => {
		const expected = sectionForPath(page.path);
		if (page.data.section === expected) return [];
		return [
			{
				file: page.file,
				...page.at(['section']),
				field: 'section',
				message: `is "${String(page.data.section)}" but the file is in the ${expected === 'site' ? 'top-level or about/' : `${expected}/`} folder; set section: ${expected}`,
			},
		];
	},
};
