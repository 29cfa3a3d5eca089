import { expect } from '@open-wc/testing';
import { visibleText } from './helpers/dom.js';

// Editors put the elements in the HTML, and the script often loads later (async, deferred, at
// the end of the body). Nothing here imports the widgets until the markup is in the page.
describe('elements in the HTML before the script loads', () => {
  before(async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<main>
        <therapy-overview heading-level="3"></therapy-overview>
        <side-effect-card><p slot="about">Hospital text.</p></side-effect-card>
        <cog-disclaimer emergency-number="112" organization="Example Group"></cog-disclaimer>
        <aside lang="es-MX"><side-effect-card id="spanish"></side-effect-card></aside>
      </main>`,
    );
    expect(customElements.get('therapy-overview')).to.be.undefined;
    await import('../src/index.js');
    await Promise.all(
      [...document.querySelectorAll('therapy-overview, side-effect-card, cog-disclaimer')].map(
        (element) => (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
      ),
    );
  });

  it('upgrades every element already in the page', () => {
    for (const tag of ['therapy-overview', 'side-effect-card', 'cog-disclaimer']) {
      const element = document.querySelector(tag)!;
      expect(element.shadowRoot, tag).to.exist;
      expect(visibleText(element).length, tag).to.be.greaterThan(20);
    }
  });

  it('speaks the language the HTML gave it before the upgrade, and still switches live', async () => {
    const card = document.getElementById('spanish') as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Efectos secundarios');
    card.closest('aside')!.setAttribute('lang', 'en');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(visibleText(card)).to.contain('Side effects');
  });

  it('honours the attributes written before the upgrade', () => {
    expect(document.querySelector('therapy-overview')!.shadowRoot!.querySelector('h3')!.textContent).to.equal(
      'What is targeted therapy?',
    );
    const disclaimer = visibleText(document.querySelector('cog-disclaimer')!);
    expect(disclaimer).to.contain('call 112 now');
    expect(disclaimer).to.contain('Based on information from Example Group.');
    expect(visibleText(document.querySelector('side-effect-card')!)).to.contain('Hospital text.');
  });
});
