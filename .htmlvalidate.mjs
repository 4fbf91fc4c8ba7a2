// html-validate over every built page (tests/dist/html-validate.test.ts): the recommended preset,
// zero errors. Each rule switched off is listed with its reason.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as <meta />; both forms are valid HTML. Purely a style choice.
		'void-style': 'off',
		// Starlight's own buttons (search, menu) have no type. None is inside a form, so none can submit anything.
		// Every button this project writes has type="button" or type="submit".
		'no-implicit-button-type': 'off',
		// role="list" on lists styled without bullets is deliberate: Safari and VoiceOver drop list semantics otherwise.
		'no-redundant-role': 'off',
		// Starlight's skip-link target is id="_top". HTML5 allows ids to start with any character.
		'valid-id': 'off',
		// Starlight sets CSS custom properties in style attributes (sidebar depth). The CSP allows inline styles, never inline scripts.
		'no-inline-style': 'off',
		// Starlight renders two "On this page" navigations (small and wide screens; only one is ever shown) and an
		// unlabelled right-sidebar <aside>. axe's landmark rules, which know what is hidden, pass in pa11y-ci.
		'unique-landmark': 'off',
		// Page titles say exactly what a page is about; some are longer than 70 characters on purpose.
		'long-title': 'off',
	},
};
