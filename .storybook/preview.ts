/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview, type StoryContext } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { elements, registerPack } from '../src/classes.js';
import { defineElements } from '../src/shared/define.js';
import { THEME_ATTRIBUTE, themeStylesheet, type Design, type Theme } from '../scripts/tokens.mjs';
import themeTable from '../tokens/themes.json';
import tokenTable from '../tokens/tokens.json';

// Registered by a call, not by a bare import: package.json's sideEffects names only the built
// files, so a production build of the stories would drop `import '../src/index.js'`.
defineElements(elements);

// Storybook bundles the widgets as an application would, so it registers the built packs from code
// rather than serving their folder (`npm run build:packs` writes them).
const packs = import.meta.glob('../dist/packs/*/*.json', { eager: true, import: 'default' });
for (const pack of Object.values(packs)) registerPack(pack);

// Controls and docs tables come from the manifest generated from each element's JSDoc. Storybook
// keys attributes, slots and CSS parts by name in one table, where a part named like an attribute
// or slot (`listen`, `publisher`, `credit`) would replace it; so each part is named as CSS selects
// it, `::part(listen)`.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'cssParts' in declaration
        ? { ...declaration, cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })) }
        : declaration,
    ),
  })),
});

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Controls Storybook cannot infer from the manifest's types: an attribute typed `string |
 * undefined` and a CSS custom property (which has no type) would get a JSON editor, which turns a
 * plain value into an object. They get a text box; a colour picker would refuse values such as
 * `light-dark(…)` and `var(…)`. CSS parts are for styling, not values, so they get no control.
 */
const plainControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (argType.control !== undefined) return [name, argType];
      if (category === 'css shadow parts') return [name, { ...argType, control: false }];
      const textLike = category === 'attributes' && !['boolean', 'number'].includes(argType.type?.name ?? '');
      if (textLike || category === 'css custom properties') return [name, { ...argType, control: { type: 'text' } }];
      return [name, argType];
    }),
  );

// The shipped theme files (dist/themes/*.css), so the toolbar shows exactly what hospitals get.
const themeStyles = document.createElement('style');
// To TypeScript a JSON module's `[light, dark]` pairs are plain arrays; scripts/tokens.mjs describes the tables.
const { themes } = themeTable as { themes: Theme[] };
const design = tokenTable as Pick<Design, 'tokens'>;
themeStyles.textContent = themes.map((theme) => themeStylesheet(theme, design)).join('\n');
document.head.append(themeStyles);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [plainControls],
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of every widget (the files in dist/themes/)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        // Each theme, and each brand in dark (`meadow dark`), as `data-therapy-theme` combines them.
        items: [
          ...themes.map((theme) => ({ value: theme.name, title: theme.name, description: theme.description })),
          ...themes
            .filter((theme) => !['default', 'dark'].includes(theme.name))
            .map((theme) => ({ value: `${theme.name} dark`, title: `${theme.name} dark`, description: 'In dark.' })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  // The widgets follow the nearest lang and theme, so the toolbar sets both on a wrapper around
  // each story; the wrapper is painted in the theme's scheme, as a page in that theme would be.
  decorators: [
    (story, { globals }) => {
      const lang = globals.locale === 'es' ? 'es' : 'en';
      const names = String(globals.theme ?? '').split(' ');
      const theme = names.every((name) => themes.some((known) => known.name === name)) ? names.join(' ') : 'default';
      return `<div lang="${lang}" ${THEME_ATTRIBUTE}="${theme}" style="background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`;
    },
  ],
  parameters: {
    // JS property twins of the attributes (headingLevel for heading-level) would only duplicate controls.
    controls: { exclude: /^[a-z]+[A-Z]\w*$|^version$/, expanded: true },
    docs: {
      source: {
        excludeDecorators: true,
        language: 'html',
        // Stories render HTML strings (stories/markup.ts), which Storybook's snippet would show
        // escaped as text; the snippet is the story's own HTML instead, as an editor pastes it.
        transform: (code: string, context: StoryContext) => {
          const html = context.originalStoryFn(context.args, context);
          return typeof html === 'string' ? html.trim() : code;
        },
      },
    },
    // Accessibility violations fail the story's test, not just show in the panel.
    a11y: { test: 'error' },
  },
};

export default preview;
