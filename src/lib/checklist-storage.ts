/**
 * Where the assessment checklist keeps its cases, and what it tells the
 * practitioner about that. Pure TypeScript with no DOM: the browser code
 * (src/components/content/checklist-keeping.ts) passes in localStorage and
 * navigator.storage's answers, and shows the messages these functions choose.
 *
 * - writeItem: one write to storage, as a result instead of an exception.
 * - SafeStore: the store the checklist uses. A write that the browser refuses
 *   is kept in memory (so what the practitioner typed stays on screen and is
 *   read back, for example after a case is created) and tried again with the
 *   next write; `status` says whether everything is saved.
 * - openStore: localStorage if the page may use it, otherwise memory only.
 * - keepMessage, shouldAskToKeep: what to say about persistent storage, and
 *   when to ask for it.
 */
import type { KeyValueStore } from './checklist-store.ts';

/** Why a save failed: storage full, storage switched off or blocked by the browser's settings, or anything else. */
export type SaveFailure = 'quota' | 'blocked' | 'unavailable';
export type SaveResult = { ok: true } | { ok: false; reason: SaveFailure };

/** The reason for an error thrown by the Web Storage API. */
export function failureReason(error: unknown): SaveFailure {
	const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as {
		name?: unknown;
		code?: unknown;
	};
	// Firefox used its own name and code for a full storage; 22 is QUOTA_EXCEEDED_ERR, 18 SECURITY_ERR.
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014)
		return 'quota';
	if (name === 'SecurityError' || code === 18) return 'blocked';
	return 'unavailable';
}

/** Writes one item; never throws. */
export function writeItem(store: KeyValueStore, key: string, value: string): SaveResult {
	try {
		store.setItem(key, value);
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: failureReason(error) };
	}
}

const sameResult = (a: SaveResult, b: SaveResult) => a.ok === b.ok && (a.ok || (!b.ok && a.reason === b.reason));

/**
 * A KeyValueStore over localStorage (or over nothing: memory only) whose writes
 * never throw. Values the browser would not save are kept in memory and read
 * back as if saved, and every write tries them again, so a later successful
 * save saves them too. `onChange` is called when `status` changes.
 */
export class SafeStore implements KeyValueStore {
	readonly #backing: KeyValueStore | null;
	readonly #unsaved = new Map<string, string>();
	readonly #onChange: (status: SaveResult) => void;
	#status: SaveResult = { ok: true };

	/** `backing` null: nothing can be saved (`memoryOnly`), for the reason given. */
	constructor(
		backing: KeyValueStore | null,
		onChange: (status: SaveResult) => void = () => {},
		reason: SaveFailure = 'unavailable',
	) {
		this.#backing = backing;
		this.#onChange = onChange;
		if (!backing) this.#status = { ok: false, reason };
	}

	/** True when the browser gave no storage at all: this visit's cases live in memory only. */
	get memoryOnly(): boolean {
		return this.#backing === null;
	}

	/** Whether everything written has been saved; if not, why the last attempt failed. */
	get status(): SaveResult {
		return this.#status;
	}

