import { describe, expect, it } from 'vitest';
import { listenControls, speechText } from '../../src/lib/leaflet-listen.ts';

describe('listening to a leaflet', () => {
	it('when stopped, offers Listen only', () => {
		expect(listenControls('stopped')).toEqual({
			playDisabled: false,
			playLabel: 'leaflet.listen',
			pauseDisabled: true,
			stopDisabled: true,
			status: 'leaflet.stopped',
		});
	});

	it('while reading, offers Pause and Stop', () => {
		expect(listenControls('playing')).toEqual({
			playDisabled: true,
			playLabel: 'leaflet.listen',
			pauseDisabled: false,
			stopDisabled: false,
			status: 'leaflet.reading',
		});
	});

	it('when paused, offers "Carry on listening" and Stop', () => {
		expect(listenControls('paused')).toEqual({
			playDisabled: false,
			playLabel: 'leaflet.carryOn',
			pauseDisabled: true,
			stopDisabled: false,
			status: 'leaflet.paused',
		});
	});

	it('speaks a part as one line', () => {
		expect(speechText('  You have had a letter\n\tbefore   proceedings. ')).toBe(
			'You have had a letter before proceedings.',
		);
	});
});
