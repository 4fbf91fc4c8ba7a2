/**
 * The site's fixed vocabularies: sections, audiences, jurisdictions and roles.
 * Everything that lists or labels them (schema, doors, badges, search filters)
 * reads from here so the words stay the same everywhere.
 */
/**
 * `situations` holds the step-by-step pages (content/situations/): one per situation a family
 * or a child arrives with ("I have had a letter", "my baby was taken today"). It is a section of
 * its own, not guidance, because its pages have a different job and a different shape: each is
 * a numbered list of what to do, starting today, with its own picture and a short first-person
 * sentence for the "What is happening?" page (/situations/), and search can filter them apart.
 */
export const SECTIONS = ['situations', 'guidance', 'easy-read', 'sgo-toolkit', 'training', 'site'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, string> = {
	situations: 'What is happening? Step by step',
	guidance: 'Guidance',
	'easy-read': 'Easy read',
	'sgo-toolkit': 'Special guardianship toolkit',
	training: 'Judicial training',
	site: 'About this site',
};

export const AUDIENCES = ['families', 'children-and-young-people', 'practitioners', 'judiciary'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
	families: 'Families',
	'children-and-young-people': 'Children and young people',
	practitioners: 'Practitioners',
	judiciary: 'Judges, magistrates and trainers',
};

/** The landing page for each audience door. */
export const AUDIENCE_PATHS: Record<Audience, string> = {
	families: '/families/',
	'children-and-young-people': '/children-and-young-people/',
	practitioners: '/practitioners/',
	judiciary: '/judiciary/',
};

export const JURISDICTIONS = ['england', 'wales', 'both'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
	england: 'England',
	wales: 'Wales',
	both: 'England and Wales',
};
/** The search index's "country" filter: the countries a page applies in (a page for both has both). */
export const COUNTRY_FILTER_VALUES = ['England', 'Wales'] as const;
export const COUNTRY_FILTER: Record<Jurisdiction, readonly (typeof COUNTRY_FILTER_VALUES)[number][]> = {
	england: ['England'],
	wales: ['Wales'],
	both: COUNTRY_FILTER_VALUES,
};

export const TOOLKIT_ROLES = ['practitioner', 'family', 'child'] as const;
export const TRAINING_AUDIENCES = ['judges', 'magistrates', 'legal-advisers'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];
export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
	judges: 'Judges',
	magistrates: 'Magistrates',
	'legal-advisers': 'Legal advisers',
};

/** Training module sections, in the order every module must follow. */
export const MODULE_SECTIONS = [
	'key-messages',
	'law-and-guidance',
	'case-study',
	'discussion-questions',
	'activities',
	'trainer-notes',
	'further-reading',
] as const;
export type ModuleSectionKind = (typeof MODULE_SECTIONS)[number];

/** A plain name for each section kind, used when a module's own heading is not to hand. */
export const MODULE_SECTION_LABELS: Record<ModuleSectionKind, string> = {
	'key-messages': 'Key messages',
	'law-and-guidance': 'The law and guidance',
	'case-study': 'Case study',
	'discussion-questions': 'Discussion questions',
	activities: 'Activities with timings',
	'trainer-notes': 'Trainer notes',
	'further-reading': 'Further reading',
};

/**
 * The section a file must declare, from its folder under content/. Section
 * index pages (index.mdx) and pages at the top level or in about/ are "site"
 * pages: they introduce and list, and have no section-specific fields.
 * Welsh pages (content/cy/) follow the same rule inside cy/.
 */
export function sectionForPath(relativePath: string): Section {
	// A Welsh page (content/cy/…) is the same kind of page as its English twin.
	const parts = relativePath.replace(/^cy\//, '').split('/');
	if (/^index\.mdx?$/.test(parts[parts.length - 1])) return 'site';
	const first = parts[0];
	return (SECTIONS as readonly string[]).includes(first) && first !== 'site' ? (first as Section) : 'site';
}

/** True when a page is for families or for children and young people (its audiences). */
export function isForFamiliesOrChildren(audience: readonly string[]): boolean {
	return audience.some((a) => a === 'families' || a === 'children-and-young-people');
}
