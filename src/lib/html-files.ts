import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under a folder, at any depth. */
export function htmlFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) htmlFiles(full, out);
		else if (name.endsWith('.html')) out.push(full);
	}
	return out;
}
