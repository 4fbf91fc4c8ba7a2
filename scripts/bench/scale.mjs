/**
 * The "scale" part of `npm run bench`: build time and peak memory for 1,000 and 5,000 generated
 * pages, this site's code against a bare Starlight site (projects written to tests/.tmp/,
 * removed after unless `keep`).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, buildProject, heading, sec, table } from './common.mjs';

const today = new Date();
const iso = (d) => d.toISOString().slice(0, 10);
const LAST_REVIEWED = iso(today);
const REVIEW_DUE = iso(new Date(today.getTime() + 180 * 86_400_000));

/** The body of a synthetic guidance page, about the size of a real one (~5 KB of MDX). */
function syntheticBody(i, n, withSiteComponents) {
	const term = withSiteComponents ? '<Term id="care-proceedings">care proceedings</Term>' : 'care proceedings';
	const next = `/guidance/synthetic-${String((i % n) + 1).padStart(5, '0')}/`;
	const section = (k) => `## Part ${k} of topic ${i}

The council may write to you about your child. This page explains, in plain words, what that can mean for topic ${i}, part ${k}. It is general information, not legal advice. If the council starts ${term}, ask a family solicitor for advice as soon as you can.

1. Do not ignore letters from the council.
2. Take every letter to a family solicitor.
3. Go to the meetings you are invited to, and ask your solicitor to come too.
4. Think about family and friends who could help.

- keep your papers together in one safe place
- write down the dates of meetings and visits
- ask for anything you do not understand to be explained again

`;
	return `${withSiteComponents ? "import { Term } from '~/components/content';\n" : ''}import { Aside } from '@astrojs/starlight/components';

This is synthetic page ${i} of ${n}, made by the benchmark. It reads like a guidance page so that building it costs what a real page costs. Read [the next page](${next}).

<Aside type="tip" title="Get advice early">
A family solicitor can help you from the first letter. You do not have to face the council alone.
</Aside>

${[1, 2, 3, 4, 5].map(section).join('')}`;
}

function writeOurProject(dir, n) {
	for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, file), join(dir, file));
	cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
	// src/content/docs is a relative link to ../../content, so it finds the generated content.
	cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true, verbatimSymlinks: true });
	// The minimum the site needs (home page, glossary, pictures, one page of each section), as the fixture builds use.
	cpSync(join(ROOT, 'tests', 'fixtures', 'valid-content'), join(dir, 'content'), { recursive: true });
	const guidance = join(dir, 'content', 'guidance');
	mkdirSync(guidance, { recursive: true });
	// The section's index page, which lists every page (and which the menu links to for a very big section).
	cpSync(join(ROOT, 'content', 'guidance', 'index.mdx'), join(guidance, 'index.mdx'));
	for (let i = 1; i <= n; i++) {
		writeFileSync(
			join(guidance, `synthetic-${String(i).padStart(5, '0')}.mdx`),
			`---
title: "Synthetic guidance page ${i}"
description: "A generated guidance page for the build benchmark, number ${i}."
section: guidance
audience: [families]
jurisdiction: both
lastReviewed: ${LAST_REVIEWED}
reviewDue: ${REVIEW_DUE}
sources:
  - title: Children Act 1989
    publisher: UK Parliament
    year: 1989
---
${syntheticBody(i, n, true)}`,
		);
	}
}

function writeBareProject(dir, n) {
	// Astro finds the packages that ship .astro components through the project's dependencies.
	const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const deps = {
		astro: dependencies.astro,
		'@astrojs/starlight': dependencies['@astrojs/starlight'],
		sharp: dependencies.sharp,
	};
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'bare-starlight-bench', private: true, type: 'module', dependencies: deps }, null, 2),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });
`,
	);
	mkdirSync(join(dir, 'src', 'content', 'docs', 'guidance'), { recursive: true });
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeFileSync(
		join(dir, 'src', 'content', 'docs', 'index.mdx'),
		'---\ntitle: Bare Starlight\ndescription: A bare Starlight site for the build benchmark.\n---\nA bare Starlight site.\n',
	);
	for (let i = 1; i <= n; i++) {
		writeFileSync(
			join(dir, 'src', 'content', 'docs', 'guidance', `synthetic-${String(i).padStart(5, '0')}.mdx`),
			`---
