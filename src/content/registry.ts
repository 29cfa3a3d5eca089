import { warn } from '../shared/warn.js';
import { checkPack, PackProblem } from './check.js';
import type { Audience, Pack } from './types.js';

// Where packs come from, and each one loaded once per page (again only if its folder changes). A
// pack is fetched as JSON and checked as data: nothing in it is ever run, so a tampered pack file
// can change words but not run code.

// The library's own packs sit in `packs/` beside the script. This module is one folder below the
// script in the npm build (dist/content/registry.js) and inside it in the script-tag bundle, whose
// build rewrites this literal (rollup.config.js). An application's bundler does not copy the
// folder, and the application names where it serves it with setPackFolder(), so Vite is told to
// leave the address alone rather than warn on every build that it finds no such file.
let packFolder: URL | undefined;
const defaultPackFolder = () => new URL(/* @vite-ignore */ '../packs/', import.meta.url);

/** Topics a page or application added, with the folder their pack files are in. */
const topicFolders = new Map<string, URL>();

/** Why a pack cannot be shown, and whether that was already said (by `registerPack()`). */
export interface PackFailure {
  problem: string;
  reported?: boolean;
}

/** Every pack asked for on this page, by key: the pack, or why it cannot be shown. */
const packs = new Map<string, Promise<Pack | PackFailure>>();

/** The address each fetched pack in `packs` was asked for at, by key (a registered pack has none). */
const fetchedFrom = new Map<string, string>();

/** Widgets showing a pack, told when it is registered again or forgotten. */
const listeners = new Set<(key: string) => void>();

/** A topic name as editors type it, forgiving capitals and spaces: `Targeted therapy` → `targeted-therapy`. */
export function topicName(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** A topic name is lower-case words joined by hyphens: nothing that could reach another folder. */
export const isTopicName = (name: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) && name.length <= 60;

const keyOf = (topic: string, audience: string, language: string) => `${topic}/${audience}.${language}`;

const folderUrl = (folder: string | URL) => new URL(String(folder).replace(/\/?$/, '/'), document.baseURI);

/**
 * Makes widgets look for the library's own packs in another folder, for applications whose
 * bundler does not copy them: copy the package's `dist/packs/` folder there.
 *
 * It may be called at any time, also after widgets asked for their packs. Each pack that would now
 * come from another address (one that could not be loaded, is still on its way, or is shown) is
 * fetched again from the new folder, and the widgets showing it update: a shown pack stays on
 * screen until the new one is there, and an answer from the old folder that comes later is
 * ignored. Packs whose address stays the same are kept (setting the same folder again fetches
 * nothing), and so are packs from `registerPack()` and topics from `addTopic()`.
 */
export function setPackFolder(folder: string | URL): void {
  packFolder = folderUrl(folder);
  moved();
}

/**
 * Adds a topic whose pack files (`family.en.json`, `family.es.json`, `child.en.json`, …) are in
 * `folder`, such as a hospital's own topic served from its own site.
 *
 * It may be called at any time, also after widgets asked for the topic, and again with another
 * folder: the topic's packs are then fetched from that folder, as for `setPackFolder()`.
 */
export function addTopic(topic: string, folder: string | URL): void {
  topicFolders.set(topicName(topic), folderUrl(folder));
  moved();
}

/** Where the pack with this key is looked for now. */
function addressOf(key: string): string {
  const topic = key.slice(0, key.indexOf('/'));
  const folder = topicFolders.get(topic);
  return new URL(`${folder ? key.slice(topic.length + 1) : key}.json`, folder ?? ownPackFolder()).href;
}

/**
 * After a folder changed: forgets each fetched pack that would now be fetched from elsewhere,
 * whether it failed, is on its way or is shown, and tells the widgets showing it, which ask again.
 * A pack whose address is the same stays, failed or not: setting a folder again asks nothing again.
 */
function moved(): void {
  for (const [key, address] of fetchedFrom) if (addressOf(key) !== address) replace(key);
}

/** Puts `pack` in the place of the pack with this key (or forgets it) and tells the widgets showing it. */
function replace(key: string, pack?: Promise<Pack | PackFailure>): void {
  if (pack) packs.set(key, pack);
  else packs.delete(key);
  fetchedFrom.delete(key);
  for (const listener of listeners) listener(key);
}

/**
 * Adds topics a page lists without script, each with a link that also lets the browser fetch the
 * pack early: `<link rel="preload" as="fetch" crossorigin href="/packs/hand-washing/family.en.json"
 * data-therapy-topic="hand-washing">`. The topic's other packs are looked for in the same folder.
 * Only links to this page's site or the script's are followed: text pasted into a page cannot make
 * the widgets fetch words from anywhere else.
 */
function addLinkedTopics(): void {
  const sites = [location.origin, ownPackFolder().origin];
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-therapy-topic]')) {
    const topic = topicName(link.dataset.therapyTopic ?? '');
    if (topicFolders.has(topic) || linksRead.has(link)) continue;
    linksRead.add(link);
    try {
      // Throws for an empty or unreadable href; about:, data: and the like have the origin "null".
      if (!sites.includes(new URL(link.href).origin)) throw link;
      addTopic(topic, new URL('./', link.href));
    } catch {
      warn(`<link data-therapy-topic="${topic}" href="${link.href}"> is ignored: it is not on this site.`);
    }
  }
}

