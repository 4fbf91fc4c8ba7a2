/**
 * <fjg-little-data> (LittleData.astro): "Show the pictures" takes the page out of little-data
 * mode (html[data-little-data], which hides the lazy pictures so that they are not fetched).
 * The button goes, so focus moves to the sentence that replaces it and is read out.
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { required } from '~/client/dom.ts';

class LittleData extends FjgElement {
	protected start(): void {
		const show = required<HTMLButtonElement>(this, '[data-little-data-show]', 'fjg-little-data');
		show.addEventListener('click', () => {
			delete document.documentElement.dataset.littleData;
			this.dataset.done = '';
			show.hidden = true;
			required(this, '[data-little-data-note]', 'fjg-little-data').hidden = true;
			const done = required<HTMLElement>(this, '[data-little-data-done]', 'fjg-little-data');
			done.hidden = false;
			done.focus();
		});
	}
}

defineElement('fjg-little-data', LittleData);
