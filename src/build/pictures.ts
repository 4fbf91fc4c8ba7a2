/**
 * Easy-read pictures: OpenMoji pictograms (CC BY-SA 4.0, npm package "openmoji"),
 * named in content/data/pictures.yaml. They are served as one optimised SVG
 * sprite (/pictures.svg), so a leaflet makes one request for all its pictures
 * and the browser caches it for every other leaflet.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { optimize } from 'svgo';
import { CONTENT_DIR } from './paths.ts';

export interface PictureInfo {
	name: string;
	openmoji: string;
	alt: string;
}

export const SPRITE_PATH = '/pictures.svg';

const cache = new Map<string, Map<string, PictureInfo>>();

export function loadPictures(root = process.cwd()): Map<string, PictureInfo> {
	const cached = cache.get(root);
	if (cached) return cached;
	const file = resolve(root, CONTENT_DIR, 'data', 'pictures.yaml');
	const data = parse(readFileSync(file, 'utf8')) as Record<string, { openmoji: string; alt: string }>;
	const pictures = new Map(
		Object.entries(data).map(([name, v]) => [name, { name, openmoji: String(v.openmoji), alt: v.alt }]),
	);
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
