/**
 * The search test set: what people type, in their own words (misspellings and text-speak
 * included), from each audience, with the page they would want. `pages` lists the page wanted
 * first, then any other page that answers the same need equally well; a query passes at rank
 * k when one of them is in the first k results.
 *
 * `npm test` (tests/browser/search.test.ts) fails when any is not in the top 5, on the search
 * page or in the dialog; `npm run bench` (scripts/bench/search-quality.mjs) prints recall at 1, 3
 * and 5 and the mean reciprocal rank, and the queries whose top result changed since the last run.
 */
export type Asker =
	| 'parent'
	| 'grandparent'
	| 'child-10'
	| 'child-15'
	| 'social-worker'
	| 'childrens-guardian'
	| 'solicitor'
	| 'magistrate'
	| 'trainer';

export interface SearchCase {
	query: string;
	who: Asker;
	pages: string[];
}

const ER = '/easy-read';
const G = '/guidance';
const T = '/sgo-toolkit';
const M = '/training';

export const QUERIES: SearchCase[] = [
	// A frightened parent.
	{
		who: 'parent',
		query: 'they took my son into care',
		pages: [
			`/situations/child-taken-today/`,
			`/situations/court-papers/`,
			`${G}/care-proceedings/`,
			`${ER}/going-to-court/`,
		],
	},
	{
		who: 'parent',
		query: 'social services removed my child',
		pages: [`${G}/care-proceedings/`, `${ER}/going-to-court/`],
	},
	{
		who: 'parent',
		query: 'will they take my baby',
		pages: [`${G}/care-proceedings/`, `${ER}/going-to-court/`, `${G}/where-to-start/`],
	},
	{
		who: 'parent',
		query: 'letter from the council',
		pages: [`${ER}/letter-before-proceedings/`, `${G}/letter-before-proceedings/`],
	},
	{
		who: 'parent',
		query: 'leter from the council',
		pages: [`${ER}/letter-before-proceedings/`, `${G}/letter-before-proceedings/`],
	},
	{
		who: 'parent',
		query: 'letter before proceedings',
		pages: [`${ER}/letter-before-proceedings/`, `${G}/letter-before-proceedings/`],
	},
	{
		who: 'parent',
		query: 'what is a pre proceedings meeting',
		pages: [`${ER}/pre-proceedings-meeting/`, `${G}/pre-proceedings-meeting/`],
	},
	{ who: 'parent', query: 'PLO meeting', pages: [`${ER}/pre-proceedings-meeting/`, `${G}/pre-proceedings-meeting/`] },
	{ who: 'parent', query: 'the social worker is worried about me', pages: [`${ER}/social-worker-worries/`] },
	{ who: 'parent', query: 'social worker worried', pages: [`${ER}/social-worker-worries/`] },
	{
		who: 'parent',
		query: 'ss are involved what do i do',
		pages: [`${ER}/social-worker-worries/`, `${G}/where-to-start/`],
	},
	{ who: 'parent', query: 'free solicitor', pages: [`${ER}/getting-a-solicitor/`, `${G}/getting-help-and-advice/`] },
	{
		who: 'parent',
		query: 'do i need a lawyer',
		pages: [`${ER}/getting-a-solicitor/`, `${G}/getting-help-and-advice/`],
	},
	{ who: 'parent', query: 'legal aid', pages: [`${ER}/getting-a-solicitor/`, `${G}/getting-help-and-advice/`] },
	{ who: 'parent', query: 'solicter', pages: [`${ER}/getting-a-solicitor/`, `${G}/getting-help-and-advice/`] },
	{
		who: 'parent',
		query: 'they want me to sign a form',
		pages: [`${ER}/section-20/`, `${G}/section-20-agreeing-to-care/`],
	},
	{ who: 'parent', query: 'section 20', pages: [`${ER}/section-20/`, `${G}/section-20-agreeing-to-care/`] },
	{ who: 'parent', query: 's20', pages: [`${ER}/section-20/`, `${G}/section-20-agreeing-to-care/`] },
	{
		who: 'parent',
		query: 'can i take my child back home',
		pages: [`${ER}/section-20/`, `${G}/section-20-agreeing-to-care/`],
	},
	{ who: 'parent', query: 'care proceedings', pages: [`${G}/care-proceedings/`, `${ER}/going-to-court/`] },
	{ who: 'parent', query: 'care procedings', pages: [`${G}/care-proceedings/`, `${ER}/going-to-court/`] },
	{ who: 'parent', query: 'going to court', pages: [`${ER}/going-to-court/`, `${G}/care-proceedings/`] },
	{ who: 'parent', query: 'how long does court take 26 weeks', pages: [`${G}/care-proceedings/`] },
	{
		who: 'parent',
		query: 'family group conference',
		pages: [`${ER}/family-group-conference/`, `${G}/family-group-conferences/`],
	},
	{
		who: 'parent',
		query: 'family group conferance',
		pages: [`${ER}/family-group-conference/`, `${G}/family-group-conferences/`],
	},
	{ who: 'parent', query: 'FGC', pages: [`${ER}/family-group-conference/`, `${G}/family-group-conferences/`] },
	{ who: 'parent', query: 'nobody listens to me', pages: [`${ER}/having-your-say/`] },
	{ who: 'parent', query: 'having my say', pages: [`${ER}/having-your-say/`] },
	{ who: 'parent', query: 'what do the words mean', pages: [`${ER}/words-you-might-hear/`, '/glossary/'] },
	{ who: 'parent', query: 'where do i start', pages: [`${G}/where-to-start/`, '/families/'] },
	{ who: 'parent', query: 'delete my history private browsing', pages: ['/about/staying-safe-online/'] },
	{ who: 'parent', query: 'easy read', pages: [`${ER}/`] },
	// What is happening? (issue 18): a family's situation in their own words finds its step-by-step page.
	{
		who: 'parent',
		query: 'child protection conference',
		pages: ['/situations/child-protection-conference/', `${G}/child-protection-conference/`],
	},
	{
		who: 'parent',
		query: 'court papers',
		pages: ['/situations/court-papers/', `${ER}/court-papers/`, `${G}/first-court-hearing/`],
	},
	{
		who: 'parent',
		query: 'police took my baby',
		pages: ['/situations/', '/situations/child-taken-today/', `${G}/emergency-removal/`],
	},
	{
		who: 'parent',
		query: 'baby taken at hospital',
		pages: ['/situations/child-taken-today/', `${ER}/child-taken-today/`],
	},
	{ who: 'parent', query: 'letter from cafcass', pages: ['/situations/letter-from-cafcass/'] },
	{
		who: 'parent',
		query: 'pregnant social worker',
		pages: ['/situations/pregnant/', `${ER}/pregnant/`, `${G}/assessment-before-birth/`],
	},
	{ who: 'solicitor', query: 'emergency protection order', pages: [`${G}/emergency-removal/`, '/glossary/e/'] },
	// A grandparent, or another relative who may look after the child.
	{
		who: 'grandparent',
		query: 'my nan wants to look after me',
		pages: [`${T}/for-children/`, `${ER}/special-guardianship-children/`],
	},
	{
		who: 'grandparent',
		query: 'grandparent looking after grandchild',
		pages: [`${ER}/special-guardianship-family/`, `${T}/for-family-members/`],
	},
	{
		who: 'grandparent',
		query: 'gran',
		pages: ['/situations/asked-to-care-for-a-child/', `${ER}/special-guardianship-family/`, `${T}/for-family-members/`],
	},
	{
		who: 'grandparent',
		query: 'can grandma look after the kids',
		pages: [`${ER}/special-guardianship-family/`, `${T}/for-family-members/`],
	},
	{
		who: 'grandparent',
		query: 'my sister wants to look after my daughter',
		pages: [`${ER}/special-guardianship-family/`, `${T}/for-family-members/`],
	},
	{ who: 'grandparent', query: 'SGO', pages: [`${ER}/special-guardianship-family/`, `${T}/for-family-members/`] },
	{
		who: 'grandparent',
		query: 'special gaurdianship',
		pages: [`${T}/for-family-members/`, `${ER}/special-guardianship-family/`],
	},
	{
		who: 'grandparent',
		query: 'speshal guardianship',
		pages: [`${T}/for-family-members/`, `${ER}/special-guardianship-family/`],
	},
	{
		who: 'grandparent',
		query: 'kinship carer',
		pages: [`${T}/for-family-members/`, `${ER}/special-guardianship-family/`],
	},
	{
		who: 'grandparent',
		query: 'money for special guardians',
		pages: [`${T}/for-family-members/`, `${ER}/special-guardianship-family/`],
	},
	{ who: 'grandparent', query: 'who can apply for special guardianship', pages: [`${T}/who-can-apply/`] },
	{ who: 'grandparent', query: 'adoption or special guardianship', pages: [`${T}/comparing-orders/`] },
	{
		who: 'grandparent',
		query: 'foster',
		pages: [`${T}/comparing-orders/`, '/glossary/f/', `${ER}/words-you-might-hear/`],
	},
	// A child of about 10.
	{
		who: 'child-10',
		query: 'why cant i live with my mum',
		pages: ['/children-and-young-people/', `${ER}/special-guardianship-children/`, `${T}/for-children/`],
	},
	{
		who: 'child-10',
		query: 'i want to live with my nan',
		pages: [`${ER}/special-guardianship-children/`, `${T}/for-children/`],
	},
	{
		who: 'child-10',
		query: 'who is my guardian',
		pages: [`${ER}/special-guardianship-children/`, `${T}/for-children/`, '/glossary/c/'],
	},
	{
		who: 'child-10',
		query: 'what is a judge',
		pages: ['/glossary/j/', `${ER}/words-you-might-hear/`, `${T}/for-children/`],
	},
	{
		who: 'child-10',
		query: 'children',
		pages: ['/children-and-young-people/', `${ER}/special-guardianship-children/`, `${T}/for-children/`],
	},
	// A young person of about 15.
	{
		who: 'child-15',
		query: 'can i say what i want to happen',
		pages: [`${T}/for-children/`, `${ER}/special-guardianship-children/`, `${ER}/having-your-say/`],
	},
	{
		who: 'child-15',
		query: 'special guardianship for young people',
		pages: [`${T}/for-children/`, `${ER}/special-guardianship-children/`],
	},
	{
		who: 'child-15',
		query: 'cafcass',
		pages: ['/glossary/c/', `${ER}/special-guardianship-children/`, `${T}/for-children/`],
	},
	{
		who: 'child-15',
		query: 'family time with my dad',
		pages: ['/glossary/f/', `${T}/for-children/`, `${ER}/special-guardianship-children/`],
	},
	{ who: 'child-15', query: 'looked after child', pages: ['/glossary/l/', `${G}/section-20-agreeing-to-care/`] },
	// A social worker.
	{ who: 'social-worker', query: 'viability assessment', pages: [`${T}/assessment/`] },
	{
		who: 'social-worker',
		query: 'special guardianship assessment',
		pages: [`${T}/assessment/`, `${T}/assessment-checklist/`],
	},
	{ who: 'social-worker', query: 'assessment checklist', pages: [`${T}/assessment-checklist/`] },
	{ who: 'social-worker', query: 'asesment checklist', pages: [`${T}/assessment-checklist/`] },
	{
		who: 'social-worker',
		query: 'support plan template',
		pages: [`${T}/support-plan-template/`, `${T}/support-plan/`],
	},
	{
		who: 'social-worker',
		query: 'special guardianship support plan',
		pages: [`${T}/support-plan/`, `${T}/support-plan-template/`],
	},
	{ who: 'social-worker', query: 'placement breakdown', pages: [`${T}/placement-breakdown/`] },
	{
		who: 'social-worker',
		query: 'working in partnership with families',
		pages: [`${G}/working-in-partnership/`, `${M}/m02-working-in-partnership/`],
	},
	{
		who: 'social-worker',
		query: 'PLO pre-proceedings stage',
		pages: [`${G}/plo-pre-proceedings-stage/`, `${M}/m01-pre-proceedings-and-the-plo/`],
	},
	{
		who: 'social-worker',
		query: 'public law outline',
		pages: [`${G}/plo-pre-proceedings-stage/`, `${M}/m01-pre-proceedings-and-the-plo/`],
	},
	{ who: 'social-worker', query: 'FGC in practice', pages: [`${G}/fgc-in-practice/`] },
	{
		who: 'social-worker',
		query: 'family network',
		pages: [`${M}/m05-family-group-conferences/`, `${G}/fgc-in-practice/`, '/glossary/f/'],
	},
	{ who: 'social-worker', query: 'ASGSF', pages: [`${T}/support-plan/`, '/glossary/a/'] },
	{ who: 'social-worker', query: 'practitioners', pages: ['/practitioners/'] },
	// A children's guardian.
	{
		who: 'childrens-guardian',
		query: "what the court and children's guardian look for",
		pages: [`${T}/court-and-guardian/`],
	},
	{
		who: 'childrens-guardian',
		query: 'hearing the child',
		pages: [`${M}/m06-hearing-the-child-and-problem-solving-courts/`],
	},
	{ who: 'childrens-guardian', query: 'legal framework special guardianship', pages: [`${T}/legal-framework/`] },
	{ who: 'childrens-guardian', query: 'special guardianship regulations 2005', pages: [`${T}/legal-framework/`] },
	// A solicitor.
	{ who: 'solicitor', query: 'PLWG best practice guidance', pages: [`${G}/plwg-best-practice-guidance/`] },
	{
		who: 'solicitor',
		query: 'public law working group',
		pages: [`${G}/plwg-best-practice-guidance/`, `${M}/m03-section-20-and-section-76/`],
	},
	{
		who: 'solicitor',
		query: 'section 76 wales',
		pages: [`${G}/section-20-agreeing-to-care/`, `${M}/m03-section-20-and-section-76/`],
	},
	{
		who: 'solicitor',
		query: 'section 20 accommodation best practice',
		pages: [`${M}/m03-section-20-and-section-76/`, `${G}/plwg-best-practice-guidance/`],
	},
	{ who: 'solicitor', query: 'compare adoption and special guardianship', pages: [`${T}/comparing-orders/`] },
	{ who: 'solicitor', query: 'leave of the court', pages: ['/glossary/l/', `${T}/who-can-apply/`] },
	{ who: 'solicitor', query: 'barrister', pages: ['/glossary/b/'] },
	{ who: 'solicitor', query: 'interim care order', pages: ['/glossary/i/'] },
	// A magistrate.
	{
		who: 'magistrate',
		query: 'scrutinising special guardianship assessments',
		pages: [`${M}/m04-special-guardianship/`],
	},
	{
		who: 'magistrate',
		query: 'problem solving courts',
		pages: [`${M}/m06-hearing-the-child-and-problem-solving-courts/`],
	},
	{
		who: 'magistrate',
		query: 'FDAC',
		pages: [`${G}/practice-examples/`, `${M}/m06-hearing-the-child-and-problem-solving-courts/`],
	},
	{ who: 'magistrate', query: 'magistrates', pages: ['/judiciary/', '/glossary/m/'] },
	{ who: 'magistrate', query: 'judges', pages: ['/judiciary/', '/glossary/j/'] },
	// A trainer.
	{ who: 'trainer', query: 'training special guardianship', pages: [`${M}/m04-special-guardianship/`] },
	{ who: 'trainer', query: 'training modules', pages: [`${M}/`] },
	{ who: 'trainer', query: 'module family group conferences', pages: [`${M}/m05-family-group-conferences/`] },
	{ who: 'trainer', query: 'M01', pages: [`${M}/m01-pre-proceedings-and-the-plo/`] },
	{ who: 'trainer', query: 'case study pre-proceedings', pages: [`${M}/m01-pre-proceedings-and-the-plo/`] },
	{ who: 'trainer', query: 'Newport babies', pages: [`${G}/practice-examples/`] },
	{ who: 'trainer', query: 'Dorset pilot', pages: [`${G}/working-in-partnership/`] },
	{ who: 'trainer', query: 'practice examples', pages: [`${G}/practice-examples/`] },
	{ who: 'trainer', query: 'glossary', pages: ['/glossary/'] },
	{ who: 'trainer', query: 'words you might hear', pages: [`${ER}/words-you-might-hear/`] },
];
