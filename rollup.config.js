import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Lit records its version in `globalThis.litHtmlVersions` and friends, for its own development
 * warnings. An embed must not add globals to a host page, so the script-tag bundle drops them.
 */
function dropLitVersionGlobals() {
  const pattern =
    /\(\s*[\w$.]+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\s*\?\?=\s*\[\]\)\.push\([^)]*\)/g;
  return {
    name: 'drop-lit-version-globals',
    transform(code, id) {
      if (!id.includes('node_modules')) return null;
      const stripped = code.replace(pattern, 'void 0');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/** The script-tag bundle: every widget registered, Lit included, minified, with a source map. */
export default {
  input: 'src/index.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'therapy-widgets.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
      compilerOptions: { sourceMap: true, inlineSources: true },
    }),
    resolve(),
    // Shrinks the HTML and CSS inside Lit's html`` and css`` templates.
    // heading.ts builds its tag name from a static value, which the minifier cannot parse.
    minifyHtmlLiterals({ failOnError: true, exclude: ['**/shared/heading.ts'] }),
    dropLitVersionGlobals(),
    terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
