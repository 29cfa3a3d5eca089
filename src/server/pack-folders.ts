// Where the server modules read packs from: the package's own, and a folder of a site's own.
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package's own packs, beside the server modules: `dist/packs/<topic>/<audience>.<language>.json`. */
export const PACK_FOLDER = new URL('../packs/', import.meta.url);

/**
 * The folders to look in, in order: a site's own (`folder`, a path from the working directory or
 * a file URL), then the package's. A topic found in the first is read from there.
 */
export function packFolders(folder?: string | URL): URL[] {
  if (folder === undefined) return [PACK_FOLDER];
  return [new URL(String(folder).replace(/\/?$/, '/'), pathToFileURL(process.cwd() + sep)), PACK_FOLDER];
}
