import type { Server } from 'node:http';

/** One rule of a _headers file: a path pattern and the headers for the paths it matches. */
export interface HeadersRule {
	pattern: string;
	headers: Record<string, string>;
}
export function parseHeadersFile(text: string): HeadersRule[];
export function createStaticServer(root: string): Server;
