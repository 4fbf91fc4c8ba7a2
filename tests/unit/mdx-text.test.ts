import { describe, expect, it } from 'vitest';
import {
	blankRanges,
	findComponentUses,
	findContainers,
	findTermUses,
	parseMdx,
	proseSentences,
	splitSentences,
	stripInline,
	words,
} from '../../src/build/mdx-text.ts';

describe('splitSentences', () => {
	it('splits on full stops, question and exclamation marks', () => {
		expect(splitSentences('You got a letter. What now? Act fast!')).toEqual([
			'You got a letter.',
			'What now?',
			'Act fast!',
		]);
	});
	it('does not split after abbreviations, section references or decimals', () => {
		expect(splitSentences('See s. 20 of the Act, e.g. a letter. Then 14.2 days.')).toEqual([
			'See s. 20 of the Act, e.g. a letter.',
			'Then 14.2 days.',
		]);
	});
	it('keeps a last sentence without a full stop', () => {
		expect(splitSentences('One. Two')).toEqual(['One.', 'Two']);
	});
});

describe('words', () => {
	it('counts words, numbers and hyphenated words once', () => {
		expect(words("Care proceedings last 26 weeks, don't they? Pre-proceedings!")).toEqual([
			'Care',
			'proceedings',
			'last',
			'26',
			'weeks',
			"don't",
			'they',
			'Pre-proceedings',
		]);
	});
	it('copes with empty and unusual input', () => {
		expect(words('')).toEqual([]);
		expect(words('— … \u200b')).toEqual([]);
		expect(words('Ünïcödé wörds 😀 here')).toEqual(['Ünïcödé', 'wörds', 'here']);
	});
});

describe('stripInline', () => {
	it('keeps link text and the words inside components, drops markup', () => {
		expect(stripInline('Read **[the letter](/x/)** about <Term id="a">care proceedings</Term>.')).toBe(
			'Read the letter about care proceedings .',
		);
	});
});

describe('component and term uses', () => {
	const body =
		'Intro.\n\n<Row picture="letter" alt="A letter">\nText with <Term id="care-order">care order</Term>.\n</Row>\n<WordsToKnow />\n```\n<Term id="in-code">x</Term>\n```';
	it('finds components with attributes and lines, skipping code', () => {
		expect(findComponentUses(body, 'Row')).toEqual([
			expect.objectContaining({
				name: 'Row',
				line: 3,
				column: 1,
				endLine: 5,
				attributes: { picture: 'letter', alt: 'A letter' },
				selfClosing: false,
			}),
		]);
		expect(findComponentUses(body, 'WordsToKnow')[0].selfClosing).toBe(true);
		expect(findTermUses(body)).toEqual([{ id: 'care-order', line: 4, column: 11 }]);
	});

	it('sees a tag written over several lines, with its attributes', () => {
		const body = 'Intro.\n\n<FreeAdvice\n  for="parents"\n/>\n\nA <Term\n  id="solicitor">solicitor</Term> helps.';
		expect(findComponentUses(body, 'FreeAdvice')).toEqual([
			expect.objectContaining({ line: 3, column: 1, attributes: { for: 'parents' }, selfClosing: true }),
		]);
		expect(findTermUses(body)).toEqual([{ id: 'solicitor', line: 7, column: 3 }]);
		expect(proseSentences(body).map((s) => s.text)).toEqual(['Intro.', 'A solicitor helps.']);
	});
});

describe('proseSentences', () => {
	it('reports headings, list items and paragraphs with lines and containers', () => {
		const body = [
			"import { Row } from '~/components/content';",
			'',
			'## A heading',
			'',
			'- First item. Second sentence.',
			'',
			'<Row picture="letter">',
			'One. Two.',
			'</Row>',
			'',
			'| Column | Other |',
			'| --- | --- |',
			'| A cell | B cell |',
		].join('\n');
		const found = proseSentences(body).map((s) => [s.text, s.line, s.kind, s.container ?? '']);
		expect(found).toEqual([
			['A heading', 3, 'heading', ''],
			['First item.', 5, 'list', ''],
			['Second sentence.', 5, 'list', ''],
			['One.', 8, 'paragraph', 'Row'],
			['Two.', 8, 'paragraph', 'Row'],
			['Column', 11, 'list', ''],
			['Other', 11, 'list', ''],
			['A cell', 13, 'list', ''],
			['B cell', 13, 'list', ''],
		]);
	});
	it('treats an inline component at the start of a line as prose', () => {
		expect(proseSentences('<Term id="x">Care orders</Term> last until 18.').map((s) => s.text)).toEqual([
			'Care orders last until 18.',
		]);
	});
	it('survives a huge body and an unclosed component without hanging', () => {
		const huge = 'A short sentence here. '.repeat(20000);
		expect(proseSentences(huge).length).toBe(20000);
		// An unclosed component is not MDX: no prose, and the syntax error with its place (content checks report it).
		expect(proseSentences('<Row picture="x">\nNever closed.')).toEqual([]);
		expect(parseMdx('<Row picture="x">\nNever closed.').error).toMatchObject({
			line: 1,
			column: 1,
			reason: expect.stringContaining('Expected a closing tag for `<Row>`'),
		});
	});
});

describe('findContainers', () => {
	it('reads a block over several lines, with its attributes, lines and plain words', () => {
		const body = [
			'Intro.',
			'',
			'<WalesNote',
			'  easyRead>',
			'In Wales, the **Special Guardianship (Wales)**',
			'Regulations 2005 apply.',
			'</WalesNote>',
			'After.',
		].join('\n');
		const [note] = findContainers(body, 'WalesNote');
		expect(note).toMatchObject({
			line: 3,
			endLine: 7,
			attributes: { easyRead: 'true' },
			text: 'In Wales, the Special Guardianship (Wales) Regulations 2005 apply.',
		});
		expect(body.slice(note.start, note.end)).toMatch(/^<WalesNote[\s\S]*<\/WalesNote>$/);
	});

	it('reads one-line and nested blocks, skips code and other components', () => {
		const body =
			'A <WalesNote>one line</WalesNote>.\n```\n<WalesNote>in code</WalesNote>\n```\n<WalesNote>\nOuter <WalesNote>inner</WalesNote> end.\n</WalesNote>\n<WalesNoteX>not it</WalesNoteX>';
		expect(findContainers(body, 'WalesNote').map((b) => [b.line, b.text])).toEqual([
			[1, 'one line'],
			[5, 'Outer inner end.'],
		]);
	});

	it('blanks a block keeping lines', () => {
		const body = 'x\n<WalesNote>\nNot closed\n</WalesNote>';
		const blocks = findContainers(body, 'WalesNote');
		expect(blocks.map((b) => [b.line, b.endLine, b.text])).toEqual([[2, 4, 'Not closed']]);
		expect(blankRanges(body, blocks)).toBe('x\n' + ' '.repeat(11) + '\n' + ' '.repeat(10) + '\n' + ' '.repeat(12));
	});
});
