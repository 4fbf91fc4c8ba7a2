/**
 * The quick exit's keyboard shortcut, as pure logic: Shift pressed 3 times, following
 * GOV.UK Frontend's "Exit this page". Escape is not used: readers press it to close the
 * search, a glossary pop-up or a presentation, and must not be thrown off the site for it.
 *
 * Shift counts only when it is pressed on its own: not to type a capital letter, not as
 * part of a combination (Ctrl+Shift+T), and not if another key went down while it was held
 * (which GOV.UK's keyup-only check misses when Shift is let go before the letter). Any other
 * key, or a click, starts the count again. The presses must follow each other within
 * SHIFT_TIMEOUT_MS; as in GOV.UK, each press gives another 5 seconds for the next.
 */

/** Where the quick exit goes: a neutral website, the one GOV.UK uses. */
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
export const SHIFT_PRESSES = 3;

/** The i18n keys <fjg-quick-exit> reads from its data-strings (QuickExit.astro renders them). */
export const QUICK_EXIT_KEYS = [
	'quickExit.pressedOnce',
	'quickExit.pressedTwice',
	'quickExit.loading',
	'quickExit.neutralTitle',
] as const;
export type QuickExitKey = (typeof QUICK_EXIT_KEYS)[number];
export const SHIFT_TIMEOUT_MS = 5000;

export interface ShiftCount {
	/** Shift presses counted so far, 0 to SHIFT_PRESSES - 1. */
	readonly presses: number;
	/** When the last press was counted (ms, any clock), for the time limit. */
	readonly lastPress: number;
	/** Shift is held down and nothing else has been pressed since: letting it go counts. */
	readonly shiftAlone: boolean;
}

/** What the page saw: a key going down or up, anything else (a click), or time passing. */
export type QuickExitInput =
	| { type: 'keydown' | 'keyup'; key: string; time: number; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }
	| { type: 'other'; time: number }
	| { type: 'time'; time: number };

export interface ShiftStep {
	state: ShiftCount;
	/** The third press: leave the site now. */
	leave: boolean;
}

export const NO_PRESSES: ShiftCount = Object.freeze({ presses: 0, lastPress: 0, shiftAlone: false });

/** Presses still needed to leave (SHIFT_PRESSES when none has been counted). */
export function pressesLeft(state: ShiftCount): number {
	return SHIFT_PRESSES - state.presses;
}

/** The count after `input`. */
export function countShift(state: ShiftCount, input: QuickExitInput): ShiftStep {
	// Too long since the last press: that count is over, whatever happens now.
	const current =
		state.presses > 0 && input.time - state.lastPress >= SHIFT_TIMEOUT_MS ? { ...state, presses: 0 } : state;
	const stay = (next: ShiftCount): ShiftStep => ({ state: next, leave: false });

	if (input.type === 'time') return stay(current);
	if (input.type === 'other') return stay({ ...current, presses: 0, shiftAlone: false });

	const isShift = input.key === 'Shift';
	if (input.type === 'keydown') {
		if (!isShift) return stay({ ...current, presses: 0, shiftAlone: false });
		// (A held Shift repeats its keydown: still one press, counted when it is let go.)
		return stay({ ...current, shiftAlone: !(input.ctrlKey || input.altKey || input.metaKey) });
	}

	// keyup: only letting go of a Shift that was pressed on its own counts.
	if (!isShift || !current.shiftAlone) return stay({ ...current, shiftAlone: false });
	const presses = current.presses + 1;
	if (presses >= SHIFT_PRESSES) return { state: NO_PRESSES, leave: true };
	return stay({ presses, lastPress: input.time, shiftAlone: false });
}
