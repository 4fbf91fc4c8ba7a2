#!/usr/bin/env node
/**
 * `npm run pdf [-- slug ...] [--out DIR]`: a tagged (accessible) A4 PDF of each
 * easy-read leaflet, printed by the system Chromium from the built site with the
 * leaflet print stylesheet. PDFs go to public/pdf/ by default; build again
 * afterwards and each leaflet page links to its PDF. HTML stays the main format.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer } from './serve.mjs';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'public/pdf');
const wanted = args.filter((a, i) => !a.startsWith('--') && i !== outIndex + 1);
const dist = resolve('dist');
const leafletsDir = join(dist, 'easy-read');

if (!existsSync(leafletsDir)) {
	console.error('No built leaflets in dist/easy-read/. Run "npm run build" first.');
	process.exit(1);
}
const all = readdirSync(leafletsDir, { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join(leafletsDir, d.name, 'index.html')))
	.map((d) => d.name);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
	console.error(`No leaflet called ${unknown.join(', ')}. Leaflets: ${all.join(', ')}`);
	process.exit(1);
}
const slugs = wanted.length ? wanted : all;

mkdirSync(outDir, { recursive: true });
const server = createStaticServer(dist);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs() });
try {
	const page = await browser.newPage();
	for (const slug of slugs) {
		await page.goto(`${base}/easy-read/${slug}/`, { waitUntil: 'networkidle' });
		// The pictures and the QR code are lazy images, which page.pdf() does not wait for (the
		// Print button waits for them: src/client/print.ts): load every one first.
		await page.evaluate(() =>
			Promise.all(
				[...document.querySelectorAll('img[loading="lazy"]')].map((img) => {
					img.loading = 'eager';
					return img.decode().catch(() => undefined);
				}),
			),
		);
		const file = join(outDir, `${slug}.pdf`);
		await page.pdf({
			path: file,
			format: 'A4',
			printBackground: true,
			tagged: true,
			outline: true,
			preferCSSPageSize: true,
		});
		console.log(`PDF: ${file}`);
	}
} finally {
	await browser.close();
	server.close();
}
