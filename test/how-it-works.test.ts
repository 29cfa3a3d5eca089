import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('<how-it-works>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

  it('shows the steps as a real numbered list of figures with captions', async () => {
    const widget = await fixture<Widget>('<how-it-works></how-it-works>');
    const list = widget.shadowRoot!.querySelector('ol[part="steps"]')!;
    const steps = [...list.children];
    expect(steps.map((step) => step.localName)).to.deep.equal(['li', 'li']);
    for (const step of steps) {
      expect(step.querySelector('figure > svg[role="img"]')).to.exist;
      expect(step.querySelector('figure > figcaption')!.textContent!.trim().length).to.be.greaterThan(20);
    }
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

  it('moves for at most five seconds, and only when motion is welcome', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const widget = await fixture<Widget>('<how-it-works></how-it-works>');
    const moving = [...widget.shadowRoot!.querySelectorAll('.flow, .signal')].map((part) => getComputedStyle(part));
    expect(moving.some((style) => style.animationName !== 'none')).to.equal(true);
    for (const style of moving) {
      const seconds =
        parseFloat(style.animationDelay) + parseFloat(style.animationDuration) * Number(style.animationIterationCount);
      expect(seconds).to.be.at.most(5);
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = [...widget.shadowRoot!.querySelectorAll('.flow, .signal')].map((part) => getComputedStyle(part));
    expect(still.every((style) => style.animationName === 'none')).to.equal(true);
  });

  it('prints in black on white', async () => {
    await emulateMedia({ media: 'print' });
    const widget = await fixture<Widget>('<how-it-works></how-it-works>');
    const vessel = getComputedStyle(widget.shadowRoot!.querySelector('.vessel')!);
    expect(vessel.stroke).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(widget.shadowRoot!.querySelector('.picture')!).backgroundColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
  });
});
