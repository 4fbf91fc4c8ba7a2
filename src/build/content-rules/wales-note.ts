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
	lineAt,
	maskCode,
	stripInline,
	type ContainerBlock,
} from '../mdx-text.ts';
import { containsAny, firstMatch, quotedList, type EnglandOnlyEntry } from './england-only.ts';
import type { ContentProblem, RuleGlossaryEntry, RulePage } from './types.ts';

const DATA_FILE = 'content/data/england-only.yaml';

/** Where a page first names an instrument: the line in the whole file. */
function firstMention(page: RulePage, body: string, entry: EnglandOnlyEntry): number | null {
	const lines: number[] = [];
	// Front matter a reader sees: the title, the description and the sources' titles.
	for (const field of ['title', 'description'] as const) {
		const value = page.data[field];
		if (typeof value === 'string' && firstMatch(value, entry.patterns)) lines.push(page.lineOf([field]));
	}
	const sources = Array.isArray(page.data.sources) ? (page.data.sources as { title?: unknown }[]) : [];
	sources.forEach((source, i) => {
		if (typeof source?.title === 'string' && firstMatch(source.title, entry.patterns))
			lines.push(page.lineOf(['sources', i, 'title']));
	});
	// The body as written (a link's address counts: a link to SI 2005/1109 names it) and as plain words
	// (so **Special Guardianship** Regulations 2005 is found too). Both keep the body's lines.
	const plain = body
		.split('\n')
		.map((line) => stripInline(line))
		.join('\n');
	for (const text of [body, plain]) {
		const hit = firstMatch(text, entry.patterns);
		if (hit) lines.push(lineAt(text, hit.index) + page.bodyStartLine - 1);
	}
	// A glossary word for it: its pop-up names it even when the words on the page do not.
	const term = findComponentUses(body, 'Term').find((use) => entry.terms.includes(use.attributes.id ?? ''));
	if (term) lines.push(term.line + page.bodyStartLine - 1);
	return lines.length ? Math.min(...lines) : null;
}

/** The Wales passages of a page: <WalesNote> and <ForCountry only="wales">. */
function walesPassages(body: string): ContainerBlock[] {
	const forWales = findContainers(body, 'ForCountry').filter((block) => block.attributes.only === 'wales');
	return [...findContainers(body, 'WalesNote'), ...forWales].sort((a, b) => a.start - b.start);
}

/** MDX comments: not shown to readers. */
function commentRanges(body: string): { start: number; end: number }[] {
	return [...body.matchAll(/\{\/\*[\s\S]*?\*\/\}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function checkWalesNote(page: RulePage, instruments: readonly EnglandOnlyEntry[]): ContentProblem[] {
	if (page.data.jurisdiction !== 'both' || !instruments.length) return [];
	const notes = walesPassages(page.body);
	// Mentions inside a Wales note are the note doing its job; MDX comments and code are not shown.
	const outside = blankRanges(maskCode(page.body), [...notes, ...commentRanges(page.body)]);
	const problems: ContentProblem[] = [];
	for (const entry of instruments) {
		const line = firstMention(page, outside, entry);
		if (line === null) continue;
		if (notes.some((note) => containsAny(note.text, entry.walesNoteNames))) continue;
		const found = notes.length
			? `its <WalesNote> (line ${notes[0].line + page.bodyStartLine - 1}) does not name ${quotedList(entry.walesNoteNames)}`
			: `has no <WalesNote> naming ${quotedList(entry.walesNoteNames)}`;
		problems.push({
			file: page.file,
			line,
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
	const marked = [...walesPassages(page.body), ...findContainers(page.body, 'ForCountry')];
	const outside = blankRanges(maskCode(page.body), [...marked, ...commentRanges(page.body)]);
	const problems: ContentProblem[] = [];
	const seen = new Set<number>();
	outside.split('\n').forEach((text, i) => {
		const line = i + page.bodyStartLine;
		const plain = stripInline(text);
		const termIds = findComponentUses(text, 'Term').map((use) => use.attributes.id ?? '');
		for (const entry of instruments) {
			const named = firstMatch(text, entry.patterns) ?? firstMatch(plain, entry.patterns);
			if (!named && !termIds.some((id) => entry.terms.includes(id))) continue;
			if (seen.has(line)) continue;
			seen.add(line);
			problems.push({
				file: page.file,
				line,
				field: 'Wales',
				message: `names the ${entry.name}, which applies in England only, in a passage for both countries. Put the passage in <ForCountry only="england">…</ForCountry> (import { ForCountry } from '~/components/content'), and say what applies in Wales in <ForCountry only="wales"> or a <WalesNote> (see ${DATA_FILE}, entry ${entry.id})`,
			});
		}
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
		let line: number | null = null;
		if (instrument.terms.includes(entry.id)) line = entry.lineOf(['term']);
		else {
			for (const field of ['term', 'alsoKnownAs', 'definition', 'easyReadDefinition'] as const) {
				const value = entry.data[field];
				const texts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
				const at = texts.findIndex((text) => firstMatch(text, instrument.patterns));
				if (at >= 0) {
					line = entry.lineOf(Array.isArray(value) ? [field, at] : [field]);
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
			line: wales ? entry.lineOf(['wales']) : line,
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
	return findComponentUses(maskCode(page.body), 'Aside')
		.filter((use) => /^\s*In Wales\s*$/i.test(use.attributes.title ?? ''))
		.map((use) => ({
			file: page.file,
			line: use.line + page.bodyStartLine - 1,
			field: 'Wales',
			message:
				'an <Aside title="In Wales"> written by hand: write <WalesNote>…</WalesNote> instead (import { WalesNote } from \'~/components/content\'; on an easy-read page <WalesNote easyRead>), so the Wales checks and the tests find it',
		}));
}

/**
 * A page about England only (jurisdiction: england) says where a reader in Wales should go
 * instead: its `walesPage` (shown at the top of the page by WalesPageLink.astro).
 */
export function checkWalesPage(page: RulePage): ContentProblem[] {
	if (page.data.jurisdiction !== 'england' || typeof page.data.walesPage === 'string') return [];
	return [
		{
			file: page.file,
			line: page.lineOf(['jurisdiction']),
			field: 'walesPage',
			message:
				'is missing: this page is about England only, so say where a reader in Wales should go instead, for example walesPage: /guidance/wales/ (families) or walesPage: /guidance/wales-for-practitioners/ (practitioners)',
		},
	];
}
