// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import contentChecks from './src/integrations/content-checks.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offline from './src/integrations/offline.ts';
import { tableRowHeadersPlugin } from './src/build/table-row-headers.ts';

// The address the site is published at. Used for the sitemap and canonical links.
// Set SITE_URL when building for a real host; locally the site is served at port 4321.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * English at the root, Welsh under /cy/ (issue 19). Starlight makes a /cy/ address for every
 * English page; those without a Welsh translation are short "not yet in Welsh" pages, kept out
 * of search, the sitemap and hreflang (src/route-data.ts).
 */
const locales = { root: { label: 'English', lang: 'en-GB' }, cy: { label: 'Cymraeg', lang: 'cy' } };

/**
 * Starlight puts the whole menu in every page, so a section of thousands of pages would make
 * every page of the site heavier, and the build slower than linear. A section with more than
 * FJG_SIDEBAR_MAX pages (100; no section is near that) is linked in the menu through its index
 * page, which lists all its pages, instead of page by page.
 */
const SIDEBAR_MAX = Number(process.env.FJG_SIDEBAR_MAX ?? 100);
const contentDir = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.FJG_CONTENT_DIR ?? 'content');

/** Number of pages (.md, .mdx, not starting with "_") in a content folder and its subfolders. */
function countPages(/** @type {string} */ dir) {
	if (!existsSync(dir)) return 0;
	let n = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) n += countPages(join(dir, entry.name));
		else if (/^[^_].*\.mdx?$/.test(entry.name)) n++;
	}
	return n;
}

/** Site paths of the Welsh pages (content/cy/): the only /cy/ addresses in the sitemap. */
function welshPaths(/** @type {string} */ dir = join(contentDir, 'cy'), /** @type {string} */ prefix = '/cy/') {
	/** @type {Set<string>} */
	const paths = new Set();
	if (!existsSync(dir)) return paths;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) for (const p of welshPaths(join(dir, entry.name), `${prefix}${entry.name}/`)) paths.add(p);
		else if (/^[^_].*\.mdx?$/.test(entry.name)) {
			const slug = entry.name.replace(/\.mdx?$/, '');
			paths.add(slug === 'index' ? prefix : `${prefix}${slug}/`);
		}
	}
	return paths;
}
const WELSH_PATHS = welshPaths();

/** A sidebar group's items: every page of the folder, or for a very big section, its index page. */
function sectionItems(/** @type {string} */ directory) {
	const folder = join(contentDir, directory);
	const pages = countPages(folder);
	const hasIndex = existsSync(join(folder, 'index.mdx')) || existsSync(join(folder, 'index.md'));
	if (pages > SIDEBAR_MAX && hasIndex) return [{ label: `All ${pages} pages`, link: `/${directory}/` }];
	return [{ autogenerate: { directory } }];
}

