import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl, entryPath, moduleQrCodes } from '~/lib/training.ts';
import { leafletQrPath } from '~/lib/qr.ts';
import { qrSvg } from '~/build/training-module.ts';

/**
 * The site's QR codes, one SVG file each, made at build time:
 * - training modules: /qr/m01.svg opens module M01 and /qr/m01-case-study.svg its case study.
 *   The module pages show them with <img> (QrCode.astro, ModuleHeader.astro), so the pictures
 *   are not in every page's HTML and are fetched only when shown;
 * - easy-read leaflets: /qr/easy-read-section-20.svg opens the leaflet, printed on it
 *   (LeafletTools.astro) so a paper copy leads back to the page online.
 */
const fileName = (path: string) => path.replace(/^\/qr\//, '').replace(/\.svg$/, '');

export const getStaticPaths = (async () => {
	const entries = await getCollection(
		'docs',
		(entry) => entry.data.section === 'training' || entry.data.section === 'easy-read',
	);
	return entries.flatMap((entry) => {
		if (entry.data.section === 'training')
			return moduleQrCodes(entry.id, entry.data.moduleId, import.meta.env.SITE).map((qr) => ({
				params: { name: fileName(qr.path) },
				props: { url: qr.url },
			}));
		// Leaflets only, not the easy-read index page (section: site).
		if (entry.data.section === 'easy-read')
			return [
				{
					params: { name: fileName(leafletQrPath(entry.id)) },
					props: { url: absoluteUrl(entryPath(entry.id), import.meta.env.SITE) },
				},
			];
		return [];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) =>
	new Response(await qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } });
