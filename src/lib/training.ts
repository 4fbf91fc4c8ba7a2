/**
 * Pure logic for the judicial training modules and the tools trainers use in a
 * session: the addresses of modules and their sections (long and short), where
 * their QR codes are published, and the session plan's timings (which the content
 * schema checks). Pure: no DOM, no Node, no encoder, so the schema and any browser
 * code can import it. Reading a module's MDX body and drawing QR codes is build
 * code: src/build/training-module.ts.
 */
import { MODULE_SECTIONS, type ModuleSectionKind } from './taxonomy.ts';

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

// The accessible name is shared with the leaflets' QR codes (src/lib/qr.ts).
export { qrLabel } from './qr.ts';

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
