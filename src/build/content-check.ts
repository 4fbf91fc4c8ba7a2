/**
 * Checks every content file before Astro builds, and reports problems with the
 * file, the line and the field, and what to do. Astro's own schema errors do
 * not give line numbers and cannot see across files (a reused moduleId, a term
 * with no glossary entry), so the build runs these first.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from './list-files.mjs';
import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { englandOnlySchema, glossarySchema, pageSchema, type EnglandOnlyEntry } from '../schemas/content.ts';
import { sectionForPath } from '../lib/taxonomy.ts';
import { findTermUses, findComponentUses, findUnsafeMarkup } from './mdx-text.ts';
import { checkSectionOrder } from './training-module.ts';
import { checkReviewFacts } from './content-rules/review-facts.ts';
import {
	GLOSSARY_RULES,
	PAGE_RULES,
	type RuleContext,
	type RuleGlossaryEntry,
	type RulePage,
} from './content-rules/index.ts';

export interface ContentProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	line?: number;
	field?: string;
	message: string;
	/** The content rule that found it (src/build/content-rules/), for rules kept in their own module. */
	rule?: string;
}

export function formatProblem(p: ContentProblem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	return p.field ? `${where} — ${p.field}: ${p.message}` : `${where} — ${p.message}`;
}

export interface FrontMatter {
	/** The YAML text between the --- fences. */
	yaml: string;
	/** The line number (1-based) of the first YAML line. */
	startLine: number;
	/** The MDX body after the closing fence. */
	body: string;
	/** The line number (1-based) of the first body line. */
	bodyStartLine: number;
}

/** Splits a Markdown/MDX file into front matter and body. Returns null when there is no front matter. */
export function splitFrontMatter(source: string): FrontMatter | null {
	const text = source.replace(/^\uFEFF/, '');
	const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return null;
	const yamlLines = match[1].split(/\r?\n/).length;
	return {
		yaml: match[1],
		startLine: 2,
		body: text.slice(match[0].length),
		bodyStartLine: yamlLines + 3,
	};
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Line (1-based, in the whole file) of a YAML path, or of the front matter start. */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[], offsetLine: number): number {
	for (let depth = path.length; depth > 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
		if (node && node.range) return counter.linePos(node.range[0]).line + offsetLine - 1;
		// A missing key: point at its parent map's key if it exists.
		const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
		if (parent && isMap(parent)) {
			const pair = parent.items.find(
				(item) => String((item.key as { value?: unknown })?.value) === String(path[depth - 1]),
			);
			const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
			if (range) return counter.linePos(range[0]).line + offsetLine - 1;
		}
	}
	return offsetLine - 1;
}

function fieldName(path: PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
		.join('');
}

function zodProblems(
	error: z.ZodError,
	file: string,
	doc: Document,
	counter: LineCounter,
	offsetLine: number,
): ContentProblem[] {
	return error.issues.map((issue) => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		let message = issue.message;
		// A missing required field reads better said plainly.
		if (issue.code === 'invalid_type' && issue.input === undefined) message = `is required. ${issue.message}`;
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0];
			return {
				file,
				line: lineOf(doc, counter, [...path, key], offsetLine),
				field: fieldName([...path, key]),
				message: `is not a field for this kind of page; remove it or check its spelling (${issue.keys.join(', ')})`,
			};
		}
		return {
			file,
			line: lineOf(doc, counter, path, offsetLine),
			field: path.length ? fieldName(path) : undefined,
			message,
		};
	});
}

export interface ContentIndex {
	/** Glossary ids (file names without extension). */
	glossaryIds: Set<string>;
	/** Picture names from content/data/pictures.yaml. */
	pictureNames: Set<string>;
}

export interface CheckResult {
	problems: ContentProblem[];
	/** Every page that passed the schema, with the line of any front matter field (lineOf). */
	pages: RulePage[];
}

/** Loads picture names; missing file means no pictures are known. */
function loadPictureNames(contentDir: string, root: string, problems: ContentProblem[]): Set<string> {
	const file = join(contentDir, 'data', 'pictures.yaml');
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return new Set();
	}
	const doc = parseDocument(text);
	if (doc.errors.length) {
		problems.push({ file: toPosix(relative(root, file)), message: `not valid YAML: ${doc.errors[0].message}` });
		return new Set();
	}
	const value = doc.toJS() as Record<string, unknown> | null;
	return new Set(Object.keys(value ?? {}));
}

