/**
 * Where each glossary term lives. The A to Z (/glossary/) lists every word by
 * name; the meanings are on one page per starting letter (/glossary/c/), each
 * entry with its stable anchor, the term's file name: /glossary/c/#care-order.
 * Every link to a term is made here, so the rule is in one place.
 */

export interface GlossaryTermRef {
	/** The term's id: its file name in content/glossary/ without .yaml. */
	id: string;
	/** The word or phrase, for example "Care order". */
	term: string;
}

/** The address of the A to Z. */
export const GLOSSARY_PATH = '/glossary/';

/**
 * The letter page a term belongs to: the first letter of the word itself (not
 * of its id), without accents, in lower case. Words that do not start with a
 * letter (a number, say) go on the page "0-9".
 */
export function glossaryLetter(term: string): string {
	const first = term.trim().normalize('NFD').charAt(0).toLowerCase();
	return /^[a-z]$/.test(first) ? first : '0-9';
}

/** How a letter page's letter is shown: "C", or "0–9". */
export function letterLabel(letter: string): string {
	return letter === '0-9' ? '0–9' : letter.toUpperCase();
}

/** The address of a letter page: /glossary/c/. */
export function glossaryLetterPath(letter: string): string {
	return `${GLOSSARY_PATH}${letter}/`;
}

/** The address of a term's entry: /glossary/c/#care-order. */
export function glossaryHref(entry: GlossaryTermRef): string {
	return `${glossaryLetterPath(glossaryLetter(entry.term))}#${entry.id}`;
}

/** Terms sorted A to Z (English collation), grouped by letter page, in order. */
export function glossaryGroups<T extends GlossaryTermRef>(
	terms: readonly T[],
): { letter: string; label: string; terms: T[] }[] {
	const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
	const groups = new Map<string, T[]>();
	for (const t of sorted) {
		const letter = glossaryLetter(t.term);
		const group = groups.get(letter);
		if (group) group.push(t);
		else groups.set(letter, [t]);
	}
	return [...groups.keys()]
		.sort((a, b) => (a === '0-9' ? -1 : b === '0-9' ? 1 : a.localeCompare(b)))
		.map((letter) => ({ letter, label: letterLabel(letter), terms: groups.get(letter)! }));
}

/** The first sentence of a text: up to the first full stop, question or exclamation mark before a capital letter. */
export function firstSentence(text: string): string {
	const end = /[.!?](?=\s+[A-Z])/.exec(text);
	return end ? text.slice(0, end.index + 1) : text;
}

/**
 * What the pop-up beside a glossary word in running text says: a hint, with the full entry one
 * tap away. On easy-read pages, the easy-read meaning; elsewhere, the first sentence of the
 * definition (a pop-up of a whole paragraph is hard to read, and every page carried each one).
 */
export function tipText(entry: { definition: string; easyReadDefinition: string }, easyRead: boolean): string {
	return easyRead ? entry.easyReadDefinition : firstSentence(entry.definition);
}
