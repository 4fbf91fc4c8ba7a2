/**
 * The assessment checklist's questions (assessment-checklist.ts): a modal <dialog> from the
 * component's markup, asked with ask(). Cancel and Escape answer null. Focus starts in the
 * field when there is one, otherwise on Cancel (the safe choice), and returns to what had it.
 */
import { button, required } from '~/client/dom.ts';

const COMPONENT = 'fjg-assessment-checklist';

export interface DialogButton {
	value: string;
	label: string;
	danger?: boolean;
}

export interface Question {
	title: string;
	message: string;
	/** The first is the one Enter chooses in the field. */
	buttons: DialogButton[];
	/** Cancel's label. */
	cancel: string;
	/** A text field: `validate` checks the text before the first button closes the dialog; an error (as shown) keeps it open. */
	input?: { label: string; value: string; validate: (text: string) => string | null };
}

export interface Answer {
	choice: string | null;
	text: string;
}

export class ChecklistDialog {
	readonly dialog: HTMLDialogElement;
	readonly #title: HTMLElement;
	readonly #message: HTMLElement;
	readonly #field: HTMLElement;
	readonly #label: HTMLLabelElement;
	readonly #input: HTMLInputElement;
	readonly #error: HTMLElement;
	readonly #buttons: HTMLElement;

	constructor(root: ParentNode) {
		const find = <T extends HTMLElement>(selector: string) => required<T>(root, selector, COMPONENT);
		this.dialog = find<HTMLDialogElement>('[data-dialog]');
		this.#title = find('[data-dialog-title]');
		this.#message = find('[data-dialog-message]');
		this.#field = find('[data-dialog-field]');
		this.#label = find<HTMLLabelElement>('[data-dialog-label]');
		this.#input = find<HTMLInputElement>('[data-dialog-input]');
		this.#error = find('[data-dialog-error]');
		this.#buttons = find('[data-dialog-buttons]');
	}

	get open(): boolean {
		return this.dialog.open;
	}

	/** Asks the question; resolves with the value of the button chosen (null for Cancel or Escape) and the field's text. */
	ask(question: Question): Promise<Answer> {
		const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		this.#fill(question);
		return new Promise((resolve) => {
			const finish = (choice: string | null) => {
				this.dialog.removeEventListener('cancel', onCancel);
				this.#input.removeEventListener('keydown', onKey);
				this.dialog.close();
				opener?.focus();
				resolve({ choice, text: this.#input.value });
			};
			const choose = (value: string) => {
				if (!this.#refused(question, value)) finish(value);
			};
			const onCancel = (event: Event) => {
				event.preventDefault();
				finish(null);
			};
			const onKey = (event: KeyboardEvent) => {
				if (event.key !== 'Enter') return;
				event.preventDefault();
				choose(question.buttons[0].value);
			};
			this.dialog.addEventListener('cancel', onCancel);
			this.#input.addEventListener('keydown', onKey);
			const cancel = this.#showButtons(question, choose, () => finish(null));
			this.#show(question, cancel);
		});
	}

	#fill(question: Question): void {
		this.#title.textContent = question.title;
		this.#message.textContent = question.message;
		this.#field.hidden = !question.input;
		this.#error.hidden = true;
		this.#error.textContent = '';
		this.#input.removeAttribute('aria-invalid');
		this.#input.setAttribute('aria-describedby', 'checklist-dialog-message');
		if (question.input) {
			this.#label.textContent = question.input.label;
			this.#input.value = question.input.value;
		}
	}

	/** With a field, the first button checks its text: an error is shown, and the dialog stays open. */
	#refused(question: Question, value: string): boolean {
		if (!question.input || value !== question.buttons[0].value) return false;
		const error = question.input.validate(this.#input.value);
		if (!error) return false;
		this.#error.textContent = error;
		this.#error.hidden = false;
		this.#input.setAttribute('aria-invalid', 'true');
		this.#input.setAttribute('aria-describedby', 'checklist-dialog-error checklist-dialog-message');
		this.#input.focus();
		return true;
	}

	/** The question's buttons, then Cancel (returned, to be focused). */
	#showButtons(question: Question, choose: (value: string) => void, cancel: () => void): HTMLButtonElement {
		const cancelButton = button(question.cancel, cancel, { class: 'checklist__button' });
		this.#buttons.replaceChildren(
			...question.buttons.map((b) =>
				button(b.label, () => choose(b.value), {
					class: b.danger ? 'checklist__button checklist__button--danger' : 'checklist__button',
				}),
			),
			cancelButton,
		);
		return cancelButton;
	}

	#show(question: Question, cancel: HTMLButtonElement): void {
		this.dialog.showModal();
		// Typing goes straight into the field; a question with no field starts on Cancel, the safe choice.
		if (question.input) {
			this.#input.focus();
			this.#input.select();
		} else cancel.focus();
	}
}
