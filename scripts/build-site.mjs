// Builds the demo site into dist-site/: plain files a hospital could host on any static server.
// The site's pages come from demo/; the script-tag bundle is copied into dist-site/dist/, where
// the pages load it as a hospital would, and the embed builder gets the release facts it shows
// (version, Subresource Integrity hash, topics, the documented custom properties) as JSON.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SITE = 'dist-site';
const BUNDLE = 'dist/therapy-widgets.js';

/**
 * Where a released version will be on a CDN that mirrors npm, once the package is published. The
 * builder names it only as that, never in code: its code loads the script from the hospital's site.
 */
export const CDN_BASE = 'https://cdn.example.org';

/** The `integrity` value for a file: its SHA-384 digest, as Subresource Integrity writes it. */
export function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

async function buildSite() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

  rmSync(SITE, { recursive: true, force: true });
  cpSync('demo', SITE, { recursive: true });
  mkdirSync(`${SITE}/dist`, { recursive: true });
  for (const file of ['therapy-widgets.js', 'therapy-widgets.js.map', 'therapy-widgets.css']) {
    cpSync(`dist/${file}`, `${SITE}/dist/${file}`);
  }
  // Chunks the bundle loads on demand (such as a language) and the content packs sit beside it.
  if (existsSync('dist/chunks')) cpSync('dist/chunks', `${SITE}/dist/chunks`, { recursive: true });
  cpSync('dist/packs', `${SITE}/dist/packs`, { recursive: true });
  // Each widget's CMS-safe placeholder with its fallback text, which the embed builder offers.
  cpSync('dist/fallback', `${SITE}/dist/fallback`, { recursive: true });
  // The widgets pre-rendered with default settings, where the build made them.
  if (existsSync('dist/prerendered')) cpSync('dist/prerendered', `${SITE}/dist/prerendered`, { recursive: true });

  const widgets = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((element) => ({
      tag: element.tagName,
      summary: element.summary ?? '',
      attributes: (element.attributes ?? []).map((attribute) => attribute.name),
      cssProperties: (element.cssProperties ?? []).map(({ name, default: fallback, description }) => ({
        name,
        default: fallback,
        description,
      })),
    }));

  const release = {
    version: pkg.version,
    cdnScriptUrl: `${CDN_BASE}/${pkg.name}@${pkg.version}/${BUNDLE}`,
    integrity: integrityOf(BUNDLE),
    topics: readdirSync('dist/packs').sort(),
    // Which ready-made HTML the build wrote (dist/<kind>/<topic>/<audience>.<lang>/<tag>.html).
    built: Object.fromEntries(['fallback', 'prerendered'].map((kind) => [kind, existsSync(`dist/${kind}`)])),
    widgets,
  };
  writeFileSync(`${SITE}/builder/release.json`, `${JSON.stringify(release, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite();
