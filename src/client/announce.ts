/**
 * Live-region announcements, one way for every component. The text is cleared and set again
 * a moment later so that a screen reader announces it even when it is the same as last time.
 */
export function announce(region: HTMLElement, text: string, delayMs = 50): void {
	region.textContent = '';
	window.setTimeout(() => {
		region.textContent = text;
	}, delayMs);
}
