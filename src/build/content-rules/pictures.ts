/**
 * Easy-read pictures are named in content/data/pictures.yaml: a leaflet's or a situation's picture (front
 * matter) and every <Row picture="…"> must be one of its names, and every Row needs one.
 */
import { findComponentUses } from '../mdx-text.ts';
import type { PageRule } from './types.ts';

const DATA_FILE = 'content/data/pictures.yaml';

export const leafletPicture: PageRule = {
	name: 'leaflet-picture',
	check: (page, { pictureNames }) => {
		const picture = String(page.data.picture);
		if (
			(page.data.section !== 'easy-read' && page.data.section !== 'situations') ||
			!pictureNames.size ||
			pictureNames.has(picture)
		)
			return [];
		return [
			{
				file: page.file,
				...page.at(['picture']),
				field: 'picture',
				message: `"${picture}" is not in ${DATA_FILE}; use one of its names or add it there`,
			},
		];
	},
};

export const rowPictures: PageRule = {
	name: 'row-pictures',
	check: (page, { pictureNames }) =>
		findComponentUses(page.mdx, 'Row').flatMap((row) => {
			const picture = row.attributes.picture;
			const where = { file: page.file, ...page.bodyPlace(row), field: 'Row' };
			if (!picture) return [{ ...where, message: `every Row needs a picture="…" from ${DATA_FILE}` }];
			if (pictureNames.size && !pictureNames.has(picture))
				return [
					{ ...where, message: `picture "${picture}" is not in ${DATA_FILE}; use one of its names or add it there` },
				];
			return [];
		}),
};
