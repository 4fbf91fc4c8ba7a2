/**
 * Checks every content file before Astro builds, and reports problems with the
 * file, the line and the field, and what to do. Astro's own schema errors do
 * not give line numbers and cannot see across files (a reused moduleId, a term
 * with no glossary entry), so the build runs these first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from './list-files.mjs';
import { glossarySchema, pageSchema } from '../schemas/content.ts';
import { englandOnlySchema, picturesSchema, type EnglandOnlyEntry } from '../schemas/data.ts';
import { checklistSchema, supportPlanSchema } from '../schemas/toolkit.ts';
import { helpLinesFileSchema } from '../schemas/help-lines.ts';
import { parseMdx } from './mdx-tree.ts';
import { parseYaml, placeOf, readDataFile, validateYaml } from './data-files.ts';
import { GLOSSARY_RULES, PAGE_RULES, SITE_RULES } from './content-rules/index.ts';
import type { RuleContext, RuleGlossaryEntry, RulePage } from './content-rules/types.ts';
import type { ContentProblem } from './problem.ts';

export { formatProblem, type ContentProblem } from './problem.ts';

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

export interface CheckResult {
	problems: ContentProblem[];
	/** Every page that passed the schema, with its syntax tree and the place of any front matter field. */
	pages: RulePage[];
}

/** Glossary: one YAML file per term, the file name its id. */
function readGlossary(files: string[], contentDir: string, rel: (f: string) => string, problems: ContentProblem[]) {
	const entries: RuleGlossaryEntry[] = [];
	for (const file of files.filter((f) => toPosix(relative(contentDir, f)).startsWith('glossary/'))) {
		if (!/\.(ya?ml)$/.test(file)) {
			problems.push({ file: rel(file), message: 'the glossary folder holds only .yaml files, one per term' });
			continue;
		}
		const id = file
			.split(sep)
			.pop()!
			.replace(/\.(ya?ml)$/, '');
		const parsed = parseYaml(readFileSync(file, 'utf8'), rel(file));
		if (!('doc' in parsed)) {
			problems.push(parsed);
			continue;
		}
		const result = validateYaml(parsed, glossarySchema, rel(file));
		problems.push(...result.problems);
		if (!result.data) continue;
		const at = (path: (string | number)[]) => placeOf(parsed.doc, parsed.counter, path, 1);
		entries.push({ file: rel(file), id, data: result.data, at, lineOf: (path) => at(path).line });
	}
	return entries;
}

/**
 * content/data/: every file checked by its collection's schema (src/content.config.ts), with the line of each
 * problem; the rules get the picture names and the England-only list.
 */
function readData(contentDir: string, rel: (f: string) => string, problems: ContentProblem[]) {
	const picturesFile = join(contentDir, 'data', 'pictures.yaml');
	const pictures = readDataFile(picturesFile, rel(picturesFile), picturesSchema, '');
	// No pictures.yaml: no picture is known, and none is checked (a fixture site may have none).
	if (!pictures.problems.every((p) => p.message.startsWith('is missing'))) problems.push(...pictures.problems);
	const englandFile = join(contentDir, 'data', 'england-only.yaml');
	const england = readDataFile(
		englandFile,
		rel(englandFile),
		englandOnlySchema,
		'it lists the laws, regulations, guidance and funds that apply in England only, which pages for both countries must explain for Wales. Restore it from git',
	);
	problems.push(...england.problems);
	// The toolkit's files and the help lines, when the site has them (a fixture site may not).
	for (const [file, schema] of [
		['sgo-checklist.yaml', checklistSchema],
		['sgo-support-plan.yaml', supportPlanSchema],
		['help-lines.yaml', helpLinesFileSchema],
	] as const) {
		const path = join(contentDir, 'data', file);
		if (existsSync(path)) problems.push(...readDataFile<unknown>(path, rel(path), schema, '').problems);
	}
	return {
		pictureNames: new Set(Object.keys(pictures.data ?? {})),
		englandOnly: (england.data ?? []) as EnglandOnlyEntry[],
	};
}

/** Front matter fields Starlight owns: not part of the site's schema. */
const STARLIGHT_FIELDS = [
	'sidebar',
	'template',
	'hero',
	'pagefind',
	'tableOfContents',
	'head',
	'draft',
	'prev',
	'next',
	'banner',
	'editUrl',
	'slug',
];

