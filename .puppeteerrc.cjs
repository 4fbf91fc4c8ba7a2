// Never let Puppeteer (pulled in by pa11y-ci) download its own browser:
// the tests use the system Chromium (see scripts/chromium.mjs).
module.exports = {
	skipDownload: true,
	chrome: { skipDownload: true },
	'chrome-headless-shell': { skipDownload: true },
	firefox: { skipDownload: true },
};