	#keys(): string[] {
		const keys: string[] = [];
		try {
			if (this.#backing) for (let i = 0; i < this.#backing.length; i++) keys.push(this.#backing.key(i) ?? '');
		} catch {
			// Reading failed: only what is in memory is known.
		}
		return [...keys.filter(Boolean), ...[...this.#unsaved.keys()].filter((k) => !keys.includes(k))];
	}

	get length(): number {
		return this.#keys().length;
	}

	key(index: number): string | null {
		return this.#keys()[index] ?? null;
	}

	getItem(key: string): string | null {
		const unsaved = this.#unsaved.get(key);
		if (unsaved !== undefined) return unsaved;
		try {
			return this.#backing?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}

	setItem(key: string, value: string): void {
		this.#unsaved.set(key, value);
		this.#flush();
	}

	removeItem(key: string): void {
		this.#unsaved.delete(key);
		try {
			this.#backing?.removeItem(key);
		} catch {
			// Nothing to keep: the item stays saved, and is read back as it is.
		}
		this.#flush();
	}

	/** Tries to save everything not yet saved (the oldest first), then updates the status. */
	#flush(): void {
		if (!this.#backing) return;
		let failed: SaveFailure | null = null;
		for (const [key, value] of this.#unsaved) {
			const result = writeItem(this.#backing, key, value);
			if (result.ok) this.#unsaved.delete(key);
			else failed = result.reason;
		}
		const status: SaveResult = failed ? { ok: false, reason: failed } : { ok: true };
		if (sameResult(status, this.#status)) return;
		this.#status = status;
		this.#onChange(status);
	}
}

/**
 * The store for this visit: localStorage if the page may use it (reading it can
 * throw SecurityError when the browser blocks storage for websites, and it can
 * be null when storage is switched off), otherwise memory only. A probe that
 * fails because the storage is full still uses it: the saved cases can be read.
 */
export function openStore(
	getStorage: () => KeyValueStore | null | undefined,
	onChange?: (status: SaveResult) => void,
): SafeStore {
	let backing: KeyValueStore | null | undefined;
	try {
		backing = getStorage();
	} catch (error) {
		return new SafeStore(null, onChange, failureReason(error));
	}
	if (!backing) return new SafeStore(null, onChange, 'unavailable');
	const probe = 'fjg:sgo-checklist:probe';
	const written = writeItem(backing, probe, '1');
	try {
		backing.removeItem(probe);
	} catch {
		// Nothing was written.
	}
	if (!written.ok && written.reason !== 'quota') return new SafeStore(null, onChange, written.reason);
	return new SafeStore(backing, onChange);
}

// ---------- Persistent storage ----------

/** What the line by the cases says about keeping them. */
export type KeepMessage = 'memoryOnly' | 'granted' | 'mayDelete' | 'unsupported';

export interface KeepState {
	/** No storage at all this visit (SafeStore.memoryOnly). */
	memoryOnly: boolean;
	/** Whether there is any case to keep. */
	hasCases: boolean;
	/** navigator.storage.persist and .persisted exist. */
	supported: boolean;
	/** The browser's answer (persisted() on load, persist() after asking); null until it has answered. */
	persisted: boolean | null;
}

/** The message to show, or null for none (no case yet, or the browser has not answered yet). */
export function keepMessage(s: KeepState): KeepMessage | null {
	if (s.memoryOnly) return 'memoryOnly';
	if (!s.hasCases) return null;
	if (!s.supported) return 'unsupported';
	if (s.persisted === null) return null;
	return s.persisted ? 'granted' : 'mayDelete';
}

/**
 * Whether to call navigator.storage.persist() now that the practitioner has
 * created a case: at most once a visit, never on page load (it is a request
 * for the practitioner's data, made when they first have some), not when the
 * browser has already agreed, and not when nothing can be saved at all.
 */
export function shouldAskToKeep(s: Omit<KeepState, 'hasCases'> & { askedThisVisit: boolean }): boolean {
	return !s.memoryOnly && s.supported && !s.askedThisVisit && s.persisted !== true;
}

// ---------- Strings ----------

/** The strings about keeping the cases (src/content/i18n/en-GB.json), among the element's strings (src/lib/checklist-strings.ts). */
export const KEEP_STRING_KEYS = [
	'checklist.keep.granted',
	'checklist.keep.mayDelete',
	'checklist.keep.unsupported',
	'checklist.keep.memoryOnly',
	'checklist.saveError.title',
	'checklist.saveError.quota',
	'checklist.saveError.blocked',
	'checklist.saveError.unavailable',
	'checklist.saveError.action',
	'checklist.saveError.download',
] as const;
export type KeepStringKey = (typeof KEEP_STRING_KEYS)[number];
export type KeepStrings = Record<KeepStringKey, string>;
