// Where the server modules read packs from: a site's own folder first, then the package's.
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package's own packs, beside the server modules: `dist/packs/<topic>/<audience>.<language>.json`. */
export const PACK_FOLDER = new URL('../packs/', import.meta.url);

/** A site's folder of packs, given as a path (from the working directory) or a file URL. */
export const siteFolder = (folder: string | URL): URL =>
  new URL(String(folder).replace(/\/?$/, '/'), pathToFileURL(process.cwd() + sep));

/** The folders to look in, in order: a site's own, if given, then the package's. */
export const packFolders = (folder?: string | URL): URL[] =>
  folder === undefined ? [PACK_FOLDER] : [siteFolder(folder), PACK_FOLDER];
