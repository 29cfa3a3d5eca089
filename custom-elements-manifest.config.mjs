/** Keeps only the public API in the manifest: no private or protected members. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected',
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'dist/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
