import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { withWarnings } from './helpers/dom.js';
import '../src/index.js';

const CASES = [
  '<therapy-overview></therapy-overview>',
  '<therapy-overview heading-level="1"></therapy-overview>',
  '<therapy-overview heading-level="6"></therapy-overview>',
  '<therapy-overview><p slot="how-it-works">Our own words.</p></therapy-overview>',
  '<how-it-works></how-it-works>',
  '<how-it-works heading-level="4"><p slot="intro">Our own intro.</p></how-it-works>',
  '<therapy-page></therapy-page>',
  '<therapy-page heading-level="1" emergency-number="999" lang="es"></therapy-page>',
  '<side-effect-card></side-effect-card>',
  '<side-effect-card heading-level="3"></side-effect-card>',
  '<cog-disclaimer></cog-disclaimer>',
  '<cog-disclaimer emergency-number="999" publisher="Riverside Children\'s Hospital" copyright="© 2026 Example"></cog-disclaimer>',
];

// Fallbacks for bad values must be accessible too; their expected warning is checked elsewhere.
const FALLBACK_CASES = [
  '<side-effect-card topic="unknown"></side-effect-card>',
  '<therapy-overview topic="unknown" heading-level="9"></therapy-overview>',
  '<cog-disclaimer topic="unknown" emergency-number="none"></cog-disclaimer>',
];

describe('accessibility (axe)', () => {
  for (const markup of CASES) {
    it(`is accessible: ${markup}`, async () => {
      const element = await fixture(markup);
      await expect(element).to.be.accessible();
    });
  }

  for (const markup of FALLBACK_CASES) {
    it(`is accessible with a fallback: ${markup}`, async () => {
      await withWarnings(async (warnings) => {
        const element = await fixture(markup);
        await expect(element).to.be.accessible();
        expect(warnings.messages.length).to.be.greaterThan(0);
      });
    });
  }

  it('does not rely on colour alone: the allergy warning has a visible label and a bordered box', async () => {
    const element = await fixture('<side-effect-card></side-effect-card>');
    const callout = element.shadowRoot!.querySelector<HTMLElement>('[part="callout"]')!;
    expect(callout.querySelector('[part="callout-label"]')!.textContent).to.equal('Important:');
    expect(callout.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(parseFloat(getComputedStyle(callout).borderTopWidth)).to.be.at.least(1);
  });

  it('reaches the phone link by keyboard and shows a visible focus ring', async () => {
    const element = await fixture('<div><button>before</button><cog-disclaimer></cog-disclaimer></div>');
    element.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const disclaimer = element.querySelector('cog-disclaimer')!;
    const link = disclaimer.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"]')!;
    const style = getComputedStyle(link);
    expect(disclaimer.shadowRoot!.activeElement).to.equal(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
