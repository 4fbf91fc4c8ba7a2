import { describe, expect, it } from 'vitest';
import { reviewStatus } from '../../src/lib/review.ts';
import { site } from '../helpers/site-content.ts';

const page = (file: string, section: string, due: string) => ({
	file,
	data: { section, reviewDue: new Date(`${due}T00:00:00Z`) },
});

describe('review status', () => {
	it('lists overdue pages and pages due within 30 days, by section', () => {
		const today = new Date('2027-05-01T00:00:00Z');
		const items = reviewStatus(
			[
				page('a.mdx', 'guidance', '2027-04-30'),
				page('b.mdx', 'easy-read', '2027-05-20'),
				page('c.mdx', 'guidance', '2027-09-01'),
			],
			today,
		);
		expect(items).toEqual([
			{ file: 'b.mdx', section: 'easy-read', reviewDue: '2027-05-20', overdue: false },
			{ file: 'a.mdx', section: 'guidance', reviewDue: '2027-04-30', overdue: true },
		]);
	});
});

describe('content governance', () => {
	it('no page of the site is overdue for review', () => {
		const overdue = reviewStatus(site.pages, new Date()).filter((i) => i.overdue);
		expect(overdue.map((o) => `${o.file}: review was due ${o.reviewDue}`)).toEqual([]);
	});
});
