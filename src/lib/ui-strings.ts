/**
 * The build-time half of src/client/strings.ts: a component's UI strings, looked up in the
 * i18n collection (Astro.locals.t) and written into one data-strings attribute.
 */
export function stringsAttribute<K extends string>(t: (key: K) => string, keys: readonly K[]): string {
	return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}
