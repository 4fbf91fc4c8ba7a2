/**
 * The library by where it runs: the ESLint rule in eslint.config.js stops browser and pure code
 * importing Node built-ins or the Node-only build code, so a browser bundle can never pull in
 * `node:fs` or the content checks by accident.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('imports by runtime', () => {
	it.each([
		['src/lib/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
		['src/lib/example.ts', "import { join } from 'path';\nexport const x = join;\n"],
		[
			'src/lib/example.ts',
			"import { checkContent } from '../build/content-check.ts';\nexport const x = checkContent;\n",
		],
		['src/schemas/example.ts', "import { store } from '../client/storage.ts';\nexport const x = store;\n"],
		['src/client/example.ts', "import { CONTENT_DIR } from '~/build/paths.ts';\nexport const x = CONTENT_DIR;\n"],
		[
			'src/components/page/example.ts',
			"import { getCollection } from 'astro:content';\nexport const x = getCollection;\n",
		],
	])('%s may not import what %s imports', async (file, code) => {
		expect(await importErrors(file, code)).toHaveLength(1);
	});

	it.each([
		[
			'src/build/example.ts',
			"import { readFileSync } from 'node:fs';\nimport { AUDIENCES } from '../lib/taxonomy.ts';\nexport const x = [readFileSync, AUDIENCES];\n",
		],
		['src/client/example.ts', "import { AUDIENCES } from '../lib/taxonomy.ts';\nexport const x = AUDIENCES;\n"],
		['src/lib/example.ts', "import { z } from 'astro/zod';\nexport const x = z;\n"],
	])('%s may import what %s imports', async (file, code) => {
		expect(await importErrors(file, code)).toEqual([]);
	});
});
