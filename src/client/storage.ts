/**
 * Reading and writing localStorage without ever throwing. Reading it can throw (storage blocked
 * by the browser's settings, a sandboxed frame), and so can writing (full, or refused), so every
 * component goes through these and falls back to what it shows without saving.
 * Nothing is stored unless the reader chose it: callers write only after a reader's action.
 */

/** localStorage, or null where this page may not use it. */
export function localStore(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

/** The saved value, or null when there is none or storage cannot be read. */
export function readSaved(key: string): string | null {
	try {
		return localStore()?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Saves the value; false when the browser refused (the caller says so or carries on in memory). */
export function writeSaved(key: string, value: string): boolean {
	try {
		const store = localStore();
		if (!store) return false;
		store.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/** Removes the value; false when storage cannot be used. */
export function removeSaved(key: string): boolean {
	try {
		const store = localStore();
		if (!store) return false;
		store.removeItem(key);
		return true;
	} catch {
		return false;
	}
}
