import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { readDesign, readWidgets } from './scripts/build-tokens.mjs';
import { readsToken } from './scripts/tokens.mjs';

const readJson = (file) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));

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

const { rootDir, outDir } = readJson('tsconfig.json').compilerOptions;

/**
 * The built file that ships for a module the analyzer read: tsconfig.json compiles each
 * `src/<name>.ts` to `dist/<name>.js`. The analyzer writes a reference to another module as its
 * source path, as an absolute path (`/src/…`), or as the import specifier relative to the module
 * that refers to it (`./widgets.js`); all three come out as the same shipped file.
 */
function shippedPath(reference, from) {
  const path = /^\.\.?\//.test(reference) ? posix.join(posix.dirname(from), reference) : reference.replace(/^\/+/, '');
  const name = posix.relative(rootDir, posix.normalize(path));
  if (name.startsWith('..') || !/\.[jt]s$/.test(name))
    throw new Error(`${from}: ${reference} is not a module in ${rootDir}/`);
  return `${outDir}/${name.replace(/\.[jt]s$/, '.js')}`;
}

/**
 * Points every module, and every reference to one (exports, superclasses, inherited members), at
 * the JavaScript file the package ships: the schema's `path` is the module to import, and src/ is
 * not in the package.
 */
function shippedModules() {
  const relink = (value, from) => {
    if (Array.isArray(value)) for (const item of value) relink(item, from);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'module' && typeof item === 'string') value.module = shippedPath(item, from);
        else relink(item, from);
      }
    }
  };
  return {
    name: 'shipped-modules',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        relink(module.declarations, source);
        relink(module.exports, source);
        module.path = shippedPath(source, source);
      }
    },
  };
}

/**
 * Makes each module's exports say what its JavaScript exports, and from where. The analyzer points
 * a name a module imports and exports again (`import { X } from './x.js'; export { X };`) at the
 * module itself, where nothing declares it; lists type-only exports, which the built file does not
 * have; and points a class that extends a global, such as `Error`, at its own module.
 */
function runtimeReferences() {
  const sources = new Map();
  const isRelative = (specifier) => /^\.\.?\//.test(specifier);
  const pointAt = (reference, where) => {
    delete reference.module;
    delete reference.package;
    Object.assign(reference, where);
  };
  return {
    name: 'runtime-references',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const imported = new Map();
      const typeOnly = new Set();
      const typeOnlyFrom = new Set();
      for (const statement of node.statements) {
        if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
          const { importClause, moduleSpecifier } = statement;
          const from = moduleSpecifier.text;
          if (importClause?.name) imported.set(importClause.name.text, { name: 'default', from });
          const bindings = importClause?.namedBindings;
          if (bindings && ts.isNamedImports(bindings)) {
            for (const element of bindings.elements) {
              if (!element.isTypeOnly)
                imported.set(element.name.text, { name: (element.propertyName ?? element.name).text, from });
            }
          }
        }
        if (ts.isExportDeclaration(statement)) {
          const names =
            statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements : [];
          for (const element of names) if (statement.isTypeOnly || element.isTypeOnly) typeOnly.add(element.name.text);
          if (statement.isTypeOnly && !statement.exportClause) typeOnlyFrom.add(statement.moduleSpecifier.text);
        }
      }
      sources.set(moduleDoc, { imported, typeOnly, typeOnlyFrom });
    },
    moduleLinkPhase({ moduleDoc }) {
      const { imported, typeOnly, typeOnlyFrom } = sources.get(moduleDoc);
      const here = moduleDoc.path;
      const typesFrom = [...typeOnlyFrom].map((specifier) => shippedPath(specifier, here));
      const onlyTypes = ({ name, declaration }) =>
        name === '*'
          ? Boolean(declaration.module) && typesFrom.includes(shippedPath(declaration.module, here))
          : typeOnly.has(name);
      moduleDoc.exports = moduleDoc.exports?.filter((entry) => entry.kind !== 'js' || !onlyTypes(entry));
      for (const { declaration } of moduleDoc.exports ?? []) {
        const source = declaration.module === here && imported.get(declaration.name);
        if (!source) continue;
        declaration.name = source.name;
        pointAt(declaration, isRelative(source.from) ? { module: source.from } : { package: source.from });
      }
      const declared = (name) => moduleDoc.declarations.some((declaration) => declaration.name === name);
      for (const { superclass } of moduleDoc.declarations) {
        if (superclass?.module === here && !declared(superclass.name) && !imported.has(superclass.name)) {
          pointAt(superclass, { package: 'global:' });
        }
      }
    },
  };
}

/** A custom element name: lower case, starting with a letter, with a hyphen (simplified from the HTML standard). */
const isElementName = (name) => /^[a-z][a-z0-9._]*(-[a-z0-9._]*)+$/.test(name);

/**
 * One `custom-element-definition` per widget of src/widgets.ts, in the module a user imports to
 * register it: the module package.json exports as `therapy-widgets/<tag>.js`. The widgets register
 * through defineElements() (src/shared/define.ts), where the analyzer reads
 * `customElements.define(tag, element)` as an element named "tag"; definitions that name no custom
 * element are dropped.
 */
function widgetDefinitions(tags) {
  const { exports } = readJson('package.json');
  return {
    name: 'widget-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      for (const module of modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || isElementName(entry.name),
        );
      }
      for (const tag of tags) {
        const home = modules.find((module) => module.declarations?.some((declaration) => declaration.tagName === tag));
        const element = home?.declarations.find((declaration) => declaration.tagName === tag);
        const registering = exports[`./${tag}.js`]?.default?.replace(/^\.\//, '');
        const module = modules.find((candidate) => candidate.path === registering);
        if (!element) throw new Error(`<${tag}> (src/widgets.ts) has no class with that tag name`);
        if (!module?.exports?.some((entry) => entry.name === element.name)) {
          throw new Error(
            `<${tag}>: package.json exports ./${tag}.js as ${registering}, which does not export ${element.name}`,
          );
        }
        module.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: element.name, module: home.path },
        });
      }
    },
  };
}

const { WIDGET_TAGS } = await readWidgets();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'dist/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    runtimeReferences(),
    publicApiOnly(),
    designTokensPerWidget(),
    shippedModules(),
    widgetDefinitions(WIDGET_TAGS),
  ],
};
