import { describe, expect, it } from 'vitest';
import {
	countShift,
	NO_PRESSES,
	pressesLeft,
	SHIFT_PRESSES,
	SHIFT_TIMEOUT_MS,
	type QuickExitInput,
	type ShiftCount,
} from '../../src/lib/quick-exit.ts';

type Key = Omit<Extract<QuickExitInput, { key: string }>, 'type' | 'time'>;
const down = (key: string, time: number, more: Partial<Key> = {}): QuickExitInput => ({
	type: 'keydown',
	key,
	time,
	...more,
});
const up = (key: string, time: number, more: Partial<Key> = {}): QuickExitInput => ({
	type: 'keyup',
	key,
	time,
	...more,
});
/** Shift pressed and let go on its own, at `time`. */
const shift = (time: number): QuickExitInput[] => [down('Shift', time), up('Shift', time + 80)];
/** A capital letter typed as people type it: Shift held, the letter, then both let go. */
const capital = (letter: string, time: number): QuickExitInput[] => [
	down('Shift', time),
	down(letter, time + 40),
	up(letter, time + 90),
	up('Shift', time + 120),
];

/** Runs the inputs in order: the last state, whether it said to leave, and at which input. */
function run(inputs: QuickExitInput[], from: ShiftCount = NO_PRESSES) {
	let state = from;
	for (const [i, input] of inputs.entries()) {
		const step = countShift(state, input);
		state = step.state;
		if (step.leave) return { state, leave: true, at: i };
	}
	return { state, leave: false, at: -1 };
}

describe('countShift (the quick exit shortcut)', () => {
	it('leaves on the third Shift press, when it is let go', () => {
		const inputs = [...shift(0), ...shift(500), ...shift(1000)];
		const result = run(inputs);
		expect(result.leave).toBe(true);
		expect(result.at).toBe(inputs.length - 1);
		expect(SHIFT_PRESSES).toBe(3);
	});

	it('counts down the presses left: 2 after the first, 1 after the second', () => {
		const once = run(shift(0)).state;
		expect(pressesLeft(once)).toBe(2);
		const twice = run(shift(400), once).state;
		expect(pressesLeft(twice)).toBe(1);
		expect(pressesLeft(NO_PRESSES)).toBe(3);
	});

	it('does not count Shift used to type capital letters', () => {
		const result = run([...capital('S', 0), ...capital('G', 300), ...capital('O', 600), ...capital('K', 900)]);
		expect(result.leave).toBe(false);
		expect(result.state.presses).toBe(0);
	});

	it('does not count Shift let go before the letter (where a keyup-only check would)', () => {
		const sloppy = (letter: string, t: number) => [
			down('Shift', t),
			down(letter, t + 40),
			up('Shift', t + 60),
			up(letter, t + 100),
		];
		expect(run(sloppy('A', 0)).state.presses).toBe(0);
		expect(run([...shift(0), ...shift(100), ...sloppy('A', 200)]).state.presses).toBe(0);
		expect(run([...sloppy('A', 0), ...sloppy('B', 200), ...sloppy('C', 400)]).leave).toBe(false);
	});

	it('does not count Shift in a combination with Ctrl, Alt or Cmd', () => {
		const combos = [
			[down('Control', 0), down('Shift', 10, { ctrlKey: true }), up('Shift', 50, { ctrlKey: true }), up('Control', 60)],
			[down('Shift', 100, { altKey: true }), up('Shift', 150)],
			[down('Shift', 200, { metaKey: true }), up('Shift', 250)],
		].flat();
		expect(run(combos).state.presses).toBe(0);
		expect(run([...shift(0), ...combos.map((i) => ({ ...i, time: i.time + 100 })), ...shift(500)]).leave).toBe(false);
	});

	it('starts again after another key or a click between presses', () => {
		expect(run([...shift(0), ...shift(200), down('a', 300), up('a', 350), ...shift(400)]).leave).toBe(false);
		expect(run([...shift(0), ...shift(200), { type: 'other', time: 300 }, ...shift(400)]).leave).toBe(false);
		// …and counts from there: 3 more presses leave.
		expect(run([...shift(0), down('a', 100), ...shift(200), ...shift(300), ...shift(400)]).leave).toBe(true);
	});

	it('holding Shift down (its keydown repeats) is one press', () => {
		const held = [down('Shift', 0), down('Shift', 500), down('Shift', 530), up('Shift', 600)];
		expect(run(held).state.presses).toBe(1);
		expect(run([...held, ...shift(1000)]).leave).toBe(false);
	});

	it('a Shift let go without its keydown having been seen does not count', () => {
		expect(run([up('Shift', 0), up('Shift', 100), up('Shift', 200)]).state.presses).toBe(0);
	});

	it(`forgets the presses ${SHIFT_TIMEOUT_MS / 1000} seconds after the last one`, () => {
		// Two presses, then a pause of over 5 seconds: the third press is a new first one.
		const paused = run([...shift(0), ...shift(1000), ...shift(1080 + SHIFT_TIMEOUT_MS + 1)]);
		expect(paused.leave).toBe(false);
		expect(pressesLeft(paused.state)).toBe(2);
		// Exactly at the limit counts as over.
		expect(run([...shift(0), ...shift(100), ...shift(180 + SHIFT_TIMEOUT_MS)]).leave).toBe(false);
		// Just inside it, each press giving 5 more seconds (as in GOV.UK), it leaves.
		expect(run([...shift(0), ...shift(4000), ...shift(8000)]).leave).toBe(true);
	});

	it('time passing ends a count (the timer that clears the message), and nothing else', () => {
		const twice = run([...shift(0), ...shift(100)]).state;
		expect(countShift(twice, { type: 'time', time: 180 + SHIFT_TIMEOUT_MS }).state.presses).toBe(0);
		expect(countShift(twice, { type: 'time', time: 180 + SHIFT_TIMEOUT_MS - 1 }).state).toEqual(twice);
		expect(countShift(NO_PRESSES, { type: 'time', time: 10 ** 12 }).state).toEqual(NO_PRESSES);
	});

	it('starts from nothing after leaving', () => {
		const { state, leave } = run([...shift(0), ...shift(100), ...shift(200)]);
		expect(leave).toBe(true);
		expect(state).toEqual(NO_PRESSES);
	});

	it('Escape, pressed any number of times, never leaves', () => {
		const escapes = Array.from({ length: 6 }, (_, i) => [down('Escape', i * 100), up('Escape', i * 100 + 50)]).flat();
		expect(run(escapes).leave).toBe(false);
		expect(run(escapes).state.presses).toBe(0);
	});
});
