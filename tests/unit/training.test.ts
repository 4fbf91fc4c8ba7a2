import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import {
	absoluteUrl,
	clock,
	durationText,
	entryPath,
	isoDuration,
	moduleNumber,
	moduleQrCodes,
	moduleUrls,
	qrLabel,
	qrPath,
	sectionUrl,
	sessionPlan,
	sessionPlanMismatch,
	shortPath,
} from '../../src/lib/training.ts';
import { checkSectionOrder, moduleContents, moduleSections, qrSvg } from '../../src/build/training-module.ts';
import { MODULE_SECTIONS } from '../../src/lib/taxonomy.ts';
import { site } from '../helpers/site-content.ts';

const SITE = 'https://example.org';

/** An MDX body with the given section kinds, one section every 4 lines starting at line 3. */
function bodyWith(kinds: string[]): string {
	const lines = ["import { ModuleSection } from '~/components/content';", ''];
	for (const kind of kinds)
		lines.push(`<ModuleSection kind="${kind}" title="About ${kind}">`, '', 'Words.', '</ModuleSection>');
	return lines.join('\n');
}

describe('addresses', () => {
	it('short links: M01 → /m/01/', () => {
		expect(moduleNumber('M01')).toBe('01');
		expect(shortPath('M06')).toBe('/m/06/');
		expect(() => moduleNumber('M1')).toThrow(/M followed by 2 digits/);
	});

	it('page paths follow the content entry id, with the trailing slash', () => {
		expect(entryPath('training/m01-pre-proceedings-and-the-plo')).toBe('/training/m01-pre-proceedings-and-the-plo/');
		expect(entryPath('training/index')).toBe('/training/');
		expect(entryPath('index')).toBe('/');
	});

	it('absolute addresses come from the site address, with or without a path or trailing slash', () => {
		expect(absoluteUrl('/m/01/', SITE)).toBe('https://example.org/m/01/');
		expect(absoluteUrl('/m/01/', new URL('http://localhost:4321'))).toBe('http://localhost:4321/m/01/');
		expect(() => absoluteUrl('/m/01/', undefined)).toThrow(/site address is not set/);
	});

	it('a section address is the module address with the stable anchor', () => {
		expect(sectionUrl('https://example.org/training/m01-x/', 'case-study')).toBe(
			'https://example.org/training/m01-x/#case-study',
		);
		// A hash already there is replaced, not appended.
		expect(sectionUrl('https://example.org/training/m01-x/#key-messages', 'trainer-notes')).toBe(
			'https://example.org/training/m01-x/#trainer-notes',
		);
	});

	it('moduleUrls gives the module, its short link and all seven sections', () => {
		const urls = moduleUrls('training/m02-working-in-partnership', 'M02', SITE);
		expect(urls.path).toBe('/training/m02-working-in-partnership/');
		expect(urls.url).toBe('https://example.org/training/m02-working-in-partnership/');
		expect(urls.shortPath).toBe('/m/02/');
		expect(urls.shortUrl).toBe('https://example.org/m/02/');
		expect(Object.keys(urls.sections)).toEqual([...MODULE_SECTIONS]);
		expect(urls.sections['further-reading']).toBe(
			'https://example.org/training/m02-working-in-partnership/#further-reading',
		);
	});
});

describe('QR codes', () => {
	const address = 'https://example.org/training/m01-x/#case-study';

	it('are SVG files of their own, named after the module and section, with an accessible name for the <img> that shows them', () => {
		expect(qrPath('M01')).toBe('/qr/m01.svg');
		expect(qrPath('M06', 'case-study')).toBe('/qr/m06-case-study.svg');
		expect(() => qrPath('M1')).toThrow(/M followed by 2 digits/);
		expect(qrLabel(address)).toBe(`QR code for ${address}`);
		const codes = moduleQrCodes('training/m02-working-in-partnership', 'M02', SITE);
		expect(codes[0]).toEqual({ path: '/qr/m02.svg', url: 'https://example.org/training/m02-working-in-partnership/' });
		expect(codes.slice(1)).toEqual(
			MODULE_SECTIONS.map((kind) => ({
				path: `/qr/m02-${kind}.svg`,
				url: `https://example.org/training/m02-working-in-partnership/#${kind}`,
			})),
		);
		expect(new Set(codes.map((c) => c.path)).size).toBe(codes.length);
	});

	it('are standalone SVG: one white square and one path of black modules', async () => {
		const svg = await qrSvg(address);
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" shape-rendering="crispEdges">/,
		);
		expect(svg.match(/<path /g)).toHaveLength(2);
		expect(svg.trim().endsWith('</svg>')).toBe(true);
		expect(svg.length).toBeLessThan(4000);
	});

	it('encode exactly the address (the same modules as the qrcode package makes for it)', async () => {
		const svg = await qrSvg(address);
		const reference = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M' });
		const modules = (s: string) => /<path stroke="#000000" d="([^"]+)"/.exec(s)?.[1];
		expect(modules(svg)).toBeDefined();
		expect(modules(svg)).toBe(modules(reference));
		expect(modules(await qrSvg(`${address}x`))).not.toBe(modules(svg));
	});
});

