/**
 * The trainer tools' state changes, as pure logic (the <fjg-trainer-tools> element in
 * src/components/training/trainer-tools.ts does the DOM): which section presentation mode
 * shows, what a key press does there, what its controls and status say, and which copy
 * shortcut to name when there is no clipboard.
 */

/** The section shown for this index: kept within the first and last of `count` sections. */
export function clampSection(index: number, count: number): number {
	return Math.min(Math.max(index, 0), Math.max(count - 1, 0));
}

/** Where a presentation starts: the section with this id (from ?present=1#id), else the first. */
export function startSection(ids: readonly string[], id: string | undefined): number {
	return Math.max(0, id ? ids.indexOf(id) : -1);
}

/**
 * What a key moves by in presentation mode: forward with → and Page Down, back with ← and
 * Page Up, nothing (0) for any other key or a combination with Alt, Ctrl or ⌘ (the browser's own).
 */
export function presenterStep(key: {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}): -1 | 0 | 1 {
	if (key.altKey || key.ctrlKey || key.metaKey) return 0;
	if (key.key === 'ArrowRight' || key.key === 'PageDown') return 1;
	if (key.key === 'ArrowLeft' || key.key === 'PageUp') return -1;
	return 0;
}

export interface SlideState {
	/** The section shown, 0-based. */
	index: number;
	/** "Section {number} of {total}: …", 1-based. */
	number: number;
	total: number;
	/** Previous and Next are aria-disabled at the ends (they stay focusable). */
	atFirst: boolean;
	atLast: boolean;
}

/** Presentation mode at this index of `total` sections (kept in range). */
export function slideState(index: number, total: number): SlideState {
	const at = clampSection(index, total);
	return { index: at, number: at + 1, total, atFirst: at === 0, atLast: at === total - 1 };
}

/** Apple's keyboards copy with Command, others with Control. */
export function usesCommandKey(userAgent: string): boolean {
	return /Mac|iPhone|iPad/.test(userAgent);
}
