// Builds the docs site into dist-site/docs/ (after scripts/build-site.mjs, which starts dist-site/
// afresh): every Markdown page under docs/, and the maintainers' pages at the top of the
// repository, rendered with markdown-it into one layout with the demo site's look, grouped by who
// reads them. Links between pages are written as .md links (they work on GitHub) and become .html
// links here; a link to a page, a heading or a file that does not exist fails the build.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { siteHeader } from './build-site.mjs';

export const OUT = 'dist-site/docs';
const SOURCE = 'docs';
/** Pages outside docs/ that the site also shows. */
const ROOT_PAGES = ['CONTRIBUTING.md', 'BENCHMARKS.md', 'CHANGELOG.md'];

/**
 * The navigation, in order, one group per kind of reader. A listed page that does not exist yet
 * is left out; a page under docs/ that is not listed goes into the last group, "More".
 */
export const NAV = [
  {
    title: 'Web teams',
    pages: [
      'docs/embedding.md',
      'docs/hosting.md',
      'docs/csp.md',
      'docs/performance.md',
      'docs/prerendering.md',
      'docs/languages.md',
      'docs/reading-aloud.md',
      'docs/api.md',
    ],
  },
  {
    title: 'CMS editors',
    pages: [
      'docs/placeholders.md',
      'docs/editors/ckeditor5.md',
      'docs/editors/tinymce.md',
      'docs/editors/wordpress.md',
      'docs/cms-fallback.md',
    ],
  },
  { title: 'Designers', pages: ['docs/theming.md', 'docs/storybook.md'] },
  { title: 'Content authors', pages: ['docs/authors.md', 'docs/content.md'] },
  { title: 'Maintainers', pages: ['CONTRIBUTING.md', 'BENCHMARKS.md', 'CHANGELOG.md'] },
];

/** A heading's id, as GitHub makes it, so `page.md#heading` links work in both places. */
export function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every Markdown page the site shows, as paths from the repository's root. */
export function sourcePages() {
  const inDocs = readdirSync(SOURCE, { recursive: true })
    .map((file) => posix.join(SOURCE, String(file).split('\\').join('/')))
    .filter((file) => file.endsWith('.md'));
  return [...inDocs, ...ROOT_PAGES.filter((file) => existsSync(file))].sort();
}

