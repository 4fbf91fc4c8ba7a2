/** Where the assessment checklist keeps its cases: saves that fail, storage that is missing, and what is said about persistent storage (no DOM). */
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../helpers/memory-storage.ts';
import {
	KEEP_STRING_KEYS,
	SafeStore,
	failureReason,
	keepMessage,
	openStore,
	shouldAskToKeep,
	writeItem,
	type SaveResult,
} from '../../src/lib/checklist-storage.ts';
import { emptyCase, loadState, saveCase, saveIndex, withTick } from '../../src/lib/checklist-store.ts';
import { loadChecklist } from '../../src/build/toolkit-data.ts';
import en from '../../src/content/i18n/en-GB.json';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const security = () => new DOMException('The operation is insecure.', 'SecurityError');

describe('failureReason', () => {
	it('tells a full storage from storage blocked by the browser and from anything else', () => {
		expect(failureReason(quota())).toBe('quota');
		// Older Firefox: its own name, and code 1014.
		expect(failureReason({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe('quota');
		expect(failureReason({ name: 'Error', code: 22 })).toBe('quota');
		expect(failureReason(security())).toBe('blocked');
		expect(failureReason(new TypeError('localStorage is null'))).toBe('unavailable');
		expect(failureReason('a string')).toBe('unavailable');
		expect(failureReason(null)).toBe('unavailable');
	});
});

describe('writeItem', () => {
	it('returns the result instead of throwing', () => {
		const s = new MemoryStorage();
		expect(writeItem(s, 'a', '1')).toEqual({ ok: true });
		expect(s.getItem('a')).toBe('1');
		s.refuse = quota();
		expect(writeItem(s, 'a', '2')).toEqual({ ok: false, reason: 'quota' });
		expect(s.getItem('a')).toBe('1');
		s.refuse = security();
		expect(writeItem(s, 'b', '1')).toEqual({ ok: false, reason: 'blocked' });
	});
});

describe('SafeStore', () => {
	it('keeps a refused write in memory, reads it back, and saves it with the next write that works', () => {
		const backing = new MemoryStorage();
		const changes: SaveResult[] = [];
		const store = new SafeStore(backing, (s) => changes.push(s));
		store.setItem('a', '1');
		expect(store.status).toEqual({ ok: true });
		expect(changes).toEqual([]);

		backing.refuse = quota();
		store.setItem('a', '2');
		store.setItem('b', 'new');
		// Nothing is lost on screen: the store reads what was written.
		expect(store.getItem('a')).toBe('2');
		expect(store.getItem('b')).toBe('new');
		expect(store.length).toBe(2);
		expect([store.key(0), store.key(1)].sort()).toEqual(['a', 'b']);
		expect(backing.getItem('a')).toBe('1');
		expect(store.status).toEqual({ ok: false, reason: 'quota' });
		// Told once when saving starts failing, not on every write.
		expect(changes).toEqual([{ ok: false, reason: 'quota' }]);

		backing.refuse = null;
		store.setItem('c', '3');
		expect(backing.getItem('a')).toBe('2');
		expect(backing.getItem('b')).toBe('new');
		expect(backing.getItem('c')).toBe('3');
		expect(store.status).toEqual({ ok: true });
		expect(changes).toEqual([{ ok: false, reason: 'quota' }, { ok: true }]);
	});

	it('stays failing while any earlier change is still unsaved', () => {
		const backing = new MemoryStorage();
		const store = new SafeStore(backing);
		backing.refuse = quota();
		store.setItem('big', 'x'.repeat(100));
		// Room for small values only: the big one is still not saved.
		backing.setItem = function (k, v) {
			if (v.length > 10) throw quota();
			this.map.set(k, v);
		};
		store.setItem('small', 'y');
		expect(backing.getItem('small')).toBe('y');
		expect(store.status).toEqual({ ok: false, reason: 'quota' });
		// Deleting the unsaved item leaves nothing unsaved.
		store.removeItem('big');
		expect(store.getItem('big')).toBeNull();
		expect(store.status).toEqual({ ok: true });
	});

	it('memory only: works for the visit and never says it saved', () => {
		const changes: SaveResult[] = [];
		const store = new SafeStore(null, (s) => changes.push(s), 'blocked');
		expect(store.memoryOnly).toBe(true);
		store.setItem('a', '1');
		expect(store.getItem('a')).toBe('1');
		expect(store.length).toBe(1);
		store.removeItem('a');
		expect(store.getItem('a')).toBeNull();
		expect(store.status).toEqual({ ok: false, reason: 'blocked' });
		// The message about it is the "nothing will be kept" line, not a save error on every tick.
		expect(changes).toEqual([]);
	});

	it('lets the checklist create a case and tick items while saving fails', () => {
		const checklist = loadChecklist();
		const backing = new MemoryStorage();
		const store = new SafeStore(backing);
		backing.refuse = quota();
		const data = withTick(emptyCase('Case A'), 'fgc-offered', true);
		saveCase(store, 'casea1', data);
		saveIndex(store, {
			cases: [{ id: 'casea1', label: 'Case A', ok: true, data, migratedFrom: null, unknownItems: [] }],
			current: 'casea1',
		});
		const state = loadState(store, checklist);
		expect(state.cases.map((c) => c.label)).toEqual(['Case A']);
		expect(state.cases[0].ok && state.cases[0].data.items['fgc-offered']?.ticked).toBe(true);
		expect(backing.length).toBe(0);
	});
});

describe('openStore', () => {
	it('uses localStorage when the page may, and leaves no probe behind', () => {
		const backing = new MemoryStorage();
		const store = openStore(() => backing);
		expect(store.memoryOnly).toBe(false);
		expect(backing.length).toBe(0);
		store.setItem('a', '1');
		expect(backing.getItem('a')).toBe('1');
	});

	it('memory only when reading localStorage throws (storage blocked), or it is missing', () => {
		const blocked = openStore(() => {
			throw security();
		});
		expect(blocked.memoryOnly).toBe(true);
		expect(blocked.status).toEqual({ ok: false, reason: 'blocked' });
		expect(openStore(() => null).memoryOnly).toBe(true);
		expect(openStore(() => undefined).status).toEqual({ ok: false, reason: 'unavailable' });
	});

	it('memory only when every write is refused for another reason', () => {
		const backing = new MemoryStorage();
		backing.refuse = security();
		expect(openStore(() => backing).memoryOnly).toBe(true);
	});

	it('a full storage is still used: the saved cases can be read', () => {
		const backing = new MemoryStorage();
		backing.setItem('fjg:sgo-checklist:index', '{}');
		backing.refuse = quota();
		const store = openStore(() => backing);
		expect(store.memoryOnly).toBe(false);
		expect(store.getItem('fjg:sgo-checklist:index')).toBe('{}');
	});
});

describe('keepMessage', () => {
	const base = { memoryOnly: false, hasCases: true, supported: true, persisted: null };
	it('says nothing will be kept when there is no storage, even before a case', () => {
		expect(keepMessage({ ...base, memoryOnly: true, hasCases: false })).toBe('memoryOnly');
		expect(keepMessage({ ...base, memoryOnly: true, persisted: true })).toBe('memoryOnly');
	});
	it('says nothing before there is a case to keep', () => {
		expect(keepMessage({ ...base, hasCases: false, persisted: false })).toBeNull();
		expect(keepMessage({ ...base, hasCases: false, supported: false })).toBeNull();
	});
	it('follows the browser’s answer, once it has answered', () => {
		expect(keepMessage({ ...base, persisted: null })).toBeNull();
		expect(keepMessage({ ...base, persisted: true })).toBe('granted');
		expect(keepMessage({ ...base, persisted: false })).toBe('mayDelete');
	});
	it('says so plainly when the browser cannot be asked', () => {
		expect(keepMessage({ ...base, supported: false })).toBe('unsupported');
	});
});

describe('shouldAskToKeep', () => {
	const base = { memoryOnly: false, supported: true, persisted: false, askedThisVisit: false };
	it('asks when a case is created and the browser has not agreed yet', () => {
		expect(shouldAskToKeep(base)).toBe(true);
		expect(shouldAskToKeep({ ...base, persisted: null })).toBe(true);
	});
	it('asks once a visit, not when the browser has agreed, cannot be asked, or nothing is saved', () => {
		expect(shouldAskToKeep({ ...base, askedThisVisit: true })).toBe(false);
		expect(shouldAskToKeep({ ...base, persisted: true })).toBe(false);
		expect(shouldAskToKeep({ ...base, supported: false })).toBe(false);
		expect(shouldAskToKeep({ ...base, memoryOnly: true })).toBe(false);
	});
});

describe('the strings', () => {
	it('every string the script uses is in en-GB.json, in plain words', () => {
		const strings = en as Record<string, string>;
		for (const key of [...KEEP_STRING_KEYS, 'checklist.keep.where']) expect(strings[key], key).toMatch(/^\S.{10,}/);
		expect(strings['checklist.keep.where']).toMatch(/only in this browser, on this device/);
		expect(strings['checklist.keep.where']).toMatch(/Clearing your browsing data removes them/);
		expect(strings['checklist.saveError.title']).toMatch(/^Error: /);
	});
});
