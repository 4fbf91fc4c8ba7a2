// Rewrites the front matter reference in docs/authoring.md from the schema (npm run docs:schema).
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceReference } from '../src/build/schema-reference.ts';

const readme = readFileSync('docs/authoring.md', 'utf8');
const next = replaceReference(readme);
if (next !== readme) {
	writeFileSync('docs/authoring.md', next);
	console.log('docs/authoring.md: front matter reference updated.');
} else console.log('docs/authoring.md: front matter reference is up to date.');