/**
 * Loads content/data/england-only.yaml (the laws and funds that apply in England only,
 * for the Wales rule). A missing or bad file is a problem: without it no page is checked.
 */
function loadEnglandOnly(contentDir: string, root: string, problems: ContentProblem[]): EnglandOnlyEntry[] {
	const file = join(contentDir, 'data', 'england-only.yaml');
	const name = toPosix(relative(root, file));
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		problems.push({
			file: name,
			message:
				'is missing: it lists the laws, regulations, guidance and funds that apply in England only, which pages for both countries must explain for Wales. Restore it from git',
		});
		return [];
	}
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	if (doc.errors.length) {
		const pos = doc.errors[0].linePos?.[0];
		problems.push({ file: name, line: pos?.line, message: `not valid YAML: ${doc.errors[0].message.split('\n')[0]}` });
		return [];
	}
	const parsed = englandOnlySchema.safeParse(doc.toJS() ?? undefined);
	if (!parsed.success) {
		problems.push(...zodProblems(parsed.error, name, doc, counter, 1));
		return [];
	}
	return parsed.data;
}

/**
 * Checks the whole content folder.
 * @param contentDir absolute path of the content folder
 * @param root absolute path of the project (for readable file names)
 */
// eslint-disable-next-line max-lines-per-function -- to read each file once as an MDX syntax tree, with the remaining inline checks moved into content-rules/ (issue 16)
export function checkContent(contentDir: string, root: string): CheckResult {
	const problems: ContentProblem[] = [];
	const pages: CheckResult['pages'] = [];
	const files = listFiles(contentDir, { allowMissing: true });
	const rel = (f: string) => toPosix(relative(root, f));

	// Glossary: one YAML file per term.
	const glossaryIds = new Set<string>();
	const glossaryEntries: RuleGlossaryEntry[] = [];
	for (const file of files.filter((f) => toPosix(relative(contentDir, f)).startsWith('glossary/'))) {
		const id = file
			.split(sep)
			.pop()!
			.replace(/\.(ya?ml)$/, '');
		if (!/\.(ya?ml)$/.test(file)) {
			problems.push({ file: rel(file), message: 'the glossary folder holds only .yaml files, one per term' });
			continue;
		}
		const text = readFileSync(file, 'utf8');
		const counter = new LineCounter();
		const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
		if (doc.errors.length) {
			const pos = doc.errors[0].linePos?.[0];
			problems.push({
				file: rel(file),
				line: pos?.line,
				message: `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`,
			});
			continue;
		}
		const parsed = glossarySchema.safeParse(doc.toJS() ?? undefined);
		if (!parsed.success) {
			problems.push(...zodProblems(parsed.error, rel(file), doc, counter, 1));
			continue;
		}
		glossaryIds.add(id);
		glossaryEntries.push({
			file: rel(file),
			id,
			data: parsed.data as Record<string, unknown>,
			lineOf: (path) => lineOf(doc, counter, path, 1),
		});
	}

	const pictureNames = loadPictureNames(contentDir, root, problems);
	const context: RuleContext = { englandOnly: loadEnglandOnly(contentDir, root, problems) };
	for (const entry of glossaryEntries) {
		for (const rule of GLOSSARY_RULES)
			problems.push(...rule.check(entry, context).map((p) => ({ ...p, rule: rule.name })));
	}
	const moduleIds = new Map<string, string>();

	const pageFiles = files.filter((f) => {
		const r = toPosix(relative(contentDir, f));
		return /\.mdx?$/.test(r) && !r.startsWith('glossary/') && !r.startsWith('data/') && !/(^|\/)_/.test(r);
	});

	for (const file of pageFiles) {
		const name = rel(file);
		const source = readFileSync(file, 'utf8');
		const fm = splitFrontMatter(source);
		if (!fm) {
			problems.push({
				file: name,
				line: 1,
				message:
					'no front matter: start the file with --- then title, description, section, audience, jurisdiction, lastReviewed, reviewDue and sources, then ---',
			});
			continue;
		}
		const counter = new LineCounter();
		const doc = parseDocument(fm.yaml, { lineCounter: counter, prettyErrors: false });
		if (doc.errors.length) {
			const pos = doc.errors[0].linePos?.[0];
			problems.push({
				file: name,
				line: pos ? pos.line + fm.startLine - 1 : fm.startLine,
				message: `front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`,
			});
			continue;
		}
		const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
		if (typeof raw !== 'object' || Array.isArray(raw)) {
			problems.push({ file: name, line: fm.startLine, message: 'front matter must be a set of fields (key: value)' });
			continue;
		}
		const {
			sidebar: _s,
			template: _tp,
			hero: _h,
			pagefind: _p,
			tableOfContents: _toc,
			head: _hd,
			draft: _d,
			prev: _pr,
			next: _n,
			banner: _b,
			editUrl: _e,
			slug: _sl,
			...own
		} = raw;
		const parsed = pageSchema.safeParse(own);
		if (!parsed.success) {
			problems.push(...zodProblems(parsed.error, name, doc, counter, fm.startLine));
			continue;
		}
		const data = parsed.data as Record<string, unknown>;
		const expected = sectionForPath(toPosix(relative(contentDir, file)));
		if (data.section !== expected) {
			problems.push({
				file: name,
				line: lineOf(doc, counter, ['section'], fm.startLine),
				field: 'section',
				message: `is "${String(data.section)}" but the file is in the ${expected === 'site' ? 'top-level or about/' : `${expected}/`} folder; set section: ${expected}`,
			});
		}
		if (data.section === 'training') {
			const id = String(data.moduleId);
			const other = moduleIds.get(id);
			if (other) {
				problems.push({
					file: name,
					line: lineOf(doc, counter, ['moduleId'], fm.startLine),
					field: 'moduleId',
					message: `${id} is already used by ${other}; give each module its own moduleId (M01, M02, …)`,
				});
			} else moduleIds.set(id, name);
			// The seven <ModuleSection> kinds, each once, in the order of MODULE_SECTIONS.
			for (const problem of checkSectionOrder(fm.body)) {
				problems.push({
					file: name,
					line: problem.line + fm.bodyStartLine - 1,
					field: 'ModuleSection',
					message: problem.message,
				});
			}
		}
		if (
			(data.section === 'easy-read' || data.section === 'situations') &&
			pictureNames.size &&
			!pictureNames.has(String(data.picture))
		) {
			problems.push({
				file: name,
				line: lineOf(doc, counter, ['picture'], fm.startLine),
				field: 'picture',
				message: `"${String(data.picture)}" is not in content/data/pictures.yaml; use one of its names or add it there`,
			});
		}
		for (const hit of findUnsafeMarkup(fm.body)) {
			problems.push({
				file: name,
				line: hit.line + fm.bodyStartLine - 1,
				field: 'body',
				message: `${hit.what} is not allowed in content: pages hold words, links and the site's components. Remove it, or ask for a component`,
			});
		}
		for (const use of findTermUses(fm.body)) {
			if (!glossaryIds.has(use.id)) {
				problems.push({
					file: name,
					line: use.line + fm.bodyStartLine - 1,
					field: 'Term',
					message: `the term "${use.id}" has no glossary entry; add content/glossary/${use.id}.yaml or use an existing id`,
				});
			}
		}
		for (const use of findComponentUses(fm.body, 'Row')) {
			const picture = use.attributes.picture;
			if (!picture) {
				problems.push({
					file: name,
					line: use.line + fm.bodyStartLine - 1,
					field: 'Row',
					message: 'every Row needs a picture="…" from content/data/pictures.yaml',
				});
			} else if (pictureNames.size && !pictureNames.has(picture)) {
				problems.push({
					file: name,
					line: use.line + fm.bodyStartLine - 1,
					field: 'Row',
					message: `picture "${picture}" is not in content/data/pictures.yaml; use one of its names or add it there`,
				});
			}
		}
		const page: RulePage = {
			file: name,
			data,
			body: fm.body,
			bodyStartLine: fm.bodyStartLine,
			lineOf: (path) => lineOf(doc, counter, path, fm.startLine),
		};
		for (const rule of PAGE_RULES) problems.push(...rule.check(page, context).map((p) => ({ ...p, rule: rule.name })));
		pages.push(page);
	}
	// Rules that need every page first (a link's target audience): the legal review's facts.
	const audienceByPath = new Map(
		pages.map((p) => [sitePath(p.file, root, contentDir), (p.data.audience as string[]) ?? []]),
	);
	for (const page of pages) problems.push(...checkReviewFacts(page, (path) => audienceByPath.get(path)));
	return { problems, pages };
}

/** The site path of a content file: content/guidance/x.mdx → /guidance/x/. */
function sitePath(file: string, root: string, contentDir: string): string {
	const prefix = toPosix(relative(root, contentDir));
	const slug = file
		.slice(prefix.length)
		.replace(/^\//, '')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return slug ? `/${slug}/` : '/';
}
