// Builds the WordPress plugin: dist/wordpress/therapy-widgets/ and the same folder as an
// installable zip, dist/wordpress/therapy-widgets-wordpress.zip. Run after the script-tag bundle
// and its stylesheet are built (npm run build does both, in that order).
//
// The block's editor script is bundled with esbuild, with WordPress's own packages and React left
// out and read from the globals WordPress provides (`wp.blocks`, `React`), as @wordpress/scripts
// does; block/index.asset.php names the script handles they come from, so WordPress loads them
// first.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const SOURCE = 'src/editors/wordpress';
const OUT = 'dist/wordpress';
/** The plugin's folder name, which WordPress also uses as its slug. */
const PLUGIN_SLUG = 'therapy-widgets';
const PLUGIN_DIR = join(OUT, PLUGIN_SLUG);
const PLUGIN_ZIP = join(OUT, 'therapy-widgets-wordpress.zip');

/** The global and the script handle WordPress registers for each package the editor script uses. */
function wordpressGlobal(specifier) {
  const react = { react: ['React', 'react'], 'react-dom': ['ReactDOM', 'react-dom'] };
  if (specifier === 'react/jsx-runtime') return { global: 'ReactJSXRuntime', handle: 'react-jsx-runtime' };
  if (react[specifier]) return { global: react[specifier][0], handle: react[specifier][1] };
  const name = /^@wordpress\/([a-z0-9-]+)$/.exec(specifier)?.[1];
  if (!name) return undefined;
  const camelCase = name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
  return { global: `wp.${camelCase}`, handle: `wp-${name}` };
}

/** An esbuild plugin that reads WordPress's packages from its globals and records their handles. */
function wordpressExternals(handles) {
  return {
    name: 'wordpress-externals',
    setup(builder) {
      builder.onResolve({ filter: /^(@wordpress\/|react($|\/jsx-runtime$|-dom$))/ }, ({ path }) => {
        const external = wordpressGlobal(path);
        if (!external) return { errors: [{ text: `${path} is not one of WordPress's script packages` }] };
        handles.add(external.handle);
        return { path, namespace: 'wordpress-global', pluginData: external };
      });
      builder.onLoad({ filter: /.*/, namespace: 'wordpress-global' }, ({ pluginData }) => ({
        contents: `module.exports = window.${pluginData.global};`,
        loader: 'js',
      }));
    },
  };
}

/** Every file under `folder`, as paths relative to it with forward slashes, sorted. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(folder, path).split(sep).join('/'))
    .sort();
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(PLUGIN_DIR, 'block'), { recursive: true });

// The PHP loader, with the package's version in its header.
const php = readFileSync(join(SOURCE, 'therapy-widgets.php'), 'utf8').replaceAll('@VERSION@', version);
writeFileSync(join(PLUGIN_DIR, 'therapy-widgets.php'), php);

// The block: block.json and its editor script, whose dependencies WordPress reads from
// index.asset.php. The version is the script's hash, so browsers fetch it again when it changes.
cpSync(join(SOURCE, 'block.json'), join(PLUGIN_DIR, 'block/block.json'));
const handles = new Set();
const result = await build({
  entryPoints: [join(SOURCE, 'index.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
  plugins: [wordpressExternals(handles)],
});
const script = result.outputFiles[0].contents;
writeFileSync(join(PLUGIN_DIR, 'block/index.js'), script);
const hash = createHash('sha256').update(script).digest('hex').slice(0, 20);
const dependencies = [...handles]
  .sort()
  .map((handle) => `'${handle}'`)
  .join(', ');
writeFileSync(
  join(PLUGIN_DIR, 'block/index.asset.php'),
  `<?php return array( 'dependencies' => array( ${dependencies} ), 'version' => '${hash}' );\n`,
);

// The script-tag bundle the plugin enqueues: the bundle, its chunks, its stylesheet and the
// content packs, which the widgets fetch from beside the bundle.
mkdirSync(join(PLUGIN_DIR, 'bundle'));
cpSync('dist/packs', join(PLUGIN_DIR, 'bundle/packs'), { recursive: true });
for (const file of ['therapy-widgets.js', 'therapy-widgets.css']) {
  cpSync(join('dist', file), join(PLUGIN_DIR, 'bundle', file));
}
for (const chunk of readdirSync('dist/chunks').filter((file) => file.endsWith('.js'))) {
  cpSync(join('dist/chunks', chunk), join(PLUGIN_DIR, 'bundle/chunks', chunk));
}

// The zip WordPress's "Upload Plugin" takes: one folder named after the plugin. A fixed date
// makes the same build give the same zip.
const entries = {};
for (const path of filesUnder(PLUGIN_DIR)) {
  entries[`${PLUGIN_SLUG}/${path}`] = [
    readFileSync(join(PLUGIN_DIR, path)),
    { mtime: new Date('2026-01-01T00:00:00Z') },
  ];
}
writeFileSync(PLUGIN_ZIP, zipSync(entries, { level: 9 }));
