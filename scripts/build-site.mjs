// Builds the demo site into dist-site/: plain files a hospital could host on any static server.
// The site's pages come from demo/; the script-tag bundle is copied into dist-site/dist/, where
// the pages load it as a hospital would, and the embed builder gets the release facts it shows
// (version, Subresource Integrity hash, topics, the documented custom properties) as JSON.
// A widget written in a page with `data-prerender` is replaced by its pre-rendered form
// (docs/prerendering.md), as a hospital's own build or server would do. The site's own pages get
// their header here too, the same as the docs pages (scripts/build-docs.mjs) get it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { integrityOf } from './release.mjs';

const SITE = 'dist-site';
const BUNDLE = 'dist/therapy-widgets.js';

/**
 * Where a released version will be on a CDN that mirrors npm, once the package is published. The
 * builder names it only as that, never in code: its code loads the script from the hospital's site.
 */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm';

/**
 * The parts of the demo site, in the order its header links them, as paths from the site's root;
 * the site's name, first in the header, links the landing page.
 */
const SITE_PARTS = [
  { path: 'hospital/', text: 'Hospital page' },
  { path: 'hospital/es/', text: 'En español', lang: 'es' },
  { path: 'hospital/kids/', text: 'For kids' },
  { path: 'builder/', text: 'Embed builder' },
  { path: 'docs/', text: 'Documentation' },
];

/**
 * The header of the site's own pages (the hospital's pages have the hospital's): a skip link to
 * `#main`, the site's name and a link to each part. `href(path)` writes a path from the site's
 * root as the page links it; `current` is the path of the part the page is, if it is one.
 */
export function siteHeader({ href, current }) {
  const here = (path) => (path === current ? ' aria-current="page"' : '');
  const links = SITE_PARTS.map(
    ({ path, text, lang }) =>
      `<li><a href="${href(path)}"${lang ? ` hreflang="${lang}" lang="${lang}"` : ''}${here(path)}>${text}</a></li>`,
  );
  return `<a class="skip-link" href="#main">Skip to content</a>
    <header class="top">
      <div class="wrap top-inner">
        <a class="logo" href="${href('')}"${here('')}>therapy-widgets</a>
        <nav aria-label="Demo site">
          <ul class="top-nav">
            ${links.join('\n            ')}
          </ul>
        </nav>
      </div>
    </header>`;
}

/** Where a page of the site's own asks for its header. */
const SITE_HEADER_MARKER = '<header data-site-header></header>';

/** The page with its header in place of the marker, its links written from the page's folder. */
function withSiteHeader(page, folder) {
  const href = (path) => {
    const relative = posix.relative(folder, path);
    return relative ? `${relative}/` : './';
  };
  return page.replace(SITE_HEADER_MARKER, () => siteHeader({ href, current: folder ? `${folder}/` : '' }));
}

/** The attribute that asks this build to pre-render a widget written in a demo page. */
export const PRERENDER_MARKER = 'data-prerender';

const unescapeAttribute = (value) =>
  value.replace(/&(quot|#39|lt|gt|amp);/g, (_, name) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[name]);

/**
 * The page with each widget that has the `data-prerender` attribute replaced by the widget
 * pre-rendered with the same attributes (its language: its own `lang`, else the page's). Attributes
 * the renderer does not take (`id`, `class`) stay on the element. `options` are the
 * renderer's (`packFolder`, for a hospital's own topics).
 */
export function prerenderMarkedWidgets(page, { renderWidget, WIDGET_TAGS }, options = {}) {
  const pageLanguage = /<html[^>]*\slang="([^"]+)"/.exec(page)?.[1];
  const marked = new RegExp(`<(${WIDGET_TAGS.join('|')})(\\s[^>]*\\b${PRERENDER_MARKER}\\b[^>]*)>\\s*</\\1>`, 'g');
  return page.replace(marked, (_, tag, attributeText) => {
    const attributes = new Map(
      [...attributeText.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [
        name,
        unescapeAttribute(value ?? ''),
      ]),
    );
    attributes.delete(PRERENDER_MARKER);
    const take = (name) => {
      const value = attributes.get(name);
      attributes.delete(name);
      return value;
    };
    const html = renderWidget(
      tag,
      {
        lang: take('lang') ?? pageLanguage,
        topic: take('topic'),
        audience: take('audience'),
        headingLevel: take('heading-level'),
        emergencyNumber: take('emergency-number'),
        organization: take('organization'),
        publisher: take('publisher'),
        copyright: take('copyright'),
        reviewed: take('reviewed'),
        reviewedBy: take('reviewed-by'),
        listen: take('listen') !== undefined,
      },
      options,
    );
    const kept = [...attributes].map(([name, value]) =>
      value ? ` ${name}="${value.replace(/"/g, '&quot;')}"` : ` ${name}`,
    );
    return html.replace(`<${tag} `, `<${tag}${kept.join('')} `);
  });
}

/** Every .html file under a folder. */
const htmlFiles = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((file) => String(file).endsWith('.html'))
    .map((file) => join(folder, String(file)));

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
  // The pre-rendered widgets of the release, for the embed builder.
  cpSync('dist/prerendered', `${SITE}/dist/prerendered`, { recursive: true });

  const renderer = await import(pathToFileURL('dist/server/render.js').href);
  for (const file of htmlFiles(SITE)) {
    const page = readFileSync(file, 'utf8');
    const folder = posix.dirname(posix.relative(SITE, file.split('\\').join('/')));
    const built = prerenderMarkedWidgets(withSiteHeader(page, folder === '.' ? '' : folder), renderer);
    if (built !== page) writeFileSync(file, built);
  }

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
    integrity: integrityOf(readFileSync(BUNDLE)),
    topics: readdirSync('dist/packs').sort(),
    // Which ready-made HTML the build wrote (dist/<kind>/<topic>/<audience>.<lang>/<tag>.html).
    built: Object.fromEntries(['fallback', 'prerendered'].map((kind) => [kind, existsSync(`dist/${kind}`)])),
    widgets,
  };
  writeFileSync(`${SITE}/builder/release.json`, `${JSON.stringify(release, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite();
