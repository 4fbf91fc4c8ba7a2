export const JAVA_MIN_VERSION: number;
export const JAVA_INSTALL_HELP: string;
export function findJava(): { command: string; version: number } | null;
export function ensureJava(): string;
