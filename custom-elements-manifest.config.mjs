import { readDesign } from './scripts/build-tokens.mjs';
import { readsToken } from './scripts/tokens.mjs';

/**
 * Members and attributes that are public in JavaScript only because another widget sets them:
 * `<therapy-page>` tells each section widget which of its sections to show (`@internal` in the
 * JSDoc, which the analyzer does not apply to properties declared in `static properties`).
 */
const INTERNAL = new Set(['pageSection', 'page-section']);

/** Keeps only the public API in the manifest: no private, protected or internal members. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !INTERNAL.has(member.name),
            );
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !INTERNAL.has(attribute.name));
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
 * Lists, on each widget, the design tokens it reads. Tokens, their defaults and their
 * descriptions are written once, in tokens/tokens.json.
 */
function designTokensPerWidget() {
  const { tokens } = readDesign();
  return {
    name: 'design-tokens-per-widget',
    packageLinkPhase({ customElementsManifest }) {
      const undescribed = tokens.filter((token) => !token.description).map((token) => token.name);
      if (undescribed.length) throw new Error(`describe these tokens in tokens/tokens.json: ${undescribed.join(', ')}`);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          declaration.cssProperties = tokens
            .filter((token) => readsToken(token, declaration.tagName))
            .map((token) => ({
              name: token.name,
              default: tokenDefault(token),
              description: token.description,
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
