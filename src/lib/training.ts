/**
 * Pure logic for the judicial training modules and the tools trainers use in a
 * session: the addresses of modules and their sections (long and short), the
 * QR codes made from them at build time, the session plan's timings, and the
 * rule that every module has the seven sections in a fixed order.
 *
 * Nothing here touches the DOM or Astro, so unit tests can import it directly.
 */
import QRCode from 'qrcode';
import { findComponentUses } from './mdx-text.ts';
import { MODULE_SECTIONS, MODULE_SECTION_LABELS, type ModuleSectionKind } from './taxonomy.ts';

// ---------- Addresses ----------

/** "M01" → "01": the number used in the module's short link. */
export function moduleNumber(moduleId: string): string {
	const match = /^M(\d{2})$/.exec(moduleId);
	if (!match) throw new Error(`moduleId must be M followed by 2 digits, for example M01 (got "${moduleId}")`);
	return match[1];
}

/** The short link's path for a module: M01 → /m/01/ (the site uses trailing slashes). */
export function shortPath(moduleId: string): string {
	return `/m/${moduleNumber(moduleId)}/`;
}

/** The page path of a content entry: training/m01-x → /training/m01-x/. */
export function entryPath(entryId: string): string {
	const slug = entryId.replace(/(^|\/)index$/, '');
	return slug ? `/${slug}/` : '/';
}

/** An absolute address on the site: `path` resolved against the site's address (Astro.site). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	if (!site)
		throw new Error(
			'The site address is not set: set `site` in astro.config.mjs (or SITE_URL) so QR codes and links can be absolute.',
		);
	return new URL(path, site).href;
}

/** The address of one section of a module: the module's address with the section's stable anchor. */
export function sectionUrl(moduleUrl: string, kind: ModuleSectionKind): string {
	const url = new URL(moduleUrl);
	url.hash = kind;
	return url.href;
}

/** Every address a module page offers: the module, its short link and each of its sections. */
export function moduleUrls(
	entryId: string,
	moduleId: string,
	site: URL | string | undefined,
): { path: string; url: string; shortPath: string; shortUrl: string; sections: Record<ModuleSectionKind, string> } {
	const path = entryPath(entryId);
	const url = absoluteUrl(path, site);
	const sections = Object.fromEntries(MODULE_SECTIONS.map((kind) => [kind, sectionUrl(url, kind)])) as Record<
		ModuleSectionKind,
		string
	>;
	return { path, url, shortPath: shortPath(moduleId), shortUrl: absoluteUrl(shortPath(moduleId), site), sections };
}

// ---------- QR codes ----------

/** The accessible name of a QR code: what a screen reader says instead of the picture (the <img> alt text). */
export function qrLabel(url: string): string {
	return `QR code for ${url}`;
}

/**
 * Where the picture of a QR code is published, as a file of its own (src/pages/qr/[name].svg.ts),
 * so the page's HTML does not carry it: /qr/m01.svg for module M01, /qr/m01-case-study.svg for
 * its case study section.
 */
export function qrPath(moduleId: string, kind?: ModuleSectionKind): string {
	return `/qr/m${moduleNumber(moduleId)}${kind ? `-${kind}` : ''}.svg`;
}

/** Every QR code of a module: the module's, then one per section, each with its file and the address it opens. */
export function moduleQrCodes(
	entryId: string,
	moduleId: string,
	site: URL | string | undefined,
): { path: string; url: string }[] {
	const urls = moduleUrls(entryId, moduleId, site);
	return [
		{ path: qrPath(moduleId), url: urls.url },
		...MODULE_SECTIONS.map((kind) => ({ path: qrPath(moduleId, kind), url: urls.sections[kind] })),
	];
}

/**
 * A QR code for `url` as a standalone SVG file, made at build time with the
 * `qrcode` package: one white square and one path of black modules, with the
 * quiet zone, so it scans on a projector and on paper and stays sharp at any
 * size. It is shown with <img alt="QR code for <address>">, so it needs no
 * accessible name of its own.
 */
export async function qrSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return `${svg.trim()}\n`;
}

// ---------- Session plan ----------

export interface Activity {
	title: string;
	minutes: number;
	section: string;
}

/** "h:mm" from minutes since the start: 75 → "1:15". */
export function clock(minutes: number): string {
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes in words: 90 → "1 hour 30 minutes", 45 → "45 minutes", 120 → "2 hours". */
export function durationText(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	const parts: string[] = [];
	if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
	if (rest || !hours) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
	return parts.join(' ');
}

/** ISO 8601 duration for <time datetime>: 90 → "PT90M". */
export function isoDuration(minutes: number): string {
	return `PT${minutes}M`;
}

/** The session plan: each activity with the minute it starts at, and the total. */
export function sessionPlan<T extends Activity>(
	activities: readonly T[],
): { rows: (T & { start: number })[]; total: number } {
	let start = 0;
	const rows = activities.map((activity) => {
		const row = { ...activity, start };
		start += activity.minutes;
		return row;
	});
	return { rows, total: start };
}

/** Null when the activities add up to the module's duration, otherwise what is wrong (the schema reports it). */
export function sessionPlanMismatch(
	moduleId: string,
	durationMinutes: number,
	activities: readonly Activity[],
): string | null {
	const { total } = sessionPlan(activities);
	if (total === durationMinutes) return null;
	return `session plan for ${moduleId} adds up to ${total} minutes but durationMinutes is ${durationMinutes}; make the activities' minutes add up to durationMinutes`;
}

// ---------- The seven sections ----------

export interface ModuleSectionUse {
	/** The kind="…" attribute, or "" when it is missing. */
	kind: string;
	/** The title="…" attribute, or "" when it is missing. */
	title: string;
	/** 1-based line within the MDX body. */
	line: number;
}

/** The <ModuleSection> components in an MDX body, in order, with their line numbers. */
export function moduleSections(body: string): ModuleSectionUse[] {
	return findComponentUses(body, 'ModuleSection').map((use) => ({
		kind: use.attributes.kind ?? '',
		title: use.attributes.title ?? '',
		line: use.line,
	}));
}

const isKind = (kind: string): kind is ModuleSectionKind => (MODULE_SECTIONS as readonly string[]).includes(kind);

/** The sections' titles for the module's contents list, in the fixed order, falling back to plain labels. */
export function moduleContents(body: string | undefined): { kind: ModuleSectionKind; title: string }[] {
	const found = new Map<string, string>();
	for (const use of moduleSections(body ?? '')) if (use.title && !found.has(use.kind)) found.set(use.kind, use.title);
	return MODULE_SECTIONS.map((kind) => ({ kind, title: found.get(kind) ?? MODULE_SECTION_LABELS[kind] }));
}

export interface SectionOrderProblem {
	/** 1-based line within the MDX body. */
	line: number;
	message: string;
}

const EXPECTED = `a training module has exactly these ${MODULE_SECTIONS.length} <ModuleSection kind="…"> sections, in this order: ${MODULE_SECTIONS.join(', ')}`;

/**
 * Checks that a training module's body has exactly the seven ModuleSection
 * kinds of MODULE_SECTIONS, each once, in that order. Each problem names the
 * line and says what was expected there.
 */
export function checkSectionOrder(body: string): SectionOrderProblem[] {
	const uses = moduleSections(body);
	const problems: SectionOrderProblem[] = [];
	const lastLine = Math.max(1, body.split(/\r?\n/).length);

	const seen = new Map<string, number>();
	for (const use of uses) {
		if (!use.kind) {
			problems.push({ line: use.line, message: `this ModuleSection has no kind="…"; ${EXPECTED}` });
		} else if (!isKind(use.kind)) {
			problems.push({ line: use.line, message: `kind="${use.kind}" is not a module section; ${EXPECTED}` });
		} else if (seen.has(use.kind)) {
			problems.push({
				line: use.line,
				message: `kind="${use.kind}" is used twice (first on line ${seen.get(use.kind)}); ${EXPECTED}`,
			});
		} else seen.set(use.kind, use.line);
	}
	if (problems.length) return problems;

	for (let i = 0; i < MODULE_SECTIONS.length; i++) {
		const expected = MODULE_SECTIONS[i];
		const use = uses[i];
		if (!use) {
			problems.push({
				line: uses.length ? uses[uses.length - 1].line : lastLine,
				message: `section ${i + 1} should be kind="${expected}" but the module ${uses.length ? `ends after ${uses.length} section${uses.length === 1 ? '' : 's'}` : 'has no ModuleSection'}; ${EXPECTED}`,
			});
			break;
		}
		if (use.kind !== expected) {
			problems.push({
				line: use.line,
				message: `section ${i + 1} is kind="${use.kind}" but kind="${expected}" is expected here; ${EXPECTED}`,
			});
			break;
		}
	}
	return problems;
}
