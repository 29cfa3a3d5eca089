import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
/// <reference types="vite/client" />
import { elements, registerPack } from '../src/classes.js';
import { defineElements } from '../src/shared/define.js';
import { THEME_ATTRIBUTE, themeStylesheet } from '../scripts/tokens.mjs';
import themeTable from '../tokens/themes.json';
import tokenTable from '../tokens/tokens.json';

// Registered by a call, not by a bare import: package.json's sideEffects names only the built
// files, so a production build of the stories would drop `import '../src/index.js'`.
defineElements(elements);

// Storybook bundles the widgets as an application would, so it registers the built packs from code
// rather than serving their folder (`npm run build:packs` writes them).
const packs = import.meta.glob('../dist/packs/*/*.json', { eager: true, import: 'default' });
for (const pack of Object.values(packs)) registerPack(pack);

// Controls and docs tables come from the manifest generated from each element's JSDoc.
setCustomElementsManifest(manifest);

// The shipped theme files (dist/themes/*.css), so the toolbar shows exactly what hospitals get.
const themeStyles = document.createElement('style');
const { themes } = themeTable;
themeStyles.textContent = themes.map((theme) => themeStylesheet(theme, tokenTable)).join('\n');
document.head.append(themeStyles);

const preview: Preview = {
  tags: ['autodocs'],
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
        items: themes.map((theme) => ({ value: theme.name, title: theme.name, description: theme.description })),
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
      const theme = themes.some((known) => known.name === globals.theme) ? globals.theme : 'default';
      return `<div lang="${lang}" ${THEME_ATTRIBUTE}="${theme}" style="background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`;
    },
  ],
  parameters: {
    // JS property twins of the attributes (headingLevel for heading-level) would only duplicate controls.
    controls: { exclude: /^[a-z]+[A-Z]\w*$|^version$/, expanded: true },
    docs: { source: { excludeDecorators: true, language: 'html' } },
    // Accessibility violations fail the story's test, not just show in the panel.
    a11y: { test: 'error' },
  },
};

export default preview;
