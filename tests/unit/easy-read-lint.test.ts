import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check.ts';
import { EASY_READ_RULES, lintEasyRead, lintEasyReadPage } from '../../src/build/easy-read-lint.ts';
import { contentWith } from '../helpers/fixtures.ts';

const glossary = [
	{ id: 'care-proceedings', term: 'Care proceedings' },
	{ id: 'solicitor', term: 'Solicitor' },
];
const leaflet = (rows: string, extra = '\n## Words to know\n\n<WordsToKnow />') => `## Title\n\n${rows}\n${extra}`;
const rules = (body: string) => lintEasyRead(body, glossary).map((p) => p.rule);

describe('easy-read lint', () => {
	it('passes a good leaflet', () => {
		const body = leaflet(
			'<Row picture="letter">\nYou got a letter.\nA <Term id="solicitor">solicitor</Term> can help.\n</Row>',
		);
		expect(lintEasyRead(body, glossary)).toEqual([]);
	});

	it('fails a sentence over 15 words and names the line and the sentence', () => {
		const long = 'This sentence has far too many words in it for an easy read leaflet to use.';
		const problems = lintEasyRead(leaflet(`<Row picture="letter">\n${long}\n</Row>`), glossary, 100);
		expect(problems).toContainEqual({
			line: 104,
			column: 1,
			rule: 'sentence-length',
			sentence: long,
			message: '16 words; easy read allows at most 15',
		});
	});

	it('fails a mean sentence length over 10 words', () => {
		const twelve = 'We will read this long line of plain words to you at the meeting.';
		expect(rules(leaflet(`<Row picture="a">\n${twelve}\n${twelve}\n</Row>`))).toContain('mean-sentence-length');
	});

	it('fails acronyms and initials but not the word I', () => {
		expect(rules(leaflet('<Row picture="a">\nThe SGO is a court order.\n</Row>'))).toContain('acronym');
		expect(rules(leaflet('<Row picture="a">\nWe live in the U.K. now.\n</Row>'))).toContain('acronym');
		expect(rules(leaflet('<Row picture="a">\nI can ask for help.\n</Row>'))).toEqual([]);
	});

	it('fails abbreviations and Latin', () => {
		for (const text of [
			'Bring papers, e.g. letters.',
			'Bring papers, i.e. letters.',
			'Bring papers etc.',
			'Send it via email.',
			'Talk to Mr Jones.',
		]) {
			expect(rules(leaflet(`<Row picture="a">\n${text}\n</Row>`)), text).toContain('abbreviation');
		}
	});

	it('fails numbers above nine written as words, but not digits or small numbers', () => {
		expect(rules(leaflet('<Row picture="a">\nIt takes twenty-six weeks.\n</Row>'))).toContain('number-words');
		expect(rules(leaflet('<Row picture="a">\nIt takes ten days.\n</Row>'))).toContain('number-words');
		expect(rules(leaflet('<Row picture="a">\nIt takes 26 weeks, and often three days.\n</Row>'))).toEqual([]);
	});

	it('fails a row without a picture and text outside a row', () => {
		expect(rules(leaflet('<Row>\nNo picture here.\n</Row>'))).toContain('row-picture');
		expect(rules(leaflet('Loose words with no picture.'))).toContain('row-picture');
	});

	it('fails a row with more than 3 sentences', () => {
		expect(rules(leaflet('<Row picture="a">\nOne.\nTwo.\nThree.\nFour.\n</Row>'))).toContain('row-length');
	});

	it('fails a glossary term used but missing from Words to know', () => {
		const problems = lintEasyRead(
			leaflet('<Row picture="a">\nThe council may start care proceedings.\n</Row>'),
			glossary,
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				rule: 'words-to-know',
				message: expect.stringContaining('<Term id="care-proceedings">'),
			}),
		);
	});

	it('fails glossary terms without a Words to know list', () => {
		expect(rules(leaflet('<Row picture="a">\nAsk a <Term id="solicitor">solicitor</Term>.\n</Row>', ''))).toContain(
			'words-to-know',
		);
	});

	it('does not crash on empty, huge or hostile input', () => {
		expect(lintEasyRead('', glossary)).toEqual([]);
		expect(() => lintEasyRead('<Row picture="a">\n' + 'Go. '.repeat(50000) + '\n</Row>', glossary)).not.toThrow();
		expect(rules('<Row picture="a">\n<script>alert("x")</script> Hi.\n</Row>')).toEqual([]);
	});
});

