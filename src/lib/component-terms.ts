/**
 * Glossary words that the site's easy-read components write themselves, so that a leaflet's
 * "Words to know" lists them too (the easy-read rule: every hard word used is in the word
 * list). Keep in step with the <Term> ids in FreeAdvice.astro, RightToRemove.astro and Timeline.astro (easyRead): the
 * test tests/unit/component-terms.test.ts reads those files and fails when they differ.
 */
export const COMPONENT_TERMS: Record<string, Record<string, string[]>> = {
	FreeAdvice: {
		parents: ['letter-before-proceedings', 'solicitor'],
		'kinship-carers': ['solicitor', 'legal-aid'],
		children: ['childrens-guardian'],
	},
	RightToRemove: { any: ['solicitor'] },
	Timeline: { any: ['letter-before-proceedings', 'solicitor', 'care-proceedings', 'hearing'] },
};

/** Term ids the components on a page add, from their tags in the body. */
export function componentTermIds(body: string): string[] {
	const ids: string[] = [];
	for (const m of body.matchAll(/<(FreeAdvice|WhoCanHelp|RightToRemove|Timeline)\b([^>]*)>/g)) {
		const component = m[1] === 'WhoCanHelp' ? 'FreeAdvice' : m[1];
		const reader = /\bfor="([^"]+)"/.exec(m[2])?.[1] ?? 'any';
		ids.push(...(COMPONENT_TERMS[component]?.[reader] ?? COMPONENT_TERMS[component]?.any ?? []));
	}
	return ids;
}
