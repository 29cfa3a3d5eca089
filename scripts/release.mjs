// `npm run release` (after the build): writes release/therapy-widgets-<version>.zip, one folder,
// therapy-widgets/, holding exactly what a website serves (the script-tag bundle, the chunks it
// loads on demand, the content packs, the optional stylesheets, with their source maps), the
// licence, a one-page hosting note, csp.json (the style-src hashes of the pre-rendered widgets'
// <style> blocks, from dist/prerendered/) and integrity.json: the SHA-384 Subresource Integrity
// hash of every other file. It prints the hashes too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

/** The folder the zip holds, and the address the hosting note assumes it is served from. */
export const FOLDER = 'therapy-widgets';
/** What a page may load, from dist/: single files, and folders taken whole. */
const SERVED_FILES = ['therapy-widgets.js', 'therapy-widgets.js.map', 'therapy-widgets.css'];
const SERVED_FOLDERS = ['chunks', 'packs', 'themes'];
/** The style-src hashes of the pre-rendered widgets, which the build writes beside them. */
const STYLE_HASHES = 'prerendered/csp.json';
/** The policy the widgets are tested under (test/e2e/csp.test.mjs), for a same-origin folder. */
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The `integrity` value for some bytes. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => statSync(join(folder, file)).isFile());
}

/** The served files, as paths inside the folder, read from `dist`. */
export function servedFiles(dist = 'dist') {
  return [
    ...SERVED_FILES,
    ...SERVED_FOLDERS.flatMap((folder) => filesUnder(join(dist, folder)).map((file) => posix.join(folder, file))),
  ].sort();
}

function hostingNote(version, integrity) {
  return `# therapy-widgets ${version}: hosting

Put this \`${FOLDER}/\` folder on your web server as it is, for example at
\`/${FOLDER}/\`, and keep its files together: the script loads its chunks and the topics' packs
from its own folder. Then add the script tag to the pages (or the page template) that show the
widgets, and place the elements:

\`\`\`html
<script
  type="module"
  src="/${FOLDER}/therapy-widgets.js"
  integrity="${integrity['therapy-widgets.js']}"
  crossorigin="anonymous"
></script>

<therapy-page heading-level="1"></therapy-page>
\`\`\`

\`integrity\` pins this release's script: the browser runs it only if it is byte for byte this
file. \`integrity.json\` holds the hash of every file here.

## Content-Security-Policy

The widgets work under this policy, served from the same origin as the page:

\`\`\`http
Content-Security-Policy: ${POLICY}
\`\`\`

From another origin, add it to \`script-src\`, \`connect-src\` (the packs are fetched as data) and
\`style-src\` (the optional stylesheets). If your policy lists Trusted Types policies, add
\`trusted-types lit-html\` (with \`'allow-duplicates'\` if the page may load Lit twice).

Pre-rendered widgets carry \`<style>\` elements that \`style-src 'self'\` does not allow: they show
unstyled until the script runs unless \`style-src\` also lists the hashes in \`csp.json\` (details:
"Strict Content-Security-Policy" in \`docs/prerendering.md\`).

## Headers

- Types: \`.js\` as \`text/javascript\`, \`.json\` and \`.map\` as \`application/json\`, \`.css\` as \`text/css\`.
- Caching: files in \`chunks/\` have a content hash in their name: \`Cache-Control: public,
  max-age=31536000, immutable\`. The others keep their names between releases:
  \`Cache-Control: no-cache\`, or serve each release from its own folder (\`/${FOLDER}/${version}/\`)
  and cache everything for good.
- Compression: brotli or gzip for \`.js\`, \`.json\` and \`.css\`.
- From another origin: \`Access-Control-Allow-Origin\` on these files.

The full guides are in the project's \`docs/\` folder: \`hosting.md\`, \`csp.md\`, \`embedding.md\`.
`;
}

/**
 * Writes the zip into `outDir` from the built `dist`; returns its path and the hash of each file
 * (paths inside the folder).
 */
export function makeRelease({ dist = 'dist', outDir = 'release' } = {}) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (!existsSync(join(dist, 'therapy-widgets.js'))) throw new Error(`${dist}/ is not built: run npm run build`);
  const files = new Map(servedFiles(dist).map((file) => [file, readFileSync(join(dist, file))]));
  files.set('LICENSE', readFileSync('LICENSE'));
  files.set('csp.json', readFileSync(join(dist, STYLE_HASHES)));
  const integrity = () => Object.fromEntries([...files].map(([file, bytes]) => [file, integrityOf(bytes)]));
  files.set('HOSTING.md', Buffer.from(hostingNote(version, integrity())));
  const hashes = integrity();
  files.set('integrity.json', Buffer.from(`${JSON.stringify(hashes, null, 2)}\n`));

  // A fixed date, so the same files always make the same zip.
  const zip = zipSync(
    Object.fromEntries([...files].map(([file, bytes]) => [`${FOLDER}/${file}`, [new Uint8Array(bytes), {}]])),
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `therapy-widgets-${version}.zip`);
  writeFileSync(path, zip);
  return { path, integrity: hashes, bytes: zip.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { path, integrity, bytes } = makeRelease();
  for (const [file, hash] of Object.entries(integrity)) console.log(`${hash}  ${FOLDER}/${file}`);
  console.log(`\n${path}: ${Object.keys(integrity).length + 1} files, ${(bytes / 1024).toFixed(1)} KB`);
}
