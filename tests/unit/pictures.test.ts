import { describe, expect, it } from 'vitest';
import { buildSprite, loadPictures } from '../../src/build/pictures.ts';

/** The sprite the site serves at /pictures.svg, made from content/data/pictures.yaml. */
const pictures = [...loadPictures().values()];
const sprite = buildSprite(pictures);

describe('the pictures sprite', () => {
	it('has a <view> for every picture, one 72 × 72 square each, in a column', () => {
		const views = [...sprite.matchAll(/<view id="([^"]+)" viewBox="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
		expect(views).toEqual(pictures.map((p, i) => [p.name, `0 ${i * 72} 72 72`]));
		expect(sprite).toMatch(
			new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 ${72 * pictures.length}">`),
		);
	});

	it('draws each picture in its own square, just after its view', () => {
		for (const [i, p] of pictures.entries()) {
			expect(sprite, p.name).toContain(
				`<view id="${p.name}" viewBox="0 ${i * 72} 72 72"/><svg y="${i * 72}" width="72" height="72" viewBox="`,
			);
		}
		// One nested drawing per picture, and no ids of the pictograms' own that could clash with a view's.
		expect(sprite.match(/<svg y="/g)).toHaveLength(pictures.length);
		expect([...sprite.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])).toEqual(pictures.map((p) => p.name));
	});

	it('is small enough to be one request for every page', () => {
		expect(pictures.length).toBeGreaterThan(20);
		expect(Buffer.byteLength(sprite)).toBeLessThan(150 * 1024);
	});
});
