// pa11y-ci: every page in the built sitemap, with axe and HTML_CodeSniffer, WCAG 2 AA, zero errors.
// scripts/test.mjs serves dist/ and passes the sitemap; Chromium is the system one (scripts/chromium.mjs).
// Any rule that is ignored is listed in `ignore` with its reason. None is ignored now.
const { findChromium, chromiumArgs } = require('./scripts/chromium.mjs'); // Node 22.12+ can require an ES module;

module.exports = {
	defaults: {
		standard: 'WCAG2AA',
		runners: ['axe', 'htmlcs'],
		// One page at a time: with two, Puppeteer and the system Chromium lose track of closed tabs.
		concurrency: 1,
		timeout: 60000,
		wait: 0,
		// Ignored rules, each with its reason:
		ignore: [],
		chromeLaunchConfig: {
			executablePath: findChromium(),
			args: chromiumArgs(),
		},
	},
};