/** The scripts bundled into one file for every page (vite.build below). */
const SITE_SCRIPTS =
	/\/src\/(client\/(element|strings|storage|required)\.ts|components\/page\/(quick-exit|text-size)\.ts|components\/content\/term\.ts|components\/overrides\/ThemeSelect\.astro\?astro&type=script)/;

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Stylesheets are always files, never inlined: a <style> in the HTML is downloaded again on
	// every visit, while a file is cached. (Astro inlines bundles under 4 KB by default.)
	build: { inlineStylesheets: 'never' },
	// content/ is reached through the src/content/docs link; keep that path so Starlight and the link validator recognise pages.
	vite: {
		resolve: { preserveSymlinks: true },
		plugins: [
			// Starlight's page writes the menu's scroll position to sessionStorage on every page as the
			// reader leaves it (sl-sidebar-state). This site stores nothing on a reader's device that
			// they did not choose (someone else may look at the phone), and its menu is short, so that
			// script is an empty module here, whose tag is then removed (src/lib/module-scripts.ts): no
			// storage, and one script request fewer on every page.
			{
				name: 'family-justice-guides:no-sidebar-state',
				enforce: 'pre',
				load: (id) =>
					/@astrojs\/starlight\/dist\/components-internals\/SidebarPersistState\.js$/.test(id)
						? 'export {};'
						: undefined,
			},
		],
		// Every script goes in its own cached file instead of inline in each page: repeat visits
		// download less HTML, and the pages' CSP lists fewer hashes. (Other assets: Vite's default.)
		build: {
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			// What nearly every page runs is one file, not a request each: the shared browser helpers
			// they use (src/client/: the element base class, strings, storage, required()) and the components in every page's header and text (the quick exit, the
			// theme and text size choices, glossary terms). Small files compress badly one by one.
			rollupOptions: { output: { manualChunks: (id) => (SITE_SCRIPTS.test(id) ? 'site' : undefined) } },
		},
	},
	// Starlight turns on Astro's hover prefetching, 2.5 KB of script on every page that helps only
	// mouse users on desktop; pages are small and static, so readers on phones gain nothing from it.
	prefetch: false,
	// No code blocks on this site, so no syntax highlighting (Shiki's inline styles would also fight the CSP).
	markdown: {
		syntaxHighlight: false,
		// Headings keep their ids (for "On this page" and links to a section) now that Starlight's
		// heading links, which used to add them, are off; before the link validator reads them.
		// Two-way tables (an empty top-left cell) get row headers (src/build/table-row-headers.ts).
		processor: satteri({ hastPlugins: [satteriHeadingIdsPlugin(), tableRowHeadersPlugin()] }),
	},
	integrations: [
		contentChecks(),
		// Starlight would add the sitemap itself; added here to leave out the short-link redirect pages (/m/01/ …).
		// Welsh addresses only for pages written in Welsh, not the "not yet in Welsh" ones (src/route-data.ts).
		sitemap({
			filter: (page) => {
				const path = new URL(page).pathname;
				return !/^\/m\/\d+\/$/.test(path) && (!path.startsWith('/cy/') || WELSH_PATHS.has(path));
			},
		}),
		starlight({
			title: 'Family Justice Guides',
			description:
				'Plain, accessible guides to the family justice system of England and Wales, for families, children, practitioners and the judiciary.',
			defaultLocale: 'root',
			locales,
			lastUpdated: false,
			// No code blocks on this site: leave out Expressive Code and its CSS and JavaScript.
			expressiveCode: false,
			pagination: true,
			// No link icon beside every heading (an icon, a wrapper and hidden text for each one):
			// the "On this page" list already links to every section, and the training modules
			// have their own "Copy link" for each section.
			markdown: { headingLinks: false },
			customCss: ['./src/styles/site.css'],
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/components/overrides/Footer.astro',
				SkipLink: './src/components/overrides/SkipLink.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				Head: './src/components/overrides/Head.astro',
				// The current section's pages, and one link for each other section (src/lib/sidebar.ts).
				Sidebar: './src/components/overrides/Sidebar.astro',
				Pagination: './src/components/overrides/Pagination.astro',
				FallbackContentNotice: './src/components/overrides/FallbackContentNotice.astro',
				// Pagefind's UI loads when the search dialog is first opened, not on every page.
				Search: './src/components/overrides/Search.astro',
				// One language: no language picker, and none of its script.
				// No language picker: LanguageLink (in PageTitle) links a page to its twin.
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
			},
			sidebar: [
				{
					label: 'Start here',
					translations: { cy: 'Dechrau yma' },
					items: [
						{ label: 'Home', translations: { cy: 'Hafan' }, link: '/' },
						{ label: 'Families', translations: { cy: 'Teuluoedd' }, link: '/families/' },
						{
							label: 'Children and young people',
							translations: { cy: 'Plant a phobl ifanc' },
							link: '/children-and-young-people/',
						},
						{ label: 'Practitioners', translations: { cy: 'Ymarferwyr' }, link: '/practitioners/' },
						{
							label: 'Judges, magistrates and trainers',
							translations: { cy: 'Barnwyr, ynadon a hyfforddwyr' },
							link: '/judiciary/',
						},
						{
							label: 'If you live in Wales',
							translations: { cy: 'Os ydych chi’n byw yng Nghymru' },
							link: '/guidance/wales/',
						},
					],
				},
				// Step by step for each situation a family or a child arrives with (src/lib/taxonomy.ts).
				{ label: 'What is happening?', translations: { cy: 'Beth sy’n digwydd?' }, items: sectionItems('situations') },
				{ label: 'Guidance', translations: { cy: 'Canllawiau' }, items: sectionItems('guidance') },
				{ label: 'Easy read', translations: { cy: 'Hawdd ei ddeall' }, items: sectionItems('easy-read') },
				{
					label: 'Special guardianship toolkit',
					translations: { cy: 'Pecyn cymorth gwarcheidiaeth arbennig' },
					items: sectionItems('sgo-toolkit'),
				},
				{ label: 'Judicial training', translations: { cy: 'Hyfforddiant barnwrol' }, items: sectionItems('training') },
				{
					label: 'Words and meanings',
					translations: { cy: 'Geiriau a’u hystyr' },
					items: [{ label: 'Glossary A to Z', translations: { cy: 'Geirfa A i Y' }, link: '/glossary/' }],
				},
				{ label: 'About this site', translations: { cy: 'Am y wefan hon' }, items: sectionItems('about') },
			],
			plugins: [
				starlightLinksValidator({
					errorOnInvalidHashes: true,
					errorOnRelativeLinks: true,
				}),
			],
		}),
		mdx(),
		// After starlight() (which builds the search index): removes what only the index needed, then sets each page's script hashes.
		securityHeaders(),
		// After securityHeaders() (the pages are final): what "Save for offline" stores, with sizes; the manifest and its icons.
		offline(),
	],
	security: {
		// Astro adds a Content-Security-Policy <meta> to each page with the hash of each of its scripts.
		// Styles keep 'unsafe-inline': Starlight sets CSS variables in style attributes (scripts never do).
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				// The offline service worker (public/sw.js) and the web app manifest: this site's own files only.
				"worker-src 'self'",
				"manifest-src 'self'",
			],
			styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
