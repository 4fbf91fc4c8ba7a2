/**
 * Every content rule, each a small module in this folder (how to write one: types.ts).
 * checkContent (src/build/content-check.ts) runs PAGE_RULES on every page, GLOSSARY_RULES
 * on every glossary entry and SITE_RULES once over all pages, and puts the rule's name on
 * each problem, so the build stops with the file, line, column and what to do.
 */
import { sectionFolder } from './section-folder.ts';
import { moduleIds, moduleSections } from './training-modules.ts';
import { leafletPicture, rowPictures } from './pictures.ts';
import { unsafeMarkup } from './unsafe-markup.ts';
import { glossaryTerms } from './glossary-terms.ts';
import { madeLinks } from './made-links.ts';
import { phoneNumbers } from './phone-numbers.ts';
import { versionPairs } from './version-pairs.ts';
import { freeAdvice } from './free-advice.ts';
import { glossaryRightToRemove, rightToRemove } from './right-to-remove.ts';
import { glossaryWales, walesAside, walesNote, walesPageRule, walesPassage } from './wales-note.ts';
import { welshSituations, welshTwins } from './welsh.ts';
import { reviewFacts } from './review-facts.ts';
import type { GlossaryRule, PageRule, SiteRule } from './types.ts';

export type { GlossaryRule, PageRule, RuleContext, RuleGlossaryEntry, RulePage, SiteRule } from './types.ts';

export const PAGE_RULES: PageRule[] = [
	sectionFolder,
	moduleSections,
	leafletPicture,
	unsafeMarkup,
	glossaryTerms,
	rowPictures,
	walesNote,
	walesPassage,
	walesAside,
	walesPageRule,
	madeLinks,
	phoneNumbers,
	freeAdvice,
	rightToRemove,
];

export const GLOSSARY_RULES: GlossaryRule[] = [glossaryWales, glossaryRightToRemove];

export const SITE_RULES: SiteRule[] = [moduleIds, reviewFacts, versionPairs, welshTwins, welshSituations];
