/**
 * The legal review's M findings 5, 8, 9, 10, 11 and 12 as rules (src/build/content-rules/review-facts.ts):
 * each rejects the wording the review found (taken from the pages as they were) and accepts the
 * corrected statement.
 */
import { describe, expect, it } from 'vitest';
import { checkReviewFacts } from '../../src/build/content-rules/review-facts.ts';

const page = (body: string, audience = ['families']) => ({
	file: 'content/x.mdx',
	data: { audience },
	body,
	bodyStartLine: 10,
});
const findings = (body: string, audience?: string[], audienceOf?: (p: string) => string[] | undefined) =>
	checkReviewFacts(page(body, audience), audienceOf).map((p) => `${p.line} ${p.field}`);

describe('legal review facts', () => {
	it('M5: the end of care proceedings names foster care and adoption', () => {
		const old =
			'In care proceedings the court decides.\nThe court might decide your child can live with you.\nIt might decide your child lives with family or friends.';
		expect(findings(old)).toEqual(['11 legal review M5']);
		expect(
			findings(
				`${old}\nOr it might decide your child lives with a foster carer.\nSometimes the court agrees a plan for adoption.`,
			),
		).toEqual([]);
	});

	it('M8: the trial compared families referred for a conference', () => {
		expect(
			findings('- **Children in care after 12 months:** 36.2% with a conference, and 44.8% with the usual service.'),
		).toEqual(['10 legal review M8', '10 legal review M8']);
		expect(
			findings('36.2% of children whose families were referred for a conference, and 44.8% with the usual service.'),
		).toEqual([]);
	});

	it('M9: parental responsibility to the exclusion of others apart from another special guardian', () => {
		expect(
			findings('The special guardian can exercise it to the exclusion of anyone else.', ['practitioners']),
		).toEqual(['10 legal review M9']);
		expect(
			findings(
				'The special guardian can exercise it to the exclusion of any other person, apart from another special guardian.',
				['practitioners'],
			),
		).toEqual([]);
	});

	it('M10: who may apply without leave, with the time limits', () => {
		const old =
			'- a person the child has lived with for at least three of the last five years\n- a local authority foster carer the child has lived with for at least one year';
		expect(findings(old, ['practitioners'])).toEqual(['10 legal review M10', '11 legal review M10']);
		const fixed =
			'- a person the child has lived with for three of the last five years, ending no more than three months before the application\n- a local authority foster carer the child has lived with for at least one year immediately before the application';
		expect(findings(fixed, ['practitioners'])).toEqual([]);
	});

	it('M11: "pages for children" link only to pages for children', () => {
		const audienceOf = (p: string) =>
			p === '/easy-read/having-your-say/' ? ['families'] : ['children-and-young-people'];
		expect(
			findings(
				'Show the pages for children, such as [having your say](/easy-read/having-your-say/).',
				['judiciary'],
				audienceOf,
			),
		).toEqual(['10 legal review M11']);
		expect(
			findings(
				'Show the pages for children, such as [the children’s page](/children-and-young-people/). [Having your say](/easy-read/having-your-say/) is written for parents, not children.',
				['judiciary'],
				audienceOf,
			),
		).toEqual([]);
	});

	it('M12: the letter before proceedings is usual, not a legal precondition', () => {
		expect(findings('Unless it is an emergency, the council first sends a letter before proceedings.')).toEqual([
			'10 legal review M12',
		]);
		expect(
			findings('- Except in an emergency, the local authority first sends a letter before proceedings.', ['judiciary']),
		).toEqual(['10 legal review M12']);
		expect(findings('Usually, unless it is urgent, the council first sends a letter before proceedings.')).toEqual([]);
	});
});
