import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	resolve: { alias: { '~': `${root}src` } },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
			},
			{
				// Checks over the built site in dist/ (no browser).
				extends: true,
				test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 },
			},
			{
				// Real pages in the system Chromium, against the served build (BASE_URL).
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
