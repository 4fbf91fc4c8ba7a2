import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { moduleQrCodes } from '~/lib/training.ts';
import { qrSvg } from '~/build/training-module.ts';

/**
 * The QR codes of the training modules, one SVG file each, made at build time:
 * /qr/m01.svg opens module M01 and /qr/m01-case-study.svg its case study. The
 * module pages show them with <img> (QrCode.astro, ModuleHeader.astro), so the
 * pictures are not in every page's HTML and are fetched only when shown.
 */
export const getStaticPaths = (async () => {
	const entries = await getCollection('docs', (entry) => entry.data.section === 'training');
	return entries.flatMap((entry) =>
		entry.data.section === 'training'
			? moduleQrCodes(entry.id, entry.data.moduleId, import.meta.env.SITE).map((qr) => ({
					params: { name: qr.path.replace(/^\/qr\//, '').replace(/\.svg$/, '') },
					props: { url: qr.url },
				}))
			: [],
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) =>
	new Response(await qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } });
