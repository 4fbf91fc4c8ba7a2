/**
 * After the build, once the pages are final (after security-headers.ts has set their script
 * hashes, so the sizes are the served ones):
 * - dist/offline.json: what "Save for offline" stores for each page, and each file's size
 *   (src/build/offline.ts), from the list of family pages src/pages/offline.json.ts wrote;
 * - dist/sw.js: the service worker, copied from src/worker/sw.js (written by hand: its header says why);
 * - the web app manifest (dist/manifest.webmanifest) and its icons, drawn as SVG here and
 *   rasterised with sharp (192 and 512 pixels, and a maskable 512 with the mark inside the
 *   safe zone), so that the site can be installed.
 * Nothing here makes a reader's browser store anything: the service worker (src/worker/sw.js, served as /sw.js)
 * is registered only when the reader presses a Save button.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { OFFLINE_INDEX, buildOfflineIndex, saveAllFiles, storedBytes } from '../build/offline.ts';

const NAME = 'Family Justice Guides';
/** The favicon's blue (public/favicon.svg) and white. */
const BLUE = '#1d2a8f';
const WHITE = '#ffffff';

/** The site's mark (the favicon's letters) on its blue, at `scale` of the square (1 fills it; maskable icons keep it in the middle 80%). */
export function iconSvg(size: number, { maskable = false } = {}): string {
	const inner = maskable ? 0.6 : 1;
	const offset = (32 - 32 * inner) / 2;
	const rx = maskable ? 0 : 6;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="${rx}" fill="${BLUE}"/><g transform="translate(${offset} ${offset}) scale(${inner})"><path d="M9 22V10h9M9 16h7M21 10v8a4 4 0 0 1-4 4" fill="none" stroke="${WHITE}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;
}

export const ICONS = [
	{ file: 'icons/icon-192.png', size: 192, maskable: false },
	{ file: 'icons/icon-512.png', size: 512, maskable: false },
	{ file: 'icons/icon-maskable-512.png', size: 512, maskable: true },
] as const;

export function webManifest(): string {
	return `${JSON.stringify(
		{
			name: NAME,
			short_name: 'Family Justice',
			description: 'Plain guides to the family justice system of England and Wales.',
			lang: 'en-GB',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			background_color: WHITE,
			theme_color: BLUE,
			icons: ICONS.map((i) => ({
				src: `/${i.file}`,
				sizes: `${i.size}x${i.size}`,
				type: 'image/png',
				...(i.maskable ? { purpose: 'maskable' } : {}),
			})),
		},
		null,
		'\t',
	)}\n`;
}

async function writeIcons(root: string): Promise<void> {
	mkdirSync(join(root, 'icons'), { recursive: true });
	for (const icon of ICONS)
		await sharp(Buffer.from(iconSvg(icon.size, { maskable: icon.maskable })))
			.png({ compressionLevel: 9 })
			.toFile(join(root, icon.file));
	writeFileSync(join(root, 'manifest.webmanifest'), webManifest());
}

export default function offline(): AstroIntegration {
	return {
		name: 'family-justice-guides:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const listed = JSON.parse(readFileSync(join(root, OFFLINE_INDEX), 'utf8')) as { family?: string[] };
				if (!Array.isArray(listed.family))
					throw new Error(`offline: dist/${OFFLINE_INDEX} has no "family" list (src/pages/offline.json.ts writes it)`);
				const index = buildOfflineIndex(root, listed.family);
				writeFileSync(join(root, OFFLINE_INDEX), JSON.stringify(index));
				copyFileSync(fileURLToPath(new URL('../worker/sw.js', import.meta.url)), join(root, 'sw.js'));
				await writeIcons(root);
				const all = saveAllFiles(index);
				logger.info(
					`${OFFLINE_INDEX}: ${Object.keys(index.pages).length} pages; "Save all family pages" stores ${all.length} files, ${(storedBytes(root, all) / 1024).toFixed(0)} KB; manifest and ${ICONS.length} icons written`,
				);
			},
		},
	};
}
