import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * The TinyMCE plugin as one standalone file: TinyMCE loads plugins by address, as classic
 * scripts, so it has no imports and no exports and uses the page's `tinymce`. It is built apart
 * from the script-tag bundle, so none of its code reaches `therapy-widgets.js`.
 */
export default {
  input: 'src/editors/tinymce/register.ts',
  output: {
    dir: 'dist/editors/tinymce',
    entryFileNames: 'plugin.js',
    format: 'iife',
    sourcemap: true,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist/editors/tinymce',
      compilerOptions: { sourceMap: true, inlineSources: true },
    }),
    terser({ ecma: 2021, format: { comments: false } }),
  ],
};
