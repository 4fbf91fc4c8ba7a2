/**
 * Every phone number the site prints lives in content/data/help-lines.yaml, with its source and
 * the date it was checked (shared/brief/facts.md; a test fails 6 months after a check), and is
 * shown by <HelpLines>. A number typed into a page would escape that check and go out of date
 * unseen, so a page's shown text may not contain one. UK numbers: 0 and 9 to 10 more digits
 * (spaces allowed), Childline's 0800 1111 and the 116 numbers (116 123).
 */
import { placeAt, shownSource } from '../mdx-text.ts';
import type { ContentProblem, PageRule, RulePage } from './types.ts';

const PHONE = /(?<![\d/.])(?:0\d(?: ?\d){8,9}|0800 ?1111|116 ?\d{3})(?![\d/])/g;

export function checkPhoneNumbers(page: RulePage): ContentProblem[] {
	const text = shownSource(page.mdx);
	return [...text.matchAll(PHONE)].map((match) => ({
		file: page.file,
		...page.bodyPlace(placeAt(text, match.index)),
		field: 'phone number',
		message: `"${match[0]}" looks like a phone number written into the page. Numbers live in content/data/help-lines.yaml (with their source and the date checked) and are shown with <HelpLines for="families" /> (or for="children"); remove the number, or add the line there`,
	}));
}

export const phoneNumbers: PageRule = { name: 'phone-numbers', check: (page) => checkPhoneNumbers(page) };
