/** scripts/serve.mjs: the static server used by `npm start`, the tests and the bench. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';
import type { Server } from 'node:http';

let root: string;
let server: Server;
let base: string;
beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'fjg-serve-'));
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
	// No 404.html: as when a rebuild has just removed it.
	server = createStaticServer(root);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
	server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
	it('keeps serving when a file it was about to send is missing', async () => {
		await expect(fetch(`${base}/missing/`).then((r) => r.text())).rejects.toThrow();
		const home = await fetch(`${base}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('<title>Home</title>');
	});
});
