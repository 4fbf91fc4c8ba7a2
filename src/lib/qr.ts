/**
 * QR codes on the site, pure (no encoder, no DOM, no Node): what a QR code's picture is called
 * for a screen reader, and where each is published as a file of its own
 * (src/pages/qr/[name].svg.ts, drawn at build time by qrSvg in src/build/training-module.ts).
 * Training modules: /qr/m01.svg, /qr/m01-case-study.svg (qrPath in src/lib/training.ts).
 * Easy-read leaflets: /qr/easy-read-section-20.svg, printed on the leaflet.
 */

/** The accessible name of a QR code: what a screen reader says instead of the picture (the <img> alt text). */
export function qrLabel(url: string): string {
	return `QR code for ${url}`;
}

/**
 * The QR code of an easy-read leaflet, from its entry id: easy-read/section-20 →
 * /qr/easy-read-section-20.svg; its Welsh version cy/easy-read/section-20 → /qr/cy-easy-read-section-20.svg.
 */
export function leafletQrPath(entryId: string): string {
	const match = /^(cy\/)?easy-read\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(entryId);
	if (!match) throw new Error(`leafletQrPath is for easy-read leaflets ([cy/]easy-read/<name>), not "${entryId}"`);
	return `/qr/${match[1] ? 'cy-' : ''}easy-read-${match[2]}.svg`;
}
