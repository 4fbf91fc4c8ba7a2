import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://localhost:4371/');
const out = await p.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(q);
  return Promise.all(r.results.slice(0, 8).map(async (x) => { const d = await x.data(); return [x.score.toFixed(3), d.url, d.weighted_locations.map(w => w.weight+':'+w.balanced_score.toFixed(1)).join(' ')]; }));
}, process.argv[2]);
console.log(out.map(o => o.join('  ')).join('\n'));
await b.close();
