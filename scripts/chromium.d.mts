export function findChromium(): string | null;
export function chromiumArgs(): string[];
export function ensureChromium(): string;
