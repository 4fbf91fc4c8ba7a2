/** Unique ids for elements that components create more than once on a page. */
let counter = 0;
export function uniqueId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}
