/** Every <Term id="…"> names a glossary entry (content/glossary/<id>.yaml): its pop-up shows that entry. */
import { findTermUses } from '../mdx-text.ts';
import type { PageRule } from './types.ts';

export const glossaryTerms: PageRule = {
	name: 'glossary-terms',
	check: (page, { glossaryIds }) =>
		findTermUses(page.mdx)
			.filter((use) => !glossaryIds.has(use.id))
			.map((use) => ({
				file: page.file,
				...page.bodyPlace(use),
				field: 'Term',
				message: `the term "${use.id}" has no glossary entry; add content/glossary/${use.id}.yaml or use an existing id`,
			})),
};