/** Where a source page goes in the site, relative to dist-site/docs/. */
export function outputPath(source) {
  const inDocs = source.startsWith(`${SOURCE}/`) ? source.slice(SOURCE.length + 1) : source.toLowerCase();
  return inDocs.replace(/\.md$/, '.html');
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The plain text of an inline token: its words and code, line breaks as spaces. */
const inlineText = (token) =>
  (token.children ?? [])
    .map((child) =>
      child.type === 'text' || child.type === 'code_inline' ? child.content : /break$/.test(child.type) ? ' ' : '',
    )
    .join('');

function markdown() {
  const md = new MarkdownIt({ html: true });
  // Headings get GitHub's ids (repeated headings get -1, -2, …), collected for the link check.
  md.core.ruler.push('heading_ids', (state) => {
    const seen = new Map();
    for (const [index, token] of state.tokens.entries()) {
      if (token.type !== 'heading_open') continue;
      const base = slug(inlineText(state.tokens[index + 1]));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      const id = count ? `${base}-${count}` : base;
      token.attrSet('id', id);
      state.env.ids.add(id);
    }
  });
  // Each table cell carries its column's heading, so narrow screens can show rows as blocks.
  md.core.ruler.push('cell_labels', (state) => {
    let headings = [];
    let column = 0;
    for (const [index, token] of state.tokens.entries()) {
      if (token.type === 'thead_open') headings = [];
      else if (token.type === 'th_open') headings.push(inlineText(state.tokens[index + 1]));
      else if (token.type === 'tr_open') column = 0;
      else if (token.type === 'td_open') token.attrSet('data-label', headings[column++] ?? '');
    }
  });
  // Relative links and images are rewritten from the Markdown's layout to the site's.
  md.core.ruler.push('site_links', (state) => {
    for (const token of state.tokens.flatMap((block) => block.children ?? [])) {
      const attribute = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
      if (attribute) token.attrSet(attribute, state.env.rewrite(token.attrGet(attribute)));
    }
  });
  return md;
}

/** The relative URL from one site page to another site file. */
const relative = (fromPage, toFile) => posix.relative(posix.dirname(fromPage), toFile) || posix.basename(toFile);

/**
 * Renders every page (`read` gives a source's Markdown). Returns `{ pages, assets }`: each page's
 * source, output path, title, first paragraph and HTML body, and the files under docs/ (such as
 * images) the pages link to. Throws, naming each one, on links that lead nowhere.
 */
export function renderPages(sources = sourcePages(), read = (source) => readFileSync(source, 'utf8')) {
  const md = markdown();
  const outputs = new Map(sources.map((source) => [source, outputPath(source)]));
  const assets = new Set();
  const anchors = [];
  const problems = [];
  const pages = sources.map((source) => {
    const output = outputs.get(source);
    const env = {
      ids: new Set(),
      rewrite(url) {
        if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
        const [path, hash] = url.split('#');
        if (!path) {
          anchors.push({ source, target: source, hash });
          return url;
        }
        const target = posix.normalize(posix.join(posix.dirname(source), path));
        if (outputs.has(target)) {
          if (hash) anchors.push({ source, target, hash });
          return relative(output, outputs.get(target)) + (hash ? `#${hash}` : '');
        }
        if (target.startsWith(`${SOURCE}/`) && !target.endsWith('.md') && existsSync(target)) {
          assets.add(target);
          return relative(output, target.slice(SOURCE.length + 1));
        }
        problems.push(`${source}: the link ${url} leads to no page or file of the docs site`);
        return url;
      },
    };
    const tokens = md.parse(read(source), env);
    const h1 = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
    if (h1 < 0) problems.push(`${source}: no # heading to name the page`);
    const firstParagraph = tokens.findIndex((token, index) => index > h1 && token.type === 'paragraph_open');
    return {
      source,
      output,
      title: h1 < 0 ? source : inlineText(tokens[h1 + 1]),
      summary: firstParagraph < 0 ? '' : inlineText(tokens[firstParagraph + 1]),
      body: md.renderer.render(tokens, md.options, env),
      ids: env.ids,
    };
  });
  for (const { source, target, hash } of anchors) {
    if (!pages.find((page) => page.source === target).ids.has(hash))
      problems.push(`${source}: the link to ${target}#${hash} names no heading there`);
  }
  if (problems.length) throw new Error(`The docs have broken links:\n${problems.join('\n')}`);
  return { pages, assets: [...assets] };
}

/** The navigation's groups with the pages that exist, in order; unlisted pages under "More". */
export function navigation(pages) {
  const bySource = new Map(pages.map((page) => [page.source, page]));
  const listed = new Set(NAV.flatMap((group) => group.pages));
  const groups = NAV.map((group) => ({
    title: group.title,
    pages: group.pages.filter((source) => bySource.has(source)).map((source) => bySource.get(source)),
  }));
  const more = pages.filter((page) => !listed.has(page.source));
  if (more.length) groups.push({ title: 'More', pages: more });
  return groups.filter((group) => group.pages.length);
}

function layout({ output, title, body, groups, current }) {
  const to = (file) => escapeHtml(relative(output, file));
  const nav = groups
    .map(
      (group, index) => `<h2 id="nav-${index}">${escapeHtml(group.title)}</h2>
        <ul aria-labelledby="nav-${index}">
          ${group.pages
            .map(
              (page) =>
                `<li><a href="${to(page.output)}"${page.output === current ? ' aria-current="page"' : ''}>${escapeHtml(page.title)}</a></li>`,
            )
            .join('\n          ')}
        </ul>`,
    )
    .join('\n        ');
  // The site's header, its links written to index.html files, as the other links here are.
  const header = siteHeader({
    href: (path) => to(posix.relative('docs', `${path}index.html`)),
    current: current === 'index.html' ? 'docs/' : undefined,
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} – therapy-widgets docs</title>
    <link rel="icon" href="${to('../favicon.svg')}" type="image/svg+xml" />
    <link rel="stylesheet" href="${to('../site.css')}" />
    <link rel="stylesheet" href="${to('../docs.css')}" />
  </head>
  <body>
    ${header}
    <div class="wrap docs-layout">
      <nav class="docs-nav" aria-label="Guides">
        ${nav}
      </nav>
      <main id="main" class="docs-main">
${body}
      </main>
    </div>
  </body>
</html>
`;
}

function indexBody(groups) {
  const sections = groups
    .map(
      (group) => `<h2>${escapeHtml(group.title)}</h2>
<ul class="docs-index">
${group.pages
  .map(
    (page) =>
      `<li><a href="${escapeHtml(page.output)}">${escapeHtml(page.title)}</a>${page.summary ? `<p>${escapeHtml(page.summary)}</p>` : ''}</li>`,
  )
  .join('\n')}
</ul>`,
    )
    .join('\n');
  return `<h1>Documentation</h1>
<p>Guides for each kind of reader: web teams who add the widgets to a site, CMS editors who place
them in pages, designers who match them to a brand, and authors who write a topic.</p>
${sections}`;
}

export function buildDocs() {
  const { pages, assets } = renderPages();
  const groups = navigation(pages);
  for (const page of pages) {
    const file = `${OUT}/${page.output}`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, layout({ ...page, groups, current: page.output }));
  }
  for (const asset of assets) {
    const file = `${OUT}/${asset.slice(SOURCE.length + 1)}`;
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(asset, file);
  }
  const index = { output: 'index.html', title: 'Documentation', body: indexBody(groups) };
  writeFileSync(`${OUT}/index.html`, layout({ ...index, groups, current: 'index.html' }));
  return { pages: pages.map((page) => page.output), assets };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { pages, assets } = buildDocs();
  console.log(`Docs site: ${pages.length} pages and ${assets.length} images in ${OUT}/.`);
}
