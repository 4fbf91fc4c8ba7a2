/**
 * The front matter reference in docs/authoring.md, generated from the schema so the
 * two never drift apart. `npm run docs:schema` rewrites that block; a
 * unit test fails when it is out of date.
 */
import { pageSchema, glossarySchema } from '../schemas/content.ts';
import type { z } from 'astro/zod';

/** What each field is for. A test fails if a schema field has no help here. */
export const FIELD_HELP: Record<string, string> = {
	title: 'Page title, in plain words (Starlight).',
	section: 'Which kind of page: must match the folder (`site` for index pages, top-level and about/ pages).',
	description: 'One sentence, at most 160 characters; shown in search results.',
	audience: 'List of one or more of: `families`, `children-and-young-people`, `practitioners`, `judiciary`.',
	jurisdiction: '`england`, `wales` or `both`.',
	lastReviewed: 'Date last reviewed, `YYYY-MM-DD`.',
	reviewDue: 'Date the next review is due, `YYYY-MM-DD`, after `lastReviewed`.',
	readers:
		'Optional, for free-advice wording: some of `parents`, `kinship-carers`, `children`. Defaults from `toolkitRole` and `audience`; set it on a page for relatives and friends.',
	sources:
		'At least one `{ title, publisher, year, url?, madeTextWhy? }`; `year` is a number or `"n.d."`; `url` must be https. A legislation.gov.uk `url` links the latest text (`…/contents`), not the text as made (`…/made`), unless `madeTextWhy` says why.',
	walesPage:
		'Required when `jurisdiction: england`: the site path a reader in Wales should go to instead, for example `/guidance/wales-for-practitioners/`; shown at the top of the page.',
	searchTerms:
		'Optional: words people search with that the page seldom uses (search only, never shown), for example `[Cymru, Cafcass Cymru]`; on Welsh pages the mutated forms of key words.',
	welshCheckedBy:
		'A Welsh page (`content/cy/`): who checked the Welsh (a name or role). Until it and `welshCheckedOn` are set the page says its Welsh has not been checked.',
	welshCheckedOn: 'A Welsh page: the date its Welsh was checked, `YYYY-MM-DD`.',
	checkedWithReaders: '`true` only when the leaflet has been checked with easy-read readers.',
	picture:
		'A picture name from `content/data/pictures.yaml`, shown in the leaflet index (easy read) or on the "What is happening?" page (situations).',
	situation:
		'One short, plain sentence in the reader\'s words ("I have had a letter before proceedings."), shown with the picture on the "What is happening?" page.',
	situationCy:
		'The `situation` sentence in Welsh (faithful, no added facts), shown on the Welsh "What is happening?" page (`/cy/situations/`), which links to this English page. Required on every step page while a Welsh page shows `<SituationList />`.',
	toolkitRole: '`practitioner`, `family` or `child`.',
	easyReadVersion:
		'Optional: the easy-read leaflet of this page, as its path under `content/` without `.mdx` (`easy-read/section-20`). The leaflet must name this page back in `fullVersion`; both pages then link to each other.',
	fullVersion:
		'Optional: the full guidance or toolkit page of this leaflet (`guidance/section-20-agreeing-to-care`). That page must name this leaflet back in `easyReadVersion`.',
	moduleId: '`M01`, `M02`, … unique across modules.',
	version: 'Module version, quoted, for example `"1.0"`.',
	durationMinutes: 'Length of the session in minutes; must equal the sum of `activities[].minutes`.',
	trainingAudience: 'One or more of `judges`, `magistrates`, `legal-advisers`.',
	learningOutcomes: 'At least 3 outcomes.',
	prerequisites: 'Optional list, for example `["None"]`.',
	activities: 'The session plan: `{ title, minutes, section }`, `section` being a module section kind.',
	term: 'The word or phrase, in sentence case.',
	alsoKnownAs: 'Abbreviations and everyday words people search with (SGO, s20, nan).',
	definition: 'Plain-English definition.',
	easyReadDefinition: 'Easy-read definition: 1 or 2 short sentences.',
	wales:
		'Optional: how it differs in Wales. Required when the entry names something in `content/data/england-only.yaml`: name what applies in Wales or say it is England only.',
};

type AnyObject = z.ZodObject<Record<string, z.ZodType>>;

function fields(schema: AnyObject): { name: string; required: boolean }[] {
	return Object.entries(schema.shape).map(([name, field]) => ({
		name,
		required: !(field as z.ZodType).safeParse(undefined).success,
	}));
}

export function sectionFields(): Map<string, { name: string; required: boolean }[]> {
	const out = new Map<string, { name: string; required: boolean }[]>();
	for (const option of pageSchema.options as unknown as AnyObject[]) {
		const section = (option.shape.section as unknown as z.ZodLiteral<string>).value;
		out.set(section, fields(option));
	}
	return out;
}

export function glossaryFields(): { name: string; required: boolean }[] {
	return fields(glossarySchema as unknown as AnyObject);
}

function table(rows: { name: string; required: boolean }[]): string {
	return [
		'| Field | Required | What it is |',
		'| --- | --- | --- |',
		...rows.map((r) => `| \`${r.name}\` | ${r.required ? 'yes' : 'no'} | ${FIELD_HELP[r.name] ?? ''} |`),
	].join('\n');
}

const FOLDERS: Record<string, string> = {
	situations: '`content/situations/` (step by step)',
	guidance: '`content/guidance/`',
	'easy-read': '`content/easy-read/`',
	'sgo-toolkit': '`content/sgo-toolkit/`',
	training: '`content/training/`',
	site: 'top level of `content/`, `content/about/`, and every `index.mdx`',
};

export function schemaReference(): string {
	const parts: string[] = [];
	for (const [section, rows] of sectionFields()) {
		parts.push(`#### \`section: ${section}\` — ${FOLDERS[section] ?? section}\n\n${table(rows)}`);
	}
	parts.push(`#### Glossary term — \`content/glossary/<id>.yaml\`\n\n${table(glossaryFields())}`);
	return parts.join('\n\n');
}

export const START = '<!-- schema-reference:start (generated by npm run docs:schema; do not edit by hand) -->';
export const END = '<!-- schema-reference:end -->';

export function replaceReference(readme: string): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`docs/authoring.md needs the markers ${START} and ${END}`);
	return `${readme.slice(0, start + START.length)}\n${schemaReference()}\n${readme.slice(end)}`;
}
