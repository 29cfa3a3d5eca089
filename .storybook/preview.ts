import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs tables come from the manifest generated from each element's JSDoc.
setCustomElementsManifest(manifest);

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
  },
  initialGlobals: { locale: 'en' },
  // The widgets follow the nearest lang, so the toolbar sets it on a wrapper around each story.
  decorators: [(story, { globals }) => `<div lang="${globals.locale === 'es' ? 'es' : 'en'}">${story()}</div>`],
  parameters: {
    // JS property twins of the attributes (headingLevel for heading-level) would only duplicate controls.
    controls: { exclude: /^[a-z]+[A-Z]\w*$|^version$/, expanded: true },
    docs: { source: { excludeDecorators: true, language: 'html' } },
    // Accessibility violations fail the story's test, not just show in the panel.
    a11y: { test: 'error' },
  },
};

export default preview;
