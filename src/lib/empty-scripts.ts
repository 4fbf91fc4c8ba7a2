/**
 * Removes the <script type="module" src="…"> tags of script files that are empty: a module with
 * nothing in it does nothing, but the browser still asks for it. Starlight's page always adds one
 * for its menu-state script, which this site turns into an empty module (astro.config.mjs: it
 * wrote to sessionStorage on every page).
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export function dropEmptyScripts(html: string, isEmpty: (src: string) => boolean): string {
	return html.replace(MODULE_SCRIPT, (tag, src: string) => (isEmpty(src) ? '' : tag));
}
