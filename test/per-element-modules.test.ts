import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../src/widgets.js';

interface Definition {
  kind: string;
  name: string;
  declaration: { name: string };
}

/** The built module at `path`, imported alone into a new page; resolves to that page's window. */
async function importAlone(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module" src="/${path}"></script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

describe('the per-element modules', () => {
  it('each registers the widget custom-elements.json defines in it, with the class it names', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const definitions = (manifest.modules as { path: string; exports?: Definition[] }[]).flatMap(({ path, exports }) =>
      (exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => ({ path, ...entry })),
    );
    expect(definitions.map((definition) => definition.name).sort()).to.deep.equal([...WIDGET_TAGS].sort());
    for (const { path, name, declaration } of definitions) {
      const page = await importAlone(path);
      expect(page.customElements.get(name)?.name, `${path} registers <${name}>`).to.equal(declaration.name);
    }
  });
});
