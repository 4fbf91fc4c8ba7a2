// Rewrites the front matter reference in README.md from the schema (npm run docs:schema).
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceReference } from '../src/lib/schema-reference.ts';

const readme = readFileSync('README.md', 'utf8');
const next = replaceReference(readme);
if (next !== readme) {
	writeFileSync('README.md', next);
	console.log('README.md: front matter reference updated.');
} else console.log('README.md: front matter reference is up to date.');
