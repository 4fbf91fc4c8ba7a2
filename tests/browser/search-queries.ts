/**
 * Realistic searches, in people's own words, with the pages that must appear
 * in the top 3 results. Includes abbreviations, everyday words and misspellings.
 */
export const QUERIES: { query: string; top3: string[] }[] = [
	{ query: 'my nan wants to look after me', top3: ['/sgo-toolkit/for-children/'] },
	{ query: 'grandparent looking after grandchild', top3: ['/easy-read/special-guardianship-family/'] },
	// A gran asked to look after a grandchild: the step-by-step page first (issue 18), the easy-read leaflet 4th.
	{ query: 'gran', top3: ['/situations/asked-to-care-for-a-child/'] },
	{ query: 'SGO', top3: ['/easy-read/special-guardianship-family/', '/sgo-toolkit/for-family-members/'] },
	{ query: 'special gaurdianship', top3: ['/sgo-toolkit/for-family-members/'] },
	{ query: 'PLO meeting', top3: ['/easy-read/pre-proceedings-meeting/', '/guidance/pre-proceedings-meeting/'] },
	{
		query: 'pre proceedings meeting',
		top3: ['/easy-read/pre-proceedings-meeting/', '/guidance/pre-proceedings-meeting/'],
	},
	{ query: 's20', top3: ['/easy-read/section-20/', '/guidance/section-20-agreeing-to-care/'] },
	{ query: 'section 76 wales', top3: ['/guidance/section-20-agreeing-to-care/'] },
	{
		query: 'letter before proceedings',
		top3: ['/easy-read/letter-before-proceedings/', '/guidance/letter-before-proceedings/'],
	},
	{ query: 'leter from the council', top3: ['/easy-read/letter-before-proceedings/'] },
	{ query: 'FGC', top3: ['/easy-read/family-group-conference/'] },
	{
		query: 'family group conferance',
		top3: ['/guidance/family-group-conferences/', '/easy-read/family-group-conference/'],
	},
	{ query: 'free solicitor', top3: ['/easy-read/getting-a-solicitor/', '/guidance/getting-help-and-advice/'] },
	{ query: 'legal aid', top3: ['/easy-read/getting-a-solicitor/', '/guidance/getting-help-and-advice/'] },
	{ query: 'social worker worried', top3: ['/easy-read/social-worker-worries/'] },
	{ query: 'care proceedings', top3: ['/guidance/care-proceedings/'] },
	// The step-by-step page on court papers says what happens when (26 weeks); the care proceedings guide is 5th.
	{ query: '26 weeks', top3: ['/situations/court-papers/'] },
	{
		query: 'special guardianship support plan',
		top3: ['/sgo-toolkit/support-plan/', '/sgo-toolkit/support-plan-template/'],
	},
	{ query: 'assessment checklist', top3: ['/sgo-toolkit/assessment-checklist/'] },
	{ query: 'viability assessment', top3: ['/sgo-toolkit/assessment/'] },
	{ query: 'compare adoption and special guardianship', top3: ['/sgo-toolkit/comparing-orders/'] },
	{ query: 'Newport babies', top3: ['/guidance/practice-examples/'] },
	{ query: 'FDAC', top3: ['/guidance/practice-examples/'] },
	{ query: 'Dorset pilot', top3: ['/guidance/working-in-partnership/'] },
	{ query: 'training special guardianship', top3: ['/training/m04-special-guardianship/'] },
	{ query: 'private browsing', top3: ['/about/staying-safe-online/'] },
	{ query: 'words you might hear', top3: ['/easy-read/words-you-might-hear/'] },
	// What is happening? (issue 18): a family's situation in their own words finds its step-by-step page.
	{ query: 'child protection conference', top3: ['/situations/child-protection-conference/'] },
	{ query: 'court papers', top3: ['/situations/court-papers/'] },
	{ query: 'police took my baby', top3: ['/situations/'] },
	{ query: 'baby taken at hospital', top3: ['/situations/child-taken-today/'] },
	{ query: 'letter from cafcass', top3: ['/situations/letter-from-cafcass/'] },
	{ query: 'pregnant social worker', top3: ['/situations/pregnant/'] },
	{ query: 'emergency protection order', top3: ['/guidance/emergency-removal/'] },
	// The glossary: the A to Z by name, a word's meaning on its letter page, found by the word or another name for it.
	{ query: 'glossary', top3: ['/glossary/'] },
	{ query: 'barrister', top3: ['/glossary/b/'] },
	{ query: 'leave of the court', top3: ['/glossary/l/'] },
];
