/** Offers text as a file to download. The file is made here in the browser: nothing is sent anywhere. */
import { el } from './dom.ts';

export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = el('a', { href: url, download: name, hidden: '' });
	document.body.append(a);
	a.click();
	a.remove();
	window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
