import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * An embed must not add globals to a host page, so the script-tag bundle drops those Lit sets:
 * its version lists (`globalThis.litHtmlVersions` and friends, for its development warnings),
 * and `Symbol.metadata` and `globalThis.litPropertyMetadata` with the code that reads them, which
 * serve decorators only (the widgets declare their properties without decorators). The second
 * is matched on Lit's published code: a Lit whose code no longer matches stops the build.
 */
function dropLitGlobals() {
  const versions =
    /\(\s*[\w$.]+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\s*\?\?=\s*\[\]\)\.push\([^)]*\)/g;
  const metadata = [
    /Symbol\.metadata\?\?=Symbol\("metadata"\),[\w$]+\.litPropertyMetadata\?\?=new WeakMap;/,
    /const ([\w$]+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const ([\w$]+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[([\w$]+),([\w$]+)\]of \2\)this\.elementProperties\.set\(\3,\4\)\}/,
  ];
  return {
    name: 'drop-lit-globals',
    transform(code, id) {
      if (!id.includes('node_modules')) return null;
      let stripped = code.replace(versions, 'void 0');
      if (/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) {
        for (const pattern of metadata) {
          if (!pattern.test(stripped)) this.error(`${id}: Lit's decorator metadata code has changed; see ${pattern}`);
          stripped = stripped.replace(pattern, '');
        }
        if (/litPropertyMetadata|Symbol\.metadata/.test(stripped)) this.error(`${id}: Lit still sets a global`);
      }
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/**
 * Makes each translation chunk stand alone. Generated locale modules import `str` from
 * @lit/localize (and `html` from Lit), so the chunk would import them back from the bundle by
 * its plain URL; a page that loads the bundle with a query string (`?v=2`, common for cache
 * busting) would then download and run a second copy. Translations here are plain strings and
 * `str` templates, whose shape @lit/localize reads as `{ strTag, strings, values }`.
 */
function standaloneLocaleChunks() {
  return {
    name: 'standalone-locale-chunks',
    transform(code, id) {
      if (!/[\\/]generated[\\/]locales[\\/]/.test(id)) return null;
      if (/\bhtml`/.test(code)) this.error(`${id}: translations must not use html templates`);
      const stripped = code
        .replace(/import\s*\{\s*html\s*\}\s*from\s*['"]lit['"];?/, '')
        .replace(
          /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
          'const str = (strings, ...values) => ({ strTag: true, strings, values });',
        );
      if (/\bimport\b/.test(stripped)) this.error(`${id}: a translation chunk must not import anything`);
      return { code: stripped, map: null };
    },
  };
}

/**
 * Shortens the ids of translated strings in the script-tag bundle. An id such as
 * `targeted-therapy.overview.title` is for translators and the XLIFF file; the browser only needs
 * each English string's id to match its translation's key, so both become the same short key.
 * Keys come from the sorted ids of `xliff/es.xlf`, so every build gives the same ones, and an id
 * missing there stops the build. The npm modules in dist/ keep the full ids.
 */
/** The ids of the translated strings, as `xliff/es.xlf` lists them. */
export function messageIds() {
  return [...readFileSync('xliff/es.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]);
}

function shortMessageIds() {
  let keys = new Map();
  const keyFor = (context, id) => {
    if (!keys.has(id)) context.error(`message id "${id}" is not in xliff/es.xlf; run npm run localize:extract`);
    return keys.get(id);
  };
  return {
    name: 'short-message-ids',
    buildStart() {
      keys = new Map(
        messageIds()
          .sort()
          .map((id, index) => [id, index.toString(36)]),
      );
    },
    transform(code, id) {
      if (/[\\/]src[\\/]/.test(id) && /\bmsg\(/.test(code)) {
        return { code: code.replace(/\bid: '([^']+)'/g, (_, full) => `id: '${keyFor(this, full)}'`), map: null };
      }
      if (/[\\/]generated[\\/]locales[\\/]/.test(id)) {
        return {
          code: code.replace(/^(\s*)'([^']+)':/gm, (_, indent, full) => `${indent}'${keyFor(this, full)}':`),
          map: null,
        };
      }
      return null;
    },
  };
}

/** A private custom property, as the widgets' styles and the generated token sheets write it. */
const PRIVATE_PROPERTY = /--_[a-z][a-z0-9-]*/g;

/** The private custom properties in the source, sorted, so every build gives each the same short name. */
export function privateProperties(folder = 'src') {
  const names = new Set();
  for (const file of readdirSync(folder, { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    for (const [name] of readFileSync(`${folder}/${file}`, 'utf8').matchAll(PRIVATE_PROPERTY)) names.add(name);
  }
  return [...names].sort();
}

/**
 * Shortens the widgets' private custom properties (`--_color-text`, set on the host from the page's
 * `--therapy-color-text`) in the script-tag bundle: `--_0`, `--_1` and so on. Nothing outside a
 * widget's shadow root reads them, so only the bytes change (about 0.2 KB brotli). The page's
 * `--therapy-*` tokens, the npm modules and the pre-rendered HTML keep their names.
 */
function shortPrivateProperties() {
  let short = new Map();
  return {
    name: 'short-private-properties',
    buildStart() {
      short = new Map(privateProperties().map((name, index) => [name, `--_${index.toString(36)}`]));
    },
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('--_')) return null;
      return {
        code: code.replace(PRIVATE_PROPERTY, (name) => {
          if (!short.has(name)) this.error(`${id}: ${name} was not found when the build started`);
          return short.get(name);
        }),
        map: null,
      };
    },
  };
}

/**
 * How every shipped file is minified: the HTML and CSS inside Lit's html`` and css`` templates,
 * then the JavaScript. `scripts/size.mjs` minifies the per-element modules with the same plugins,
 * so their measured sizes match what a bundler that minifies the same way produces.
 */
export function minifyPlugins({ shortenProperties = [] } = {}) {
  const mangle = shortenProperties.length
    ? { properties: { regex: new RegExp(`^(${shortenProperties.join('|')})$`) } }
    : true;
  return [
    minifyTemplates(),
    terser({ module: true, ecma: 2021, compress: { passes: 2 }, mangle, format: { comments: false } }),
  ];
}

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates. It keeps the `/>` that SVG
 * needs and one space where text meets an element. The server renderer's templates go through it
 * too, so that what it pre-renders is what the script-tag bundle hydrates: Lit matches a template
 * by its exact text.
 */
export function minifyTemplates({ exclude } = {}) {
  return minifyHtmlLiterals({
    exclude,
    failOnError: true,
    options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } },
  });
}

/**
 * Property names that exist only inside the library: the fields of the content objects and the
 * widgets' protected and private members. The script-tag bundle exports nothing, so no code
 * outside it can reach them, and it ships them shortened (about 0.2 KB brotli). Never list a
 * public name (an attribute's property, `focusSection`): a package test checks the manifest for
 * that. Names that are also DOM properties are left alone by the minifier whatever the list says.
 * None of these may cross into a chunk, which is minified on its own.
 */
export const INTERNAL_PROPERTIES = [
  // The widgets' protected and private members, and the language controller's. Never a field of
  // a content pack: packs are JSON, read by their real names.
  ...['renderPack', 'renderUnavailable', 'renderDisclaimer', 'goTo', 'wantedPack', 'sectionOf', 'shownKey'],
  ...['warnOnce', 'warnAttribute', 'checkAttribute', 'checkHeadingLevel', 'warnings', 'said', 'stopListening'],
  ...['language', 'level', 'phone', 'requested', 'pending', 'reviewDate', 'reader', 'hydrator', 'loadWords'],
  // The interface words' fields (words.ts), but not the disclaimer points' fields, which the
  // children's wording, a chunk of its own, writes.
  ...['onThisPage', 'printPage', 'publishedBy'],
];

/**
 * The library's packs sit in `packs/` beside the script. The pack registry finds them from its own
 * URL, which in the npm build is dist/content/registry.js; in the script-tag bundle its code is in
 * dist/therapy-widgets.js, one folder up, so the folder it names is rewritten here.
 */
function packFolderBesideBundle() {
  const fromModule = "new URL(/* @vite-ignore */ '../packs/', import.meta.url)";
  return {
    name: 'pack-folder-beside-bundle',
    transform(code, id) {
      if (!/[\\/]src[\\/]content[\\/]registry\.ts$/.test(id)) return null;
      if (!code.includes(fromModule)) this.error(`${id}: expected ${fromModule}`);
      return { code: code.replace(fromModule, "new URL('./packs/', import.meta.url)"), map: null };
    },
  };
}

/**
 * Lit's hydration code (a chunk that only pre-rendered widgets load) must use the bundle's own
 * copy of lit-html, yet a chunk must not import the bundle back (src/shared/hydrate.ts says why).
 * So its imports of lit-html read what the widget handed over (src/shared/lit-handover.ts) before
 * loading it.
 */
function litHandedOver() {
  const HANDED_OVER = '\0lit-html-handed-over';
  const hydration =
    /[\\/]node_modules[\\/](@lit-labs[\\/]ssr-client|lit-html[\\/](private-ssr-support|directive-helpers)\.js$)/;
  return {
    name: 'lit-handed-over',
    resolveId(source, importer) {
      const isLitHtml =
        source === 'lit-html' || (source === './lit-html.js' && /[\\/]lit-html[\\/]/.test(importer ?? ''));
      return isLitHtml && importer && hydration.test(importer) ? HANDED_OVER : null;
    },
    load(id) {
      if (id !== HANDED_OVER) return null;
      const handover = new URL('./src/shared/lit-handover.ts', import.meta.url).pathname;
      return `import { handedOver } from ${JSON.stringify(handover)};\nexport const { _$LH, noChange } = handedOver;\n`;
    },
  };
}

/** The script-tag bundle: every widget registered, Lit included, minified, with a source map. */
const scriptTagBundle = {
  input: 'src/script-tag.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'therapy-widgets.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  treeshake: {
    // @lit/localize's entry also carries its page-wide runtime mode, whose module-level set-up
    // the widgets never use: they only take `str` and the generated translations from it.
    moduleSideEffects: (id) => !/@lit[\\/]localize[\\/]init[\\/](runtime|transform)\.js$/.test(id),
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
      compilerOptions: { sourceMap: true, inlineSources: true },
    }),
    packFolderBesideBundle(),
    litHandedOver(),
    standaloneLocaleChunks(),
    shortMessageIds(),
    shortPrivateProperties(),
    resolve(),
    dropLitGlobals(),
    ...minifyPlugins({ shortenProperties: INTERNAL_PROPERTIES }),
  ],
};

/**
 * The server renderer (`therapy-widgets/server`, dist/server/render.js, over the module tsc writes):
 * the widgets' templates minified exactly as in the script-tag bundle, which hydrates what it
 * renders. Everything else stays as written, and packages stay imports.
 */
const serverRenderer = {
  input: 'src/server/render.ts',
  output: { dir: 'dist/server', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
  external: (id) => !/^[./\\]|^\0|^[A-Za-z]:/.test(id),
  plugins: [
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/server' }),
    // Not the renderer's own template, whose tag name is bound.
    minifyTemplates({ exclude: ['src/server/**'] }),
  ],
};

export default [scriptTagBundle, serverRenderer];
