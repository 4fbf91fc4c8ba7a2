/**
 * <fjg-text-size>: the text size choice (TextSize.astro's markup). The choice is applied at once
 * (<html data-text-size>, site.css), remembered in this browser (src/client/storage.ts: when
 * storage is blocked it applies to this page only), and every copy of the control (the header's
 * and the mobile menu's) is kept in step. ThemeProvider.astro applies the saved size before paint.
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { required } from '~/client/required.ts';
import { readSaved, writeSaved } from '~/client/storage.ts';
import { TEXT_SIZE_KEY, textSize, textSizeAttribute } from '~/lib/text-size.ts';

class TextSizeSelect extends FjgElement {
	protected start(): void {
		const select = required<HTMLSelectElement>(this, 'select', this.localName);
		select.value = textSize(readSaved(TEXT_SIZE_KEY));
		select.addEventListener('change', () => {
			const size = textSize(select.value);
			const attribute = textSizeAttribute(size);
			if (attribute) document.documentElement.dataset.textSize = attribute;
			else delete document.documentElement.dataset.textSize;
			writeSaved(TEXT_SIZE_KEY, size);
			for (const other of document.querySelectorAll<HTMLSelectElement>('[data-text-size]')) other.value = size;
		});
	}
}

defineElement('fjg-text-size', TextSizeSelect);