describe('session plan maths', () => {
	const activities = [
		{ title: 'Welcome', minutes: 10, section: 'key-messages' },
		{ title: 'Case study', minutes: 65, section: 'case-study' },
		{ title: 'Close', minutes: 15, section: 'activities' },
	];

	it('gives each activity its start time and the total', () => {
		const plan = sessionPlan(activities);
		expect(plan.rows.map((r) => [r.title, r.start])).toEqual([
			['Welcome', 0],
			['Case study', 10],
			['Close', 75],
		]);
		expect(plan.total).toBe(90);
		expect(sessionPlan([]).total).toBe(0);
	});

	it('formats times and durations', () => {
		expect(clock(0)).toBe('0:00');
		expect(clock(75)).toBe('1:15');
		expect(clock(125)).toBe('2:05');
		expect(durationText(90)).toBe('1 hour 30 minutes');
		expect(durationText(45)).toBe('45 minutes');
		expect(durationText(120)).toBe('2 hours');
		expect(durationText(61)).toBe('1 hour 1 minute');
		expect(isoDuration(90)).toBe('PT90M');
	});

	it('names the module when the activities do not add up to durationMinutes', () => {
		expect(sessionPlanMismatch('M04', 90, activities)).toBeNull();
		expect(sessionPlanMismatch('M04', 100, activities)).toBe(
			"session plan for M04 adds up to 90 minutes but durationMinutes is 100; make the activities' minutes add up to durationMinutes",
		);
	});
});

describe('section order', () => {
	const expected =
		/a training module has exactly these 7 <ModuleSection kind="…"> sections, in this order: key-messages, law-and-guidance, case-study, discussion-questions, activities, trainer-notes, further-reading$/;

	it('accepts the seven sections in order', () => {
		expect(checkSectionOrder(bodyWith([...MODULE_SECTIONS]))).toEqual([]);
	});

	it('reads kinds, titles and lines', () => {
		expect(moduleSections(bodyWith(['key-messages', 'case-study']))).toEqual([
			{ kind: 'key-messages', title: 'About key-messages', line: 3, column: 1 },
			{ kind: 'case-study', title: 'About case-study', line: 7, column: 1 },
		]);
	});

	it('names the line of the first section out of order and what is expected there', () => {
		const kinds = [...MODULE_SECTIONS];
		[kinds[1], kinds[2]] = [kinds[2], kinds[1]];
		const problems = checkSectionOrder(bodyWith(kinds));
		expect(problems).toHaveLength(1);
		expect(problems[0].line).toBe(7);
		expect(problems[0].message).toMatch(
			/^section 2 is kind="case-study" but kind="law-and-guidance" is expected here; /,
		);
		expect(problems[0].message).toMatch(expected);
	});

	it('reports a missing section at the end', () => {
		const problems = checkSectionOrder(bodyWith(MODULE_SECTIONS.slice(0, 6)));
		expect(problems).toEqual([
			{
				line: 23,
				column: 1,
				message: expect.stringMatching(
					/^section 7 should be kind="further-reading" but the module ends after 6 sections; /,
				),
			},
		]);
		expect(checkSectionOrder('No sections at all.')[0].message).toMatch(/has no ModuleSection/);
	});

	it('reports an unknown kind, a missing kind and a repeated kind on their lines', () => {
		expect(checkSectionOrder(bodyWith(['key-messages', 'summary']))).toEqual([
			{ line: 7, column: 1, message: expect.stringMatching(/^kind="summary" is not a module section; /) },
		]);
		expect(checkSectionOrder('<ModuleSection title="No kind">\n</ModuleSection>')[0]).toEqual({
			line: 1,
			column: 1,
			message: expect.stringMatching(/^this ModuleSection has no kind="…"; /),
		});
		expect(checkSectionOrder(bodyWith([...MODULE_SECTIONS, 'case-study']))).toEqual([
			{
				line: 31,
				column: 1,
				message: expect.stringMatching(/^kind="case-study" is used twice \(first on line 11\); /),
			},
		]);
	});

	it('sees a <ModuleSection> whose tag is written over several lines', () => {
		const body = bodyWith([...MODULE_SECTIONS]).replace(
			'<ModuleSection kind="case-study" title="About case-study">',
			'<ModuleSection\n\tkind="case-study"\n\ttitle="About case-study"\n>',
		);
		expect(body).toContain('<ModuleSection\n\tkind="case-study"');
		expect(checkSectionOrder(body)).toEqual([]);
		expect(moduleSections(body)[2]).toEqual({ kind: 'case-study', title: 'About case-study', line: 11, column: 1 });
		expect(moduleContents(body)[2].title).toBe('About case-study');
	});

	it("lists the contents in the fixed order with the module's own titles", () => {
		const contents = moduleContents(bodyWith(['key-messages', 'case-study']));
		expect(contents.map((c) => c.kind)).toEqual([...MODULE_SECTIONS]);
		expect(contents[0].title).toBe('About key-messages');
		expect(contents[1].title).toBe('The law and guidance');
		expect(contents[2].title).toBe('About case-study');
	});

	it('holds for every module in content/training', () => {
		const modules = site.pages.filter((p) => p.data.section === 'training');
		expect(modules.length).toBeGreaterThanOrEqual(6);
		for (const module of modules) expect(checkSectionOrder(module.body), module.file).toEqual([]);
	});
});
