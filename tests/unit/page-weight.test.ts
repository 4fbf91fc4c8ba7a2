/** The parts of the build that keep pages light: the compact menu and the index-only markup. */
import { describe, expect, it } from 'vitest';
import { compactSidebar, groupIndex, type MenuEntry, type MenuGroup, type MenuLink } from '../../src/lib/sidebar.ts';
import { stripIndexOnly } from '../../src/lib/index-only.ts';

const link = (href: string, label = href, isCurrent = false): MenuLink => ({
	type: 'link',
	label,
	href,
	isCurrent,
	badge: undefined,
	attrs: {},
});
const group = (label: string, entries: MenuEntry[]): MenuGroup => ({
	type: 'group',
	label,
	entries,
	collapsed: false,
	badge: undefined,
});

const menu = (current: string): MenuEntry[] => {
	const l = (href: string) => link(href, href, href === current);
	return [
		group('Start here', [l('/'), l('/families/'), l('/practitioners/')]),
		group('Guidance', [l('/guidance/'), l('/guidance/a/'), l('/guidance/b/')]),
		group('Easy read', [l('/easy-read/'), l('/easy-read/a/'), group('More', [l('/easy-read/more/c/')])]),
		group('No index', [l('/x/a/'), l('/x/b/')]),
		group('Words', [l('/glossary/')]),
	];
};

describe('compactSidebar', () => {
	it('lists the current section in full and every other section as one link to its index page', () => {
		const out = compactSidebar(menu('/guidance/b/'));
		expect(out[1]).toEqual(menu('/guidance/b/')[1]);
		expect(out[2]).toEqual(link('/easy-read/', 'Easy read'));
	});

	it('finds the current page at any depth', () => {
		const out = compactSidebar(menu('/easy-read/more/c/'));
		expect(out[2].type).toBe('group');
		expect(out[1]).toEqual(link('/guidance/', 'Guidance'));
	});

	it('keeps groups that have no index page, the start group (the home page is not an index), and one-page groups', () => {
		const out = compactSidebar(menu('/guidance/a/'));
		expect(out[0]).toEqual(menu('/guidance/a/')[0]);
		expect(out[3]).toEqual(menu('/guidance/a/')[3]);
		expect(out[4]).toEqual(menu('/guidance/a/')[4]);
	});

	it('with sectionsOnly (a page not yet in Welsh), makes its own section one link too', () => {
		const out = compactSidebar(menu('/guidance/b/'), { sectionsOnly: true });
		expect(out[1]).toEqual(link('/guidance/', 'Guidance'));
		expect(out[2]).toEqual(link('/easy-read/', 'Easy read'));
		expect(out[0]).toEqual(menu('/guidance/b/')[0]);
	});

	it('compacts the Welsh menu the same way (/cy/guidance/ is an index; the Welsh home page /cy/ is not)', () => {
		const l = (href: string) => link(href, href, href === '/cy/easy-read/a/');
		const welsh = [
			group('Start here', [l('/cy/'), l('/cy/families/')]),
			group('Guidance', [l('/cy/guidance/'), l('/cy/guidance/a/'), l('/cy/guidance/b/')]),
			group('Easy read', [l('/cy/easy-read/'), l('/cy/easy-read/a/')]),
		];
		const out = compactSidebar(welsh);
		expect(out[0]).toEqual(welsh[0]);
		expect(out[1]).toEqual(link('/cy/guidance/', 'Guidance'));
		expect(out[2]).toEqual(welsh[2]);
	});

	it('needs every link of the group inside the index page folder', () => {
		expect(groupIndex(group('G', [link('/guidance/'), link('/guidance/a/'), link('/elsewhere/')]))).toBeUndefined();
		expect(groupIndex(group('G', [link('/guidance/a/'), link('/guidance/')]))?.href).toBe('/guidance/');
	});
});

describe('stripIndexOnly', () => {
	it('removes elements marked data-index-only, with what is inside them', () => {
		const html =
			'<main><div hidden data-index-only data-pagefind-meta="title:X"><span data-pagefind-filter="a">A</span></div><p>Keep</p><p class="sr-only" aria-hidden="true" data-index-only data-pagefind-weight="3">nan · gran</p></main>';
		expect(stripIndexOnly(html)).toBe('<main><p>Keep</p></main>');
	});

	it('removes several marked elements, one straight after another, and what is between them stays', () => {
		expect(
			stripIndexOnly(
				'<a>1</a><p data-index-only>x</p><p data-index-only>y</p><b>2</b><span data-index-only="">z</span>.',
			),
		).toBe('<a>1</a><b>2</b>.');
	});

	it("removes Pagefind's attributes and keeps their elements", () => {
		expect(
			stripIndexOnly(
				'<main data-pagefind-body class="a"><span class="t" data-pagefind-ignore>tip</span><div data-pagefind-weight="2">x</div><p data-pagefind-ignore="all">y</p></main>',
			),
		).toBe('<main class="a"><span class="t">tip</span><div>x</div><p>y</p></main>');
	});

	it('leaves other attributes and text that merely mention Pagefind alone', () => {
		const html = '<p data-index-onlyish="1" title="data-pagefind-body">data-pagefind-body is text here</p>';
		expect(stripIndexOnly(html)).toBe(html);
	});
});
