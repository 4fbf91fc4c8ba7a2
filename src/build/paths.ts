/**
 * Where content lives. Authors edit content/ at the top of the repository.
 * src/content/docs is a symbolic link to it, because Starlight and its link
 * validator find pages through that conventional path.
 * Tests point FJG_CONTENT_DIR at fixture folders to prove bad content fails.
 */
export const CONTENT_DIR = process.env.FJG_CONTENT_DIR ?? 'content';
