/**
 * Moves the component stylesheets to the end of the head, after the site's own, once each, in
 * the order they came. Stylesheet.astro writes a component's <link> where the component is,
 * in the body (a component cannot reach the head). There the browser paints what comes before
 * it unstyled and then moves it: Lighthouse measured a layout shift of 0.094 on the training
 * modules. After the site's own stylesheets, their rules keep their place in the cascade.
 */
const LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

export function hoistStylesheets(html: string): string {
	const bodyAt = html.search(/<body[\s>]/);
	const headEnd = html.indexOf('</head>');
	if (bodyAt < 0 || headEnd < 0 || headEnd > bodyAt) return html;
	// Most pages have no component stylesheet: one search instead of a replace over the whole body.
	if (html.indexOf('<link rel="stylesheet"', bodyAt) < 0) return html;
	const seen = new Set([...html.slice(0, headEnd).matchAll(LINK)].map((m) => m[1]));
	const moved: string[] = [];
	const body = html.slice(bodyAt).replace(LINK, (_tag, href: string) => {
		if (!seen.has(href)) moved.push(`<link rel="stylesheet" href="${href}">`);
		seen.add(href);
		return '';
	});
	if (!moved.length && body.length === html.length - bodyAt) return html;
	return html.slice(0, headEnd) + moved.join('') + html.slice(headEnd, bodyAt) + body;
}
