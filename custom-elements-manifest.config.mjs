import { tokenDescriptions } from './dist/shared/token-docs.js';
import { designTokens, readsToken } from './dist/shared/tokens.js';

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

/** How a token's default reads in the docs: a colour shows its light and dark values. */
export function tokenDefault(token) {
  const show = (value) => (value.startsWith('--therapy-') ? `var(${value})` : value);
  return token.dark ? `light-dark(${show(token.light)}, ${show(token.dark)})` : show(token.light);
}

/**
 * Lists, on each widget, the design tokens it reads. Tokens and their defaults are written once,
 * in src/shared/tokens.ts, and described in src/shared/token-docs.ts (this runs after
 * `npm run build:lib`, which compiles them).
 */
function designTokensPerWidget() {
  return {
    name: 'design-tokens-per-widget',
    packageLinkPhase({ customElementsManifest }) {
      const undescribed = designTokens.filter((token) => !tokenDescriptions[token.name]).map((token) => token.name);
      if (undescribed.length) throw new Error(`describe these tokens in token-docs.ts: ${undescribed.join(', ')}`);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          declaration.cssProperties = designTokens
            .filter((token) => readsToken(token, declaration.tagName))
            .map((token) => ({
              name: token.name,
              default: tokenDefault(token),
              description: tokenDescriptions[token.name],
            }));
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
  plugins: [publicApiOnly(), designTokensPerWidget()],
};
