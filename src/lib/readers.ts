/**
 * Who a page is for, as far as free legal advice goes: its `readers` front matter, else its
 * toolkit role, else its audiences. Shared by the content rule (free advice said only for its
 * readers) and by the legal notice at the top of every guidance and toolkit page.
 */
export const ADVICE_READERS = ['parents', 'kinship-carers', 'children', 'practitioners'] as const;
export type AdviceReader = (typeof ADVICE_READERS)[number];
/** One part of the parents' free-advice wording (<FreeAdvice part=…>). */
export type AdvicePart = 'letter' | 'before-letter' | 'court' | 'find';

export function readersOf(data: Record<string, unknown>): AdviceReader[] {
	const declared = data.readers;
	if (Array.isArray(declared) && declared.length) return declared.map(String) as AdviceReader[];
	if (data.toolkitRole === 'family') return ['kinship-carers'];
	if (data.toolkitRole === 'child') return ['children'];
	const aud = Array.isArray(data.audience) ? data.audience.map(String) : [];
	const readers: AdviceReader[] = [];
	if (aud.includes('families')) readers.push('parents', 'kinship-carers');
	if (aud.includes('children-and-young-people')) readers.push('children');
	if (aud.includes('practitioners') || aud.includes('judiciary')) readers.push('practitioners');
	return readers;
}
