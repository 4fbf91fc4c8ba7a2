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

/** The size of each picture's square in the sprite (OpenMoji draws on a 72 × 72 grid). */
const CELL = 72;

/**
 * One picture for the sprite: the optimised OpenMoji drawing as a nested <svg> in row `row`,
 * with the <view> an <img src="/pictures.svg#name"> shows, and the pictogram's own ids removed
 * so that pictures never clash.
 */
export function pictureView(info: PictureInfo, row: number): string {
	const raw = readFileSync(join(openMojiDir(), `${info.openmoji}.svg`), 'utf8');
	const { data } = optimize(raw, {
		multipass: true,
		floatPrecision: 1,
		plugins: ['preset-default', 'removeDimensions', { name: 'removeAttrs', params: { attrs: ['id', 'data-name'] } }],
	});
	const viewBox = /viewBox="([^"]+)"/.exec(data)?.[1] ?? `0 0 ${CELL} ${CELL}`;
	const inner = data.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	const y = row * CELL;
	return `<view id="${info.name}" viewBox="0 ${y} ${CELL} ${CELL}"/><svg y="${y}" width="${CELL}" height="${CELL}" viewBox="${viewBox}">${inner}</svg>`;
}

/**
 * The sprite: every picture in a column, each with a <view>, so that <img src="/pictures.svg#court">
 * shows one picture and every picture of every page comes from one cached file. An <img> (rather
 * than <svg><use>) is what lets a reader on little data not load them: a lazy image that is not
 * shown is not fetched, while a <use> fetches its file even when hidden.
 */
export function buildSprite(pictures: Iterable<PictureInfo>): string {
	const list = [...pictures];
	const views = list.map((p, i) => pictureView(p, i)).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CELL} ${CELL * list.length}">${views}</svg>`;
}
