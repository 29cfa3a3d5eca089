import type { StoryObj } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

type Declaration = {
  tagName?: string;
  attributes?: { name: string }[];
  slots?: { name: string }[];
  cssProperties?: { name: string }[];
};

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap(
  (module) => module.declarations ?? [],
);

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML an editor would write for `tag` with these args: attributes, slotted paragraphs and
 * custom properties, as named in the element's manifest. Stories render this string, so the
 * docs' code snippet is exactly what runs.
 */
export function markup(tag: string, args: Record<string, unknown>): string {
  const element = declarations.find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`<${tag}> is not in custom-elements.json`);
  // A boolean attribute (`listen`) is on when present, whatever its value: false leaves it out.
  const given = (name: string) =>
    args[name] !== undefined && args[name] !== null && args[name] !== '' && args[name] !== false;
  const attributes = (element.attributes ?? [])
    .filter((attribute) => given(attribute.name))
    .map((attribute) =>
      args[attribute.name] === true
        ? ` ${attribute.name}`
        : ` ${attribute.name}="${escape(String(args[attribute.name]))}"`,
    )
    .join('');
  const styles = (element.cssProperties ?? [])
    .filter((property) => given(property.name))
    .map((property) => `${property.name}: ${String(args[property.name])}`)
    .join('; ');
  const slots = (element.slots ?? [])
    .filter((slot) => slot.name && given(slot.name))
    .map((slot) => `\n  <p slot="${slot.name}">${escape(String(args[slot.name]))}</p>`)
    .join('');
  const style = styles ? ` style="${escape(styles)}"` : '';
  return `<${tag}${attributes}${style}>${slots}${slots ? '\n' : ''}</${tag}>`;
}

/** Renders a story of `tag` from its args, as the HTML an editor would write. */
export const renderWidget = (tag: string) => (args: Record<string, unknown>) => markup(tag, args);

/**
 * A story with the read-aloud buttons (`listen`). Its docs say when the button shows, since
 * Storybook leaves the browser's voices as they are: on a device without a voice for the
 * language, the story looks like the widget without `listen`, as it does for families there.
 */
export const listenStory = (name: string, args: Record<string, unknown> = {}): StoryObj => ({
  name,
  args: { ...args, listen: true },
  parameters: {
    docs: {
      description: {
        story:
          'The Listen button shows only where the browser has a voice for the language that runs on the device ' +
          '(voices come from the operating system; online voices do not count). Where there is none, no button ' +
          'is shown, here as on any page, and the story looks like the one without `listen`. ' +
          'More in the guide "Reading aloud" (`docs/reading-aloud.md`).',
      },
    },
  },
});
