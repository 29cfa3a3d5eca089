import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { visibleText } from './helpers/dom.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('<how-it-works>', () => {
  // Motion, print and forced colours need media emulation, which only Chromium offers the
  // test runner here: they are tested end to end in test/e2e/pictures.test.mjs.

  it('shows its figures as a real list of drawings with captions, not numbered: they are alternatives', async () => {
    const widget = await fixture<Widget>('<how-it-works></how-it-works>');
    expect(widget.shadowRoot!.querySelector('ol')).to.equal(null);
    const list = widget.shadowRoot!.querySelector('ul[part="figures"]')!;
    // Without markers (list-style: none), Safari only announces the list with an explicit role.
    expect(list.getAttribute('role')).to.equal('list');
    const figures = [...list.children];
    expect(figures.map((figure) => figure.localName)).to.deep.equal(['li', 'li']);
    for (const figure of figures) {
      expect(figure.querySelector('figure > svg[role="img"]')).to.exist;
      expect(figure.querySelector('figure > figcaption')!.textContent!.trim().length).to.be.greaterThan(20);
    }
  });

  it('numbers no caption, also when the page gives its own caption', async () => {
    const widget = await fixture<Widget>(
      '<how-it-works><span slot="caption-2">Our own words for the second drawing.</span></how-it-works>',
    );
    const captions = [...widget.shadowRoot!.querySelectorAll('figcaption')];
    expect(captions).to.have.length(2);
    expect(widget.shadowRoot!.querySelector('.number')).to.equal(null);
    expect(captions[0].textContent!.trim()).to.match(/^Blood vessels are tubes/);
    const ownCaption = captions[1].querySelector('slot')!.assignedNodes();
    expect(ownCaption.map((node) => node.textContent)).to.deep.equal(['Our own words for the second drawing.']);
    expect(visibleText(widget)).not.to.match(/(^|\s)[12]\.\s/);
  });

  it('gives each drawing a text alternative that says what it shows', async () => {
    const alternatives = async (audience: string) => {
      const widget = await fixture<Widget>(`<how-it-works audience="${audience}"></how-it-works>`);
      await widget.updateComplete;
      return [...widget.shadowRoot!.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('aria-label'));
    };
    const [vessels, signals] = await alternatives('family');
    expect(vessels).to.match(
      /thick tube, a blood vessel.*dots of blood.*round cancer cell.*pill shape lies across the tube.*thin dashed line/,
    );
    expect(signals).to.match(
      /small arrow shapes, the signals.*round cancer cell.*pill shape sits between the arrows and the cell/,
    );
    const [childVessels, childSignals] = await alternatives('child');
    expect(childVessels).to.match(
      /thick tube.*Dots of blood.*round cancer cell.*pill shape lies across the tube.*thin dashed line/,
    );
    expect(childSignals).to.match(
      /small arrows, the signals.*round cancer cell.*pill shape is in between them and the cell/,
    );
  });

  it('translates the text alternatives', async () => {
    const root = await fixture('<div lang="es"><how-it-works></how-it-works></div>');
    const widget = root.firstElementChild as Widget;
    await widget.updateComplete;
    const label = widget.shadowRoot!.querySelector('svg[role="img"]')!.getAttribute('aria-label');
    expect(label).to.match(/^Dibujo: un tubo grueso/);
  });
});
