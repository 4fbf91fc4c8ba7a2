/** localStorage in memory, for the checklist's unit tests; it refuses writes (as a browser would) while `refuse` is set. */
import type { KeyValueStore } from '../../src/lib/checklist-store.ts';

export class MemoryStorage implements KeyValueStore {
	map = new Map<string, string>();
	refuse: Error | null = null;
	get length() {
		return this.map.size;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.refuse) throw this.refuse;
		this.map.set(k, String(v));
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}
