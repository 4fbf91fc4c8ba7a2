/**
 * Wales notes. A page for both countries that names a law, regulation,
 * guidance or fund that applies in England only (content/data/england-only.yaml)
 * must tell a reader in Wales what applies to them, in a <WalesNote> that names
 * it (one of the entry's walesNoteNames). A glossary entry that names one needs a
 * `wales` field that does the same or says it is England only: glossary entries
 * show as pop-ups on pages for both countries. The December 2026 legal review
 * found both-country pages citing only the English special guardianship
 * regulations and the England-only support fund.
 */
import {
	blankRanges,
	findComponentUses,
	findContainers,
	placeAt,
	shownSource,
	stripInline,
	type ContainerBlock,
	type MdxSource,
} from '../mdx-text.ts';
import { containsAny, firstMatch, quotedList, type EnglandOnlyEntry } from './england-only.ts';
import type { ContentProblem, GlossaryRule, PageRule, Place, RuleGlossaryEntry, RulePage } from './types.ts';

const DATA_FILE = 'content/data/england-only.yaml';

const earliest = (places: Place[]): Place | null =>
	places.sort((a, b) => a.line - b.line || a.column - b.column)[0] ?? null;

/** Where a page first names an instrument: the line and column in the whole file. */
function firstMention(
	page: RulePage,
	body: string,
	entry: EnglandOnlyEntry,
	hidden: readonly { start: number; end: number }[],
): Place | null {
	const lines: Place[] = [];
	// Front matter a reader sees: the title, the description and the sources' titles.
	for (const field of ['title', 'description'] as const) {
		const value = page.data[field];
		if (typeof value === 'string' && firstMatch(value, entry.patterns)) lines.push(page.at([field]));
	}
	const sources = Array.isArray(page.data.sources) ? (page.data.sources as { title?: unknown }[]) : [];
	sources.forEach((source, i) => {
		if (typeof source?.title === 'string' && firstMatch(source.title, entry.patterns))
			lines.push(page.at(['sources', i, 'title']));
	});
	// The body as written (a link's address counts: a link to SI 2005/1109 names it) and as plain words
	// (so **Special Guardianship** Regulations 2005 is found too). Both keep the body's lines.
	const plain = body
		.split('\n')
		.map((line) => stripInline(line))
		.join('\n');
	for (const text of [body, plain]) {
		const hit = firstMatch(text, entry.patterns);
		if (hit) lines.push(page.bodyPlace(placeAt(text, hit.index)));
	}
	// A glossary word for it: its pop-up names it even when the words on the page do not.
	const term = findComponentUses(page.mdx, 'Term').find(
		(use) => entry.terms.includes(use.attributes.id ?? '') && !inside(use.start, hidden),
	);
	if (term) lines.push(page.bodyPlace(term));
	return earliest(lines);
}

/** The Wales passages of a page: <WalesNote> and <ForCountry only="wales">. */
function walesPassages(source: MdxSource): ContainerBlock[] {
	const forWales = findContainers(source, 'ForCountry').filter((block) => block.attributes.only === 'wales');
	return [...findContainers(source, 'WalesNote'), ...forWales].sort((a, b) => a.start - b.start);
}

export function checkWalesNote(page: RulePage, instruments: readonly EnglandOnlyEntry[]): ContentProblem[] {
	if (page.data.jurisdiction !== 'both' || !instruments.length) return [];
	const notes = walesPassages(page.mdx);
	// Mentions inside a Wales passage are the passage doing its job; MDX comments and code are not shown.
	const outside = blankRanges(shownSource(page.mdx), notes);
	const problems: ContentProblem[] = [];
	for (const entry of instruments) {
		const place = firstMention(page, outside, entry, notes);
		if (place === null) continue;
		if (notes.some((note) => containsAny(note.text, entry.walesNoteNames))) continue;
		const found = notes.length
			? `its <WalesNote> (line ${page.bodyPlace(notes[0]).line}) does not name ${quotedList(entry.walesNoteNames)}`
			: `has no <WalesNote> naming ${quotedList(entry.walesNoteNames)}`;
		problems.push({
			file: page.file,
			...place,
			field: 'Wales',
			message: `names the ${entry.name} (England only) but ${found}. Add a <WalesNote> that says what applies in Wales (see ${DATA_FILE}, entry ${entry.id})`,
		});
	}
	return problems;
}

/**
 * A page for both countries shows each reader their own country first (CountryChoice): so a
 * passage of its body that names an England-only instrument must be marked as England's, in
 * <ForCountry only="england">, or sit in a Wales passage (a <WalesNote> or <ForCountry only="wales">,
 * which may say that the English rules do not apply). One problem for each passage (paragraph
 * or list item), at its line. Front matter (title, sources) is left to checkWalesNote.
 */