/** One page: its front matter through the schema and its body parsed once. A problem instead when it cannot be read. */
function readPage(file: string, path: string, name: string): RulePage | ContentProblem[] {
	const fm = splitFrontMatter(readFileSync(file, 'utf8'));
	if (!fm) {
		return [
			{
				file: name,
				line: 1,
				column: 1,
				message:
					'no front matter: start the file with --- then title, description, section, audience, jurisdiction, lastReviewed, reviewDue and sources, then ---',
			},
		];
	}
	const parsed = parseYaml(fm.yaml, name, fm.startLine, 'front matter is not valid YAML');
	if (!('doc' in parsed)) return [parsed];
	const raw = (parsed.doc.toJS() ?? {}) as Record<string, unknown>;
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		return [
			{ file: name, line: fm.startLine, column: 1, message: 'front matter must be a set of fields (key: value)' },
		];
	}
	const own = Object.fromEntries(Object.entries(raw).filter(([key]) => !STARLIGHT_FIELDS.includes(key)));
	const checked = validateYaml(parsed, pageSchema, name, fm.startLine, own);
	if (!checked.data) return checked.problems;
	const bodyPlace = (place: { line: number; column: number }) => ({
		line: place.line + fm.bodyStartLine - 1,
		column: place.column,
	});
	const mdx = parseMdx(fm.body);
	if (mdx.error) {
		return [
			{
				file: name,
				...bodyPlace(mdx.error),
				field: 'MDX',
				message: `this is not valid MDX, so the page cannot be built: ${mdx.error.reason}. Close every tag you open (<Row>…</Row>, or <FreeAdvice … /> for one with nothing inside), and write a { or < that is not markup as \\{ or &lt;`,
			},
		];
	}
	const at = (p: (string | number)[]) => placeOf(parsed.doc, parsed.counter, p, fm.startLine);
	return {
		file: name,
		path,
		data: checked.data as Record<string, unknown>,
		body: fm.body,
		mdx,
		bodyStartLine: fm.bodyStartLine,
		at,
		lineOf: (p) => at(p).line,
		bodyPlace,
	};
}

/**
 * A problem from a rule that gave only a line gets the column of the first word on it,
 * so every message says where to look.
 */
function withColumn(problem: ContentProblem, linesOf: (file: string) => string[] | undefined): ContentProblem {
	if (!problem.line || problem.column) return problem;
	const text = linesOf(problem.file)?.[problem.line - 1] ?? '';
	return { ...problem, column: text.length - text.trimStart().length + 1 };
}

const sourceCache = new Map<string, string[]>();

/**
 * Checks the whole content folder: every glossary entry, data file and page, each read
 * and (for pages) parsed once, then every rule of content-rules/ on each.
 * @param contentDir absolute path of the content folder
 * @param root absolute path of the project (for readable file names)
 */
export function checkContent(contentDir: string, root: string): CheckResult {
	const problems: ContentProblem[] = [];
	const pages: RulePage[] = [];
	const files = listFiles(contentDir, { allowMissing: true });
	const rel = (f: string) => toPosix(relative(root, f));

	const glossary = readGlossary(files, contentDir, rel, problems);
	const context: RuleContext = {
		...readData(contentDir, rel, problems),
		glossaryIds: new Set(glossary.map((entry) => entry.id)),
	};
	for (const entry of glossary) {
		for (const rule of GLOSSARY_RULES)
			problems.push(...rule.check(entry, context).map((p) => ({ ...p, rule: rule.name })));
	}

	for (const file of files) {
		const path = toPosix(relative(contentDir, file));
		if (!/\.mdx?$/.test(path) || /^(glossary|data)\//.test(path) || /(^|\/)_/.test(path)) continue;
		const page = readPage(file, path, rel(file));
		if (Array.isArray(page)) {
			problems.push(...page);
			continue;
		}
		for (const rule of PAGE_RULES) problems.push(...rule.check(page, context).map((p) => ({ ...p, rule: rule.name })));
		pages.push(page);
	}

	// Rules that need every page first: a module id used twice, a link's target audience.
	const siteContext = { ...context, sitePathOf: (file: string) => sitePath(file, root, contentDir) };
	for (const rule of SITE_RULES)
		problems.push(...rule.check(pages, siteContext).map((p) => ({ ...p, rule: rule.name })));

	sourceCache.clear();
	const linesOf = (file: string) => {
		if (!sourceCache.has(file)) {
			try {
				sourceCache.set(file, readFileSync(join(root, file), 'utf8').split(/\r?\n/));
			} catch {
				sourceCache.set(file, []);
			}
		}
		return sourceCache.get(file);
	};
	return { problems: problems.map((p) => withColumn(p, linesOf)), pages };
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
