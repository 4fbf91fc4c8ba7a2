/**
 * The reader's text size, as pure logic for <fjg-text-size> (src/components/page/text-size.ts):
 * normal, large or larger, remembered in this browser under TEXT_SIZE_KEY. ThemeProvider.astro's
 * inline script reads the same key before paint (it is hashed into the CSP, so it keeps its own copy).
 */
export const TEXT_SIZE_KEY = 'fjg-text-size';
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** A saved or chosen value as a size: anything unknown (or nothing saved) is the normal size. */
export function textSize(value: string | null | undefined): TextSize {
	return (TEXT_SIZES as readonly string[]).includes(value ?? '') ? (value as TextSize) : 'normal';
}

/** The value of <html data-text-size> for a size: none for the normal size. */
export function textSizeAttribute(size: TextSize): string | undefined {
	return size === 'normal' ? undefined : size;
}
