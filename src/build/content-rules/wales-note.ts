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
import { blankRanges, findComponentUses, findContainers, placeAt, shownSource, stripInline } from '../mdx-text.ts';
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

export function checkWalesNote(page: RulePage, instruments: readonly EnglandOnlyEntry[]): ContentProblem[] {
	if (page.data.jurisdiction !== 'both' || !instruments.length) return [];
	const notes = findContainers(page.mdx, 'WalesNote');
	// Mentions inside a Wales note are the note doing its job; MDX comments and code are not shown.
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

export const walesNote: PageRule = {
	name: 'wales-note',
	check: (page, context) => checkWalesNote(page, context.englandOnly),
};
export const walesAside: PageRule = { name: 'wales-aside', check: (page) => checkHandWrittenWalesNote(page) };
export const glossaryWales: GlossaryRule = {
	name: 'glossary-wales',
	check: (entry, context) => checkGlossaryWales(entry, context.englandOnly),
};
