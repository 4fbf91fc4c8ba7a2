import { describe, expect, it } from 'vitest';
import { textSize, textSizeAttribute } from '../../src/lib/text-size.ts';

describe('text size', () => {
	it('reads a saved or chosen size, and anything else as the normal size', () => {
		expect(textSize('large')).toBe('large');
		expect(textSize('larger')).toBe('larger');
		expect(textSize('normal')).toBe('normal');
		expect(textSize(null)).toBe('normal');
		expect(textSize('')).toBe('normal');
		expect(textSize('huge')).toBe('normal');
	});

	it('marks <html> only for a larger size', () => {
		expect(textSizeAttribute('normal')).toBeUndefined();
		expect(textSizeAttribute('large')).toBe('large');
		expect(textSizeAttribute('larger')).toBe('larger');
	});
});
