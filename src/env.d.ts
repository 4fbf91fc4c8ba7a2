// What this site adds to Astro's per-page `Astro.locals` (Starlight adds `t` and `starlightRoute`).
declare namespace App {
	interface Locals {
		/** The component stylesheets already linked on this page (src/components/page/Stylesheet.astro). */
		fjgStylesheets?: Set<string>;
	}
}
