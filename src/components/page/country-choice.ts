/**
 * <fjg-country-choice>: "I live in England / I live in Wales" (CountryChoice.astro's markup).
 * Without JavaScript the element stays hidden and every passage for either country is shown,
 * labelled. Once the reader chooses, the choice is kept on this device (localStorage through
 * src/client/storage.ts, written only on their click; no cookie) and applied on every page for
 * both countries: their country's passages (<ForCountry>, <WalesNote>) open and first, the other
 * country's collapsed; glossary pop-ups add their Wales note for readers in Wales (site.css reads
 * html[data-country]). For a reader in Wales the element also lists the page's Wales notes,
 * because they are often at the end of the page. Printing shows both countries.
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { announce } from '~/client/announce.ts';
import { el, required } from '~/client/dom.ts';
import { readSaved, removeSaved, writeSaved } from '~/client/storage.ts';
import { COUNTRY_KEY, isOpenFor, parseCountry, readerFirst, type Country } from '~/lib/country.ts';

type Key =
	'country.showingEngland' | 'country.showingWales' | 'country.notSaved' | 'country.forgotten' | 'country.walesOnPage';

const PASSAGE = 'details[data-for-country]';

class CountryChoice extends FjgElement<Key> {
	#country: Country | null = null;

	protected start(): void {
		this.hidden = false;
		for (const choice of this.querySelectorAll<HTMLButtonElement>('button[data-country]')) {
			choice.addEventListener('click', () => this.#choose(parseCountry(choice.dataset.country)));
		}
		required<HTMLButtonElement>(this, '[data-country-forget]', 'fjg-country-choice').addEventListener('click', () =>
			this.#forget(),
		);
		window.addEventListener('beforeprint', () => this.#openAll());
		window.addEventListener('afterprint', () => this.#apply());
		this.#country = parseCountry(readSaved(COUNTRY_KEY));
		this.#apply();
	}

	#choose(country: Country | null): void {
		if (!country) return;
		this.#country = country;
		const saved = writeSaved(COUNTRY_KEY, country);
		this.#apply();
		const showing = this.strings[country === 'wales' ? 'country.showingWales' : 'country.showingEngland'];
		announce(this.#status, saved ? showing : this.strings['country.notSaved']);
	}

	#forget(): void {
		removeSaved(COUNTRY_KEY);
		this.#country = null;
		this.#apply();
		announce(this.#status, this.strings['country.forgotten']);
	}

	get #status(): HTMLElement {
		return required(this, '[data-country-status]', 'fjg-country-choice');
	}

	#apply(): void {
		const country = this.#country;
		if (country) document.documentElement.dataset.country = country;
		else delete document.documentElement.dataset.country;
		this.dataset.chosen = country ?? '';
		for (const choice of this.querySelectorAll<HTMLButtonElement>('button[data-country]')) {
			choice.setAttribute('aria-pressed', String(choice.dataset.country === country));
		}
		required<HTMLButtonElement>(this, '[data-country-forget]', 'fjg-country-choice').hidden = !country;
		const passages = [...document.querySelectorAll<HTMLDetailsElement>(PASSAGE)];
		for (const passage of passages) passage.open = isOpenFor(passage.dataset.forCountry, country);
		this.#reorder(passages, country);
		this.#listWalesNotes(country === 'wales' ? passages.filter((p) => p.dataset.forCountry === 'wales') : []);
		if (country)
			this.#status.textContent ||=
				this.strings[country === 'wales' ? 'country.showingWales' : 'country.showingEngland'];
	}

	/** Puts the reader's country first in each run of adjacent passages (England, then Wales, …). */
	#reorder(passages: HTMLDetailsElement[], country: Country | null): void {
		const seen = new Set<Element>();
		for (const first of passages) {
			if (seen.has(first)) continue;
			const run: HTMLDetailsElement[] = [];
			for (let node: Element | null = first; node?.matches(PASSAGE); node = node.nextElementSibling) {
				run.push(node as HTMLDetailsElement);
				seen.add(node);
			}
			if (run.length < 2) continue;
			// Page order is kept on the element the first time, so "forget" can restore it.
			run.forEach((passage, i) => (passage.dataset.pageOrder ??= String(i)));
			const byPage = [...run].sort((a, b) => Number(a.dataset.pageOrder) - Number(b.dataset.pageOrder));
			const order = readerFirst(
				byPage.map((p) => p.dataset.forCountry ?? ''),
				country,
			);
			const anchor = run[run.length - 1].nextSibling;
			const parent = run[0].parentNode;
			for (const i of order) parent?.insertBefore(byPage[i], anchor);
		}
	}

	/** For a reader in Wales: links to the page's Wales notes, which are often far down. */
	#listWalesNotes(notes: HTMLDetailsElement[]): void {
		this.querySelector('[data-country-notes]')?.remove();
		if (!notes.length) return;
		const list = el('ul');
		notes.forEach((note, i) => {
			note.id ||= `in-wales-${i + 1}`;
			const words = (note.querySelector('.for-country__body')?.textContent ?? '').trim().split(/\s+/);
			const preview = words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '');
			list.append(el('li', {}, el('a', { href: `#${note.id}` }, preview)));
		});
		this.append(
			el(
				'div',
				{ class: 'country-choice__notes', 'data-country-notes': '' },
				el('p', {}, this.strings['country.walesOnPage']),
				list,
			),
		);
	}

	#openAll(): void {
		for (const passage of document.querySelectorAll<HTMLDetailsElement>(PASSAGE)) passage.open = true;
	}
}

defineElement('fjg-country-choice', CountryChoice);
