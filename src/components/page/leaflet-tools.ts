/**
 * <fjg-leaflet-tools>: Print and Listen on an easy-read leaflet (LeafletTools.astro's markup).
 * Listen reads the leaflet aloud with the browser's own speech synthesis (nothing is sent to
 * another service): the title, then each heading and row in order, highlighting the one being
 * read. It is hidden where the browser cannot speak. What each state makes of the controls is
 * pure (src/lib/leaflet-listen.ts); the words come from data-strings (leaflet.* i18n keys).
 */
import { loadPrintedImages, whenPrintedImagesLoaded } from '~/client/print.ts';
import { FjgElement, defineElement } from '~/client/element.ts';
import { required } from '~/client/required.ts';
import { listenControls, speechText, type LeafletKey, type ListenState } from '~/lib/leaflet-listen.ts';

const COMPONENT = 'fjg-leaflet-tools';

/** What is read: the title, then each heading and row of the leaflet, in order. */
const parts = (): HTMLElement[] =>
	[...document.querySelectorAll<HTMLElement>('main h1, main .sl-markdown-content :is(h2, [data-row])')].filter(
		(part) => !part.closest('.page-info, .who-can-help .words-to-know'),
	);

/** The part being read is highlighted (site.css) and scrolled to; none when reading stops. */
function highlight(part: HTMLElement | null): void {
	document.querySelectorAll('.is-being-read').forEach((e) => e.classList.remove('is-being-read'));
	if (!part) return;
	part.classList.add('is-being-read');
	part.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

class LeafletTools extends FjgElement<LeafletKey> {
	#speech: SpeechSynthesis | null = null;
	#play!: HTMLButtonElement;
	#pause!: HTMLButtonElement;
	#stop!: HTMLButtonElement;
	#status!: HTMLElement;
	#queue: HTMLElement[] = [];
	#index = 0;
	#state: ListenState = 'stopped';

	protected start(): void {
		// Shows the tools in browsers that cannot tell CSS whether scripting is on.
		this.dataset.ready = '';
		// The QR code (shown only in print) and the pictures further down are lazy: load them first.
		required(this, '[data-print]', COMPONENT).addEventListener('click', () => {
			void whenPrintedImagesLoaded().then(() => window.print());
		});
		window.addEventListener('beforeprint', () => loadPrintedImages());
		this.#speech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window ? window.speechSynthesis : null;
		if (!this.#speech) {
			required(this, '[data-listen]', COMPONENT).hidden = true;
			return;
		}
		this.#play = required(this, '[data-listen-play]', COMPONENT);
		this.#pause = required(this, '[data-listen-pause]', COMPONENT);
		this.#stop = required(this, '[data-listen-stop]', COMPONENT);
		this.#status = required(this, '[data-listen-status]', COMPONENT);
		this.#play.addEventListener('click', () => this.#onPlay());
		this.#pause.addEventListener('click', () => this.#onPause());
		this.#stop.addEventListener('click', () => this.#onStop());
		window.addEventListener('pagehide', () => this.#speech?.cancel());
	}

	#setState(state: ListenState): void {
		this.#state = state;
		const controls = listenControls(state);
		this.#play.disabled = controls.playDisabled;
		this.#play.textContent = this.strings[controls.playLabel];
		this.#pause.disabled = controls.pauseDisabled;
		this.#stop.disabled = controls.stopDisabled;
		this.#status.textContent = this.strings[controls.status];
	}

	#onPlay(): void {
		if (this.#state === 'paused') {
			this.#setState('playing');
			this.#speech?.resume();
			return;
		}
		this.#speech?.cancel();
		this.#queue = parts();
		this.#setState('playing');
		this.#speakFrom(0);
	}

	#onPause(): void {
		this.#speech?.pause();
		this.#setState('paused');
	}

	#onStop(): void {
		this.#setState('stopped');
		this.#speech?.cancel();
		highlight(null);
	}

	/** Speaks the part at this index, then the next, until the end or a stop. */
	#speakFrom(index: number): void {
		this.#index = index;
		const part = this.#queue[index];
		if (!part) {
			highlight(null);
			this.#setState('stopped');
			return;
		}
		highlight(part);
		const utterance = new SpeechSynthesisUtterance(speechText(part.innerText));
		utterance.lang = document.documentElement.lang || 'en-GB';
		utterance.rate = 0.9;
		utterance.onend = () => {
			if (this.#state === 'playing') this.#speakFrom(this.#index + 1);
		};
		this.#speech?.speak(utterance);
	}
}

defineElement(COMPONENT, LeafletTools);