export function checkEnglandPassages(page: RulePage, instruments: readonly EnglandOnlyEntry[]): ContentProblem[] {
	if (page.data.jurisdiction !== 'both' || !instruments.length) return [];
	const marked = [...walesPassages(page.mdx), ...findContainers(page.mdx, 'ForCountry')];
	const outside = blankRanges(shownSource(page.mdx), marked);
	// Glossary words outside the marked passages, by body line: a pop-up names what its entry names.
	const termsByLine = new Map<number, string[]>();
	for (const use of findComponentUses(page.mdx, 'Term')) {
		if (inside(use.start, marked)) continue;
		termsByLine.set(use.line, [...(termsByLine.get(use.line) ?? []), use.attributes.id ?? '']);
	}
	const problems: ContentProblem[] = [];
	outside.split('\n').forEach((text, i) => {
		const plain = stripInline(text);
		const termIds = termsByLine.get(i + 1) ?? [];
		const entry = instruments.find(
			(e) =>
				firstMatch(text, e.patterns) || firstMatch(plain, e.patterns) || termIds.some((id) => e.terms.includes(id)),
		);
		if (!entry) return;
		problems.push({
			file: page.file,
			...page.bodyPlace({ line: i + 1, column: Math.max(1, text.search(/\S/) + 1) }),
			field: 'Wales',
			message: `names the ${entry.name}, which applies in England only, in a passage for both countries. Put the passage in <ForCountry only="england">…</ForCountry> (import { ForCountry } from '~/components/content'), and say what applies in Wales in <ForCountry only="wales"> or a <WalesNote> (see ${DATA_FILE}, entry ${entry.id})`,
		});
	});
	return problems;
}

/** A glossary `wales` field may also simply say that the thing is for England only. */
const ENGLAND_ONLY = /\bEngland[\s-]+only\b|\bonly\s+(?:in|for|applies\s+in)\s+England\b/i;

export function checkGlossaryWales(
	entry: RuleGlossaryEntry,
	instruments: readonly EnglandOnlyEntry[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const wales = typeof entry.data.wales === 'string' ? entry.data.wales : '';
	for (const instrument of instruments) {
		let line: Place | null = null;
		if (instrument.terms.includes(entry.id)) line = entry.at(['term']);
		else {
			for (const field of ['term', 'alsoKnownAs', 'definition', 'easyReadDefinition'] as const) {
				const value = entry.data[field];
				const texts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
				const at = texts.findIndex((text) => firstMatch(text, instrument.patterns));
				if (at >= 0) {
					line = entry.at(Array.isArray(value) ? [field, at] : [field]);
					break;
				}
			}
		}
		if (line === null) continue;
		if (wales && (ENGLAND_ONLY.test(wales) || containsAny(wales, instrument.walesNoteNames))) continue;
		const names = quotedList(instrument.walesNoteNames);
		const see = `see ${DATA_FILE}, entry ${instrument.id}`;
		problems.push({
			file: entry.file,
			...(wales ? entry.at(['wales']) : line),
			field: 'wales',
			message: wales
				? `does not say that the ${instrument.name}, which this entry names, is England only, and does not name ${names}. Say "England only" or what applies in Wales (${see})`
				: `is missing, but this entry names the ${instrument.name}, which applies in England only. Add wales: "…" saying it is England only or what applies in Wales, naming ${names} (${see})`,
		});
	}
	return problems;
}

/**
 * A Wales note written by hand as <Aside title="In Wales"> is not seen by the Wales
 * rule or by the built-site tests (they look for data-wales-note): write <WalesNote>.
 */
export function checkHandWrittenWalesNote(page: RulePage): ContentProblem[] {
	return findComponentUses(page.mdx, 'Aside')
		.filter((use) => /^\s*In Wales\s*$/i.test(use.attributes.title ?? ''))
		.map((use) => ({
			file: page.file,
			...page.bodyPlace(use),
			field: 'Wales',
			message:
				'an <Aside title="In Wales"> written by hand: write <WalesNote>…</WalesNote> instead (import { WalesNote } from \'~/components/content\'; on an easy-read page <WalesNote easyRead>), so the Wales checks and the tests find it',
		}));
}

const inside = (offset: number, ranges: readonly { start: number; end: number }[]) =>
	ranges.some((r) => offset >= r.start && offset < r.end);

/**
 * A page about England only (jurisdiction: england) says where a reader in Wales should go
 * instead: its `walesPage` (shown at the top of the page by WalesPageLink.astro).
 */
export function checkWalesPage(page: RulePage): ContentProblem[] {
	if (page.data.jurisdiction !== 'england' || typeof page.data.walesPage === 'string') return [];
	return [
		{
			file: page.file,
			...page.at(['jurisdiction']),
			field: 'walesPage',
			message:
				'is missing: this page is about England only, so say where a reader in Wales should go instead, for example walesPage: /guidance/wales/ (families) or walesPage: /guidance/wales-for-practitioners/ (practitioners)',
		},
	];
}

export const walesNote: PageRule = {
	name: 'wales-note',
	check: (page, context) => checkWalesNote(page, context.englandOnly),
};
export const walesPassage: PageRule = {
	name: 'wales-passage',
	check: (page, context) => checkEnglandPassages(page, context.englandOnly),
};
export const walesAside: PageRule = { name: 'wales-aside', check: (page) => checkHandWrittenWalesNote(page) };
export const walesPageRule: PageRule = { name: 'wales-page', check: (page) => checkWalesPage(page) };
export const glossaryWales: GlossaryRule = {
	name: 'glossary-wales',
	check: (entry, context) => checkGlossaryWales(entry, context.englandOnly),
};