describe('easy-read lint: Wales notes', () => {
	it('counts a <WalesNote easyRead> as a row with a picture', () => {
		const body = leaflet(
			'<WalesNote easyRead>\nIn Wales, the law is a bit different.\nAsk a <Term id="solicitor">solicitor</Term>.\n</WalesNote>',
		);
		expect(lintEasyRead(body, glossary)).toEqual([]);
	});

	it('fails a plain <WalesNote> on an easy-read page and says to write easyRead', () => {
		const problems = lintEasyRead(
			leaflet('<WalesNote>\nIn Wales, the law is a bit different.\n</WalesNote>'),
			glossary,
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ rule: 'row-picture', message: expect.stringContaining('<WalesNote easyRead>') }),
		);
	});

	it('counts sentences per row and per Wales note separately', () => {
		const body = leaflet('<Row picture="a">\nOne.\nTwo.\n</Row>\n\n<WalesNote easyRead>\nThree.\nFour.\n</WalesNote>');
		expect(rules(body)).not.toContain('row-length');
	});
});

describe('easy-read lint of every page in easy-read/, with titles and descriptions (fixtures)', () => {
	let cleanup: (() => void) | undefined;
	afterEach(() => cleanup?.());
	const lintFixture = (badCase?: string) => {
		const fixture = contentWith(badCase);
		cleanup = fixture.cleanup;
		const { problems, pages } = checkContent(fixture.dir, fixture.dir);
		expect(problems, 'the fixture is otherwise valid content').toEqual([]);
		return pages
			.filter((p) => p.file.startsWith('easy-read/'))
			.flatMap((page) => lintEasyReadPage(page, glossary).map((p) => ({ file: page.file, ...p })));
	};

	it('passes the valid leaflet', () => {
		expect(lintFixture()).toEqual([]);
	});

	it('passes a leaflet with a <WalesNote easyRead>', () => {
		expect(lintFixture('wales-note-ok')).toEqual([]);
	});

	it('fails a long sentence on the index page, at its line (sentence rules only: no rows there)', () => {
		const problems = lintFixture('easy-read-index-long');
		expect(problems.filter((p) => p.file === 'easy-read/index.mdx').map((p) => [p.line, p.rule])).toEqual([
			[14, 'sentence-length'],
			[14, 'mean-sentence-length'],
		]);
	});

	it('fails a leaflet whose description is a sentence of 20 words, at the description line', () => {
		const problems = lintFixture('easy-read-long-description');
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'easy-read/long-description.mdx',
				line: 3,
				field: 'description',
				rule: 'sentence-length',
				message: '20 words; easy read allows at most 15',
			}),
		]);
	});
});

describe('easy-read rules: each a unit in a list', () => {
	it('lists every rule once, and a leaflet-only rule is not run on an index page', () => {
		const names = EASY_READ_RULES.map((r) => r.name);
		expect(names).toEqual([
			'sentence-length',
			'acronym',
			'abbreviation',
			'number-words',
			'mean-sentence-length',
			'row-picture',
			'row-length',
			'words-to-know',
		]);
		const loose = leaflet('Loose words with no picture.');
		expect(rules(loose)).toContain('row-picture');
		expect(lintEasyRead(loose, glossary, 0, { kind: 'index' }).map((p) => p.rule)).not.toContain('row-picture');
	});

	it('sees a Row whose tag is written over several lines, and gives each problem its column', () => {
		const body = leaflet(
			'<Row\n  picture="letter"\n  alt="A letter"\n>\nYou got a letter.\n\nThe SGO is a court order.\n</Row>',
		);
		expect(lintEasyRead(body, glossary)).toEqual([
			expect.objectContaining({ rule: 'acronym', line: 9, column: 1, sentence: 'The SGO is a court order.' }),
		]);
	});
});
