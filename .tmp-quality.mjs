import { chromium } from '/work/wt-search/node_modules/playwright-core/index.mjs';
import { measureSearchQuality } from './scripts/bench/search-quality.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
await measureSearchQuality(b, 'http://localhost:4604', { update: process.argv.includes('--update') });
await b.close();
