import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('<how-it-works>', () => {
  // Motion, print and forced colours need media emulation, which only Chromium offers the
  // test runner here: they are tested end to end in test/e2e/pictures.test.mjs.

  it('shows its figures as a real numbered list of drawings with captions', async () => {
    const widget = await fixture<Widget>('<how-it-works></how-it-works>');
    const list = widget.shadowRoot!.querySelector('ol[part="figures"]')!;
    // Without markers (list-style: none), Safari only announces the list with an explicit role.
    expect(list.getAttribute('role')).to.equal('list');
    const steps = [...list.children];
    expect(steps.map((step) => step.localName)).to.deep.equal(['li', 'li']);
    for (const step of steps) {
      expect(step.querySelector('figure > svg[role="img"]')).to.exist;
      expect(step.querySelector('figure > figcaption')!.textContent!.trim().length).to.be.greaterThan(20);
    }
  });

  it('numbers each caption in its text, also when the page gives its own caption', async () => {
    const widget = await fixture<Widget>(
      '<how-it-works><span slot="caption-2">Our own words for step two.</span></how-it-works>',
    );
    const captions = [...widget.shadowRoot!.querySelectorAll('figcaption')];
    expect(captions.map((caption) => caption.querySelector(':scope > .number')!.textContent)).to.deep.equal([
      '1.',
      '2.',
    ]);
    const ownCaption = captions[1].querySelector('slot')!.assignedNodes();
    expect(ownCaption.map((node) => node.textContent)).to.deep.equal(['Our own words for step two.']);
  });

  it('gives each drawing a text alternative that says what it shows', async () => {
    const widget = await fixture<Widget>('<how-it-works></how-it-works>');
    const [vessels, signals] = [...widget.shadowRoot!.querySelectorAll('svg[role="img"]')].map((svg) =>
      svg.getAttribute('aria-label'),
    );
    expect(vessels).to.match(/tube of blood.*cancer cell.*medicine blocks the tube.*cannot reach the cell/);
    expect(signals).to.match(/arrows, the signals.*cancer cell.*medicine stands in their way.*cannot reach the cell/);
  });

  it('translates the text alternatives', async () => {
    const root = await fixture('<div lang="es"><how-it-works></how-it-works></div>');
    const widget = root.firstElementChild as Widget;
    await widget.updateComplete;
    const label = widget.shadowRoot!.querySelector('svg[role="img"]')!.getAttribute('aria-label');
    expect(label).to.match(/^Dibujo: un tubo de sangre/);
  });
});
