import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
for (const q of ['court papers', 'police took my baby', 'pregnant social worker', 'letter from cafcass', 'baby taken at hospital', 'child protection conference', 'they took my son into care', 'gran', 'emergency protection order']) {
  await p.goto('http://localhost:4700/search/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => /found/.test(document.querySelector('main [data-search-status]')?.textContent ?? ''), null, { timeout: 15000 }).catch(() => {});
  const top = await p.$$eval('main [data-search-results] li > a', (as) => as.slice(0, 5).map((a) => new URL(a.href).pathname));
  console.log(q, '=>', top.join(' '));
}
await b.close();
