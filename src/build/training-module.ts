/**
 * Build-time parts of the training modules: the seven <ModuleSection>s read from a module's
 * MDX syntax tree, so a tag written over several lines counts (its contents list, and the rule that every module has the seven sections in a
 * fixed order), and the QR codes drawn with the `qrcode` encoder. Kept out of
 * src/lib/training.ts so that loading the content schema does not load an encoder.
 */
import QRCode from 'qrcode';
import { findComponentUses } from './mdx-text.ts';
import { toDocument, type MdxSource } from './mdx-tree.ts';
import { MODULE_SECTIONS, MODULE_SECTION_LABELS, type ModuleSectionKind } from '../lib/taxonomy.ts';

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

// ---------- The seven sections ----------

export interface ModuleSectionUse {
	/** The kind="…" attribute, or "" when it is missing. */
	kind: string;
	/** The title="…" attribute, or "" when it is missing. */
	title: string;
	/** 1-based line and column within the MDX body. */
	line: number;
	column: number;
}

/** The <ModuleSection> components in an MDX body (or its parsed document), in order, with their places. */
export function moduleSections(source: MdxSource): ModuleSectionUse[] {
	return findComponentUses(source, 'ModuleSection').map((use) => ({
		kind: use.attributes.kind ?? '',
		title: use.attributes.title ?? '',
		line: use.line,
		column: use.column,
	}));
}

const isKind = (kind: string): kind is ModuleSectionKind => (MODULE_SECTIONS as readonly string[]).includes(kind);

/** The sections' titles for the module's contents list, in the fixed order, falling back to plain labels. */
export function moduleContents(body: MdxSource | undefined): { kind: ModuleSectionKind; title: string }[] {
	const found = new Map<string, string>();
	for (const use of moduleSections(body ?? '')) if (use.title && !found.has(use.kind)) found.set(use.kind, use.title);
	return MODULE_SECTIONS.map((kind) => ({ kind, title: found.get(kind) ?? MODULE_SECTION_LABELS[kind] }));
}

export interface SectionOrderProblem {
	/** 1-based line and column within the MDX body. */
	line: number;
	column: number;
	message: string;
}

const EXPECTED = `a training module has exactly these ${MODULE_SECTIONS.length} <ModuleSection kind="…"> sections, in this order: ${MODULE_SECTIONS.join(', ')}`;

/**
 * Checks that a training module's body has exactly the seven ModuleSection
 * kinds of MODULE_SECTIONS, each once, in that order. Each problem names the
 * line and says what was expected there.
 */
export function checkSectionOrder(source: MdxSource): SectionOrderProblem[] {
	const uses = moduleSections(source);
	const problems: SectionOrderProblem[] = [];
	const lastLine = Math.max(1, toDocument(source).body.split(/\r?\n/).length);

	const seen = new Map<string, number>();
	for (const use of uses) {
		if (!use.kind) {
			problems.push({ line: use.line, column: use.column, message: `this ModuleSection has no kind="…"; ${EXPECTED}` });
		} else if (!isKind(use.kind)) {
			problems.push({
				line: use.line,
				column: use.column,
				message: `kind="${use.kind}" is not a module section; ${EXPECTED}`,
			});
		} else if (seen.has(use.kind)) {
			problems.push({
				line: use.line,
				column: use.column,
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
				column: uses.length ? uses[uses.length - 1].column : 1,
				message: `section ${i + 1} should be kind="${expected}" but the module ${uses.length ? `ends after ${uses.length} section${uses.length === 1 ? '' : 's'}` : 'has no ModuleSection'}; ${EXPECTED}`,
			});
			break;
		}
		if (use.kind !== expected) {
			problems.push({
				line: use.line,
				column: use.column,
				message: `section ${i + 1} is kind="${use.kind}" but kind="${expected}" is expected here; ${EXPECTED}`,
			});
			break;
		}
	}
	return problems;
}
