export interface ListFilesOptions {
	/** Only files whose name ends with this, for example '.html'. */
	ext?: string;
	/** A folder that does not exist gives an empty list instead of an error. */
	allowMissing?: boolean;
}
/** Every file under dir, at any depth, sorted as a depth-first walk over sorted names. */
export function listFiles(dir: string, options?: ListFilesOptions): string[];
