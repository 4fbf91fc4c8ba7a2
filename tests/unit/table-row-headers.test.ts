import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { tableRowHeadersPlugin } from '../../src/build/table-row-headers.ts';

const html = async (md: string) =>
	(await markdownToHtml(md, { hastPlugins: [tableRowHeadersPlugin()], features: { gfm: true } })).html.replace(
		/\n/g,
		'',
	);

describe('row headers for two-way Markdown tables', () => {
	it('makes the first cell of each row a row header when the top-left cell is empty', async () => {
		const out = await html(
			'| | Adoption | Fostering |\n| --- | --- | --- |\n| How *long*? | For life. | Until 18. |\n| In care? | No. | Yes. |\n',
		);
		expect(out).toContain(
			'<thead><tr><td></td><th scope="col">Adoption</th><th scope="col">Fostering</th></tr></thead>',
		);
		expect(out).toContain('<tr><th scope="row">How <em>long</em>?</th><td>For life.</td><td>Until 18.</td></tr>');
		expect(out).toContain('<tr><th scope="row">In care?</th><td>No.</td><td>Yes.</td></tr>');
	});

	it('leaves a table with a heading in the top-left cell as it is', async () => {
		const md = '| Step | When |\n| --- | --- |\n| Letter | Now |\n';
		const plain = (await markdownToHtml(md, { features: { gfm: true } })).html.replace(/\n/g, '');
		expect(await html(md)).toBe(plain);
		expect(plain).toContain('<td>Letter</td>');
	});

	it('keeps components inside the row header in MDX', async () => {
		const { code } = await mdxToJs('| | A |\n| --- | --- |\n| <Term id="care-order">care order</Term> | 1 |\n', {
			hastPlugins: [tableRowHeadersPlugin()],
			features: { gfm: true },
		});
		expect(code).toMatch(/_components\.th, \{\s*scope: "row",\s*children: _jsx\(Term/);
	});
});