title: "Synthetic guidance page ${i}"
description: "A generated guidance page for the build benchmark, number ${i}."
---
${syntheticBody(i, n, false)}`,
		);
	}
}

const LABELS = {
	ours: 'this site',
	'ours-full': 'this site, every page in the menu',
	bare: 'bare Starlight',
};

async function buildGenerated(kind, n, keep) {
	// Inside the repository (git-ignored tests/.tmp/) so node_modules resolves as usual.
	const base = join(ROOT, 'tests', '.tmp');
	mkdirSync(base, { recursive: true });
	const dir = join(base, `bench-${kind}-${n}-${process.pid}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	try {
		(kind === 'bare' ? writeBareProject : writeOurProject)(dir, n);
		process.stdout.write(`  building ${LABELS[kind]} with ${n.toLocaleString('en-GB')} generated pages… `);
		// 'ours-full' lifts the menu limit (astro.config.mjs) so the menu lists every page, as bare Starlight's does.
		const result = await buildProject(dir, {
			TMPDIR: tmpdir(),
			...(kind === 'ours-full' ? { FJG_SIDEBAR_MAX: 'Infinity' } : {}),
		});
		console.log(result.error ? `FAILED (${result.error})` : `${sec(result.ms)} s`);
		if (result.error) console.log(result.output);
		return { kind, n, ...result };
	} finally {
		if (keep) console.log(`  kept: ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

/** Builds each kind at each size; builds of up to 1,000 pages `buildRuns` times, the fastest kept. */
async function runBuilds(sizes, buildRuns, keep) {
	const builds = [];
	for (const n of sizes) {
		const kinds = n === 1000 ? ['ours', 'ours-full', 'bare'] : ['ours', 'bare'];
		// Builds of up to 1,000 pages run buildRuns times, taking turns, and keep the fastest run:
		// other work on the machine only ever adds time.
		const runs = n <= 1000 ? buildRuns : 1;
		const all = Object.fromEntries(kinds.map((k) => [k, []]));
		for (let r = 0; r < runs; r++) for (const k of kinds) all[k].push(await buildGenerated(k, n, keep));
		for (const k of kinds) {
			const ok = all[k].filter((b) => !b.error).sort((a, b) => a.ms - b.ms);
			builds.push(ok.length ? { ...ok[0], runs: all[k].map((b) => (b.error ? null : b.ms)) } : all[k][0]);
		}
	}
	return builds;
}

const perPage = (b) => (b && !b.error ? b.ms / b.pages : NaN);

export async function measureScale(realBuild, { sizes, buildRuns = 2, keep = false }) {
	heading('Build time and peak memory (maxRSS of the Node build process)');
	const builds = await runBuilds(sizes, buildRuns, keep);
	const rows = [];
	if (realBuild && !realBuild.error)
		rows.push([
			'this site (real content)',
			realBuild.pages,
			sec(realBuild.ms),
			perPage(realBuild).toFixed(1),
			(realBuild.maxRssKB / 1024).toFixed(0),
		]);
	for (const b of builds) {
		const label = `${LABELS[b.kind]}, ${b.n.toLocaleString('en-GB')} generated`;
		rows.push(
			b.error
				? [label, '-', 'failed', '-', '-']
				: [label, b.pages, sec(b.ms), perPage(b).toFixed(1), (b.maxRssKB / 1024).toFixed(0)],
		);
	}
	table(['build', 'pages', 'time s', 'ms per page', 'peak MB'], rows);
	if (builds.some((b) => b.runs?.length > 1))
		console.log(`Builds of 1,000 pages or fewer: the fastest of ${buildRuns} runs (--build-runs).`);
	const find = (kind, n) => builds.find((b) => b.kind === kind && b.n === n);
	// Like for like: this site's code with every page in the menu, as bare Starlight has.
	const ratio1000 = perPage(find('ours-full', 1000)) / perPage(find('bare', 1000));
	const ratio1000AsBuilt = perPage(find('ours', 1000)) / perPage(find('bare', 1000));
	const growth = (kind) => perPage(find(kind, 5000)) / perPage(find(kind, 1000));
	const out = { builds, ratio1000, ratio1000AsBuilt, growthOurs: growth('ours'), growthBare: growth('bare') };
	if (Number.isFinite(ratio1000))
		console.log(
			`Time per page at 1,000 pages, this site ÷ bare Starlight: ${ratio1000.toFixed(2)} like for like (every page in the menu); ${ratio1000AsBuilt.toFixed(2)} as the site is configured (a section of more than 100 pages is linked through its index page)`,
		);
	if (Number.isFinite(out.growthOurs))
		console.log(
			`Growth 1,000 → 5,000 pages (time ratio ÷ 5; 1 is linear): this site ${out.growthOurs.toFixed(2)}, bare Starlight ${out.growthBare.toFixed(2)}`,
		);
	return out;
}
