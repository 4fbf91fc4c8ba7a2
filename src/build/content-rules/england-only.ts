/**
 * Finding mentions of the England-only instruments of content/data/england-only.yaml
 * in words. A pattern is plain text: not case-sensitive, a space matches any run of
 * spaces and line breaks, and it must not start or end inside a word (so "2016/111"
 * does not match "2016/1110").
 */
import type { EnglandOnlyEntry } from '../../schemas/data.ts';

export type { EnglandOnlyEntry };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression for one plain pattern, global so every match is found. */
export function patternRegExp(pattern: string): RegExp {
	const core = pattern.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
	const before = /^[\p{L}\p{N}]/u.test(pattern.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
	const after = /[\p{L}\p{N}]$/u.test(pattern.trim()) ? '(?![\\p{L}\\p{N}])' : '';
	return new RegExp(`${before}${core}${after}`, 'giu');
}

/**
 * Each pattern's expression, made once: the rules look for the same few dozen patterns in every
 * passage of every page (13% of the content check's time at 1,000 pages went on making them).
 * Global expressions keep a lastIndex, so firstMatch resets it before each use.
 */
const compiled = new Map<string, RegExp>();
function cachedRegExp(pattern: string): RegExp {
	let re = compiled.get(pattern);
	if (!re) compiled.set(pattern, (re = patternRegExp(pattern)));
	re.lastIndex = 0;
	return re;
}

/** The first match of any of the patterns in a text: its offset and the words matched. */
export function firstMatch(text: string, patterns: readonly string[]): { index: number; match: string } | null {
	let best: { index: number; match: string } | null = null;
	for (const pattern of patterns) {
		const m = cachedRegExp(pattern).exec(text);
		if (m && (!best || m.index < best.index)) best = { index: m.index, match: m[0] };
	}
	return best;
}

/** True when the text contains one of the names (as patterns: case and line breaks do not matter). */
export function containsAny(text: string, names: readonly string[]): boolean {
	return firstMatch(text, names) !== null;
}

/** "A" or "B" or "C", for messages. */
export function quotedList(names: readonly string[]): string {
	return names.map((n) => `"${n}"`).join(' or ');
}
