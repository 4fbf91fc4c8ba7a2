/**
 * "Listen" on an easy-read leaflet, as pure logic for <fjg-leaflet-tools>
 * (src/components/page/leaflet-tools.ts): what each state of reading aloud makes of the
 * controls and the status line, and the text spoken for one part of the leaflet.
 */
export type ListenState = 'stopped' | 'playing' | 'paused';

/** The i18n keys the leaflet tools read from their data-strings (LeafletTools.astro renders them). */
export const LEAFLET_KEYS = [
	'leaflet.listen',
	'leaflet.carryOn',
	'leaflet.reading',
	'leaflet.paused',
	'leaflet.stopped',
] as const;
export type LeafletKey = (typeof LEAFLET_KEYS)[number];

export interface ListenControls {
	playDisabled: boolean;
	/** The play button's words: "Carry on listening" while paused, else "Listen". */
	playLabel: LeafletKey;
	pauseDisabled: boolean;
	stopDisabled: boolean;
	/** What the status line (for screen readers) says. */
	status: LeafletKey;
}

export function listenControls(state: ListenState): ListenControls {
	return {
		playDisabled: state === 'playing',
		playLabel: state === 'paused' ? 'leaflet.carryOn' : 'leaflet.listen',
		pauseDisabled: state !== 'playing',
		stopDisabled: state === 'stopped',
		status: state === 'playing' ? 'leaflet.reading' : state === 'paused' ? 'leaflet.paused' : 'leaflet.stopped',
	};
}

/** The words of one part as one line to speak: its runs of white space (line breaks too) as single spaces. */
export function speechText(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
