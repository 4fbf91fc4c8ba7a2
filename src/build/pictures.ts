/**
 * Easy-read pictures: OpenMoji pictograms (CC BY-SA 4.0, npm package "openmoji"),
 * named in content/data/pictures.yaml. They are served as one optimised SVG
 * sprite (/pictures.svg), so a leaflet makes one request for all its pictures
 * and the browser caches it for every other leaflet.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { optimize } from 'svgo';
import { picturesSchema } from '../schemas/data.ts';
import { formatProblem } from './problem.ts';
import { readDataFile } from './data-files.ts';
import { CONTENT_DIR } from './paths.ts';

export interface PictureInfo {
	name: string;
	openmoji: string;
	alt: string;
}

export { SPRITE_PATH } from '../lib/pictures.ts';

const cache = new Map<string, Map<string, PictureInfo>>();

/**
 * The pictures for Node-only code (inside Astro, read the pictures collection): validated
 * with the collection's schema (src/schemas/data.ts), so a bad file fails the same way.
 */
export function loadPictures(root = process.cwd()): Map<string, PictureInfo> {
	const cached = cache.get(root);
	if (cached) return cached;
	const name = `${CONTENT_DIR}/data/pictures.yaml`;
	const result = readDataFile(resolve(root, name), name, picturesSchema, 'restore it from git');
	if (!result.data) throw new Error(result.problems.map(formatProblem).join('\n'));
	const pictures = new Map(Object.entries(result.data).map(([id, v]) => [id, { name: id, ...v }]));
	cache.set(root, pictures);
	return pictures;
}

function openMojiDir(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
}

/** One <symbol> for a picture: optimised, with the pictogram's own ids removed so symbols never clash. */
export function pictureSymbol(info: PictureInfo): string {
	const raw = readFileSync(join(openMojiDir(), `${info.openmoji}.svg`), 'utf8');
	const { data } = optimize(raw, {
		multipass: true,
		floatPrecision: 1,
		plugins: ['preset-default', 'removeDimensions', { name: 'removeAttrs', params: { attrs: ['id', 'data-name'] } }],
	});
	const viewBox = /viewBox="([^"]+)"/.exec(data)?.[1] ?? '0 0 72 72';
	const inner = data.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return `<symbol id="${info.name}" viewBox="${viewBox}">${inner}</symbol>`;
}

export function buildSprite(pictures: Iterable<PictureInfo>): string {
	const symbols = [...pictures].map(pictureSymbol).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg">${symbols}</svg>`;
}
