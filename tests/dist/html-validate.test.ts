/** Valid HTML: html-validate (recommended preset, see .htmlvalidate.mjs) over every built page. */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(builtPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
	it('is valid HTML', async () => {
		const report = await validator.validateString(page.html, page.file);
		const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
		expect(errors).toEqual([]);
	});
});
