/**
 * Printing a page whose pictures and QR code are lazy <img>s (Picture.astro, LeafletTools.astro):
 * a lazy image that has not come into view, or is shown only in print, is not loaded yet, and
 * a browser may print before it is. These load them first. Pictures a reader on little data has
 * not asked for (html[data-little-data]) stay unloaded: they are not printed either.
 */
const LAZY = 'img[loading="lazy"]';

/** The lazy images that printing this page would show. */
function printedImages(doc: Document): HTMLImageElement[] {
	const littleData = doc.documentElement.dataset.littleData !== undefined;
	return [...doc.querySelectorAll<HTMLImageElement>(LAZY)].filter(
		(img) => !(littleData && img.classList.contains('picture')),
	);
}

/** Asks the browser to load them now (for the browser's own Print command: beforeprint cannot wait). */
export function loadPrintedImages(doc: Document = document): HTMLImageElement[] {
	const images = printedImages(doc);
	for (const img of images) img.loading = 'eager';
	return images;
}

/** Loads them and waits until they are ready, or `timeoutMs` has passed (offline, a missing file). */
export async function whenPrintedImagesLoaded(doc: Document = document, timeoutMs = 3000): Promise<void> {
	const images = loadPrintedImages(doc);
	const ready = Promise.all(images.map((img) => img.decode().catch(() => undefined)));
	await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}
