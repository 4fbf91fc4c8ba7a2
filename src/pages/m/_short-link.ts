/**
 * <fjg-short-link>: a module's short link page (/m/NN/, [n].astro). The meta refresh drops the
 * #section of /m/01/#case-study; this carries it over to the module page.
 */
import { FjgElement, defineElement } from '~/client/element.ts';

class ShortLink extends FjgElement {
	protected start(): void {
		const link = this.querySelector<HTMLAnchorElement>('[data-short-link-target]');
		if (link && location.hash) location.replace(link.pathname + location.hash);
	}
}

defineElement('fjg-short-link', ShortLink);