/** Links already read, so a link that is ignored is reported once. */
const linksRead = new WeakSet<HTMLLinkElement>();

const ownPackFolder = () => packFolder ?? defaultPackFolder();

/**
 * A link in the page to this pack file: a preload (perhaps with a query, `?v=2`), perhaps pinning
 * the file's integrity with `data-integrity` (a preload ignores `integrity` for fetched data). The
 * pack is fetched from the link's own address, so the browser reuses what the link fetched.
 */
function linkFor(url: string): HTMLLinkElement | undefined {
  for (const link of document.querySelectorAll('link')) {
    if (link.href.replace(/[?#].*/, '') === url) return link;
  }
  return undefined;
}

/** Checks a pack and that it is the one asked for. */
function accept(value: unknown, expected?: Pick<Pack, 'id' | 'audience' | 'language'>): Pack | PackFailure {
  try {
    const pack = checkPack(value);
    for (const field of ['id', 'audience', 'language'] as const) {
      if (expected && pack[field] !== expected[field]) throw new PackProblem(`/${field}`, `"${expected[field]}"`);
    }
    return pack;
  } catch (error) {
    return { problem: `it is not a valid pack (${error instanceof PackProblem ? error.message : String(error)})` };
  }
}

async function fetchPack(
  url: string,
  expected: Pick<Pack, 'id' | 'audience' | 'language'>,
): Promise<Pack | PackFailure> {
  const link = linkFor(url);
  try {
    const response = await fetch(link?.href ?? url, { integrity: link?.dataset.integrity });
    if (!response.ok) return { problem: `${url} could not be loaded (the server answered ${response.status})` };
    const failure = accept(await response.json(), expected);
    if ('problem' in failure) failure.problem = `${url}: ${failure.problem}`;
    return failure;
  } catch (error) {
    return { problem: `${url} could not be loaded (${String(error)})` };
  }
}

/**
 * The pack for a topic, audience and language, fetched once per page (and again only when its
 * folder changes), or why it cannot be shown. Never rejects. The same promise while the pack
 * stays: a caller that gets another one for the same pack should show that one instead.
 */
export function loadPack(topic: string, audience: Audience, language: string): Promise<Pack | PackFailure> {
  const key = keyOf(topic, audience, language);
  let pack = packs.get(key);
  if (!pack) {
    if (isTopicName(topic)) {
      if (!topicFolders.has(topic)) addLinkedTopics();
      const url = addressOf(key);
      pack = fetchPack(url, { id: topic, audience, language });
      fetchedFrom.set(key, url);
    } else {
      pack = Promise.resolve({ problem: 'a topic is lower-case words joined by hyphens, like targeted-therapy' });
    }
    packs.set(key, pack);
  }
  return pack;
}

/**
 * Adds a pack from code, for applications that import pack files or write their own. It is
 * checked first; a pack that is not valid is refused with one warning naming the problem, and
 * widgets showing that topic show the "not available" message. It may be called at any time:
 * registering a pack again replaces it, and the widgets that show it update; a registered pack
 * stays when `setPackFolder()` or `addTopic()` names another folder. Returns whether the pack was
 * accepted.
 */
export function registerPack(value: unknown): boolean {
  // A copy, so changing the object afterwards cannot change what widgets show.
  let copy: unknown;
  try {
    copy = structuredClone(value);
  } catch (error) {
    copy = error;
  }
  const { id, audience, language } = (copy ?? {}) as Partial<Pack>;
  const result = accept(copy);
  if ('problem' in result) {
    result.reported = true;
    warn(
      `registerPack(): the pack "${String(id)}" (${String(audience)}, ${String(language)}) is refused: ${result.problem}.`,
    );
  }
  if (typeof id !== 'string') return false;
  replace(keyOf(id, String(audience), String(language)), Promise.resolve(result));
  return !('problem' in result);
}

/**
 * Calls `listener` with a pack's key whenever a pack is registered, or forgotten because its folder
 * changed; returns the way to stop.
 */
export function onPackChange(listener: (key: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export { keyOf as packKey };
