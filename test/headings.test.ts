import { expect, fixture } from '@open-wc/testing';
import { elements } from '../src/index.js';
import { withWarnings } from './helpers/dom.js';

const TAGS = Object.keys(elements);

function headingLevels(element: Element, which = ''): number[] {
  const selector = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => tag + which).join(', ');
  return [...element.shadowRoot!.querySelectorAll(selector)].map((h) => Number(h.tagName[1]));
}

describe('heading levels', () => {
  for (const tag of TAGS) {
    it(`<${tag}> uses a real <h2> main heading by default`, async () => {
      const element = await fixture(`<${tag}></${tag}>`);
      expect(headingLevels(element)[0]).to.equal(2);
      expect(element.getAttribute('heading-level')).to.equal('2');
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`<${tag} heading-level="${level}"> uses <h${level}> with sub-headings one level below`, async () => {
        const element = await fixture(`<${tag} heading-level="${level}"></${tag}>`);
        const [main] = headingLevels(element);
        expect(main).to.equal(level);
        // A widget with several sections gives each its own title at its level.
        for (const title of headingLevels(element, '[part~="title"]')) expect(title).to.equal(level);
        const subs = headingLevels(element, ':not([part~="title"])');
        for (const sub of subs) expect(sub).to.equal(Math.min(level + 1, 6));
      });
    }
  }

  it('gives <therapy-overview> its two sections, the first with a sub-heading', async () => {
    const element = await fixture('<therapy-overview heading-level="3"></therapy-overview>');
    expect(headingLevels(element)).to.deep.equal([3, 4, 3]);
    const titles = [...element.shadowRoot!.querySelectorAll('h3')].map((h) => h.id);
    expect(titles).to.deep.equal(['title', 'alone-or-combined']);
  });

  for (const bad of ['abc', '0', '7', '2.5', '', '-1', 'NaN', '<h1>']) {
    it(`falls back to level 2 and warns once for heading-level="${bad}"`, async () => {
      await withWarnings(async (warnings) => {
        const element = await fixture(
          `<side-effect-card heading-level="${bad.replace(/</g, '&lt;')}"></side-effect-card>`,
        );
        expect(headingLevels(element)[0]).to.equal(2);
        element.setAttribute('topic', 'targeted-therapy ');
        await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<side-effect-card>');
        expect(warnings.messages[0]).to.contain(`heading-level="${bad}"`);
      });
    });
  }

  it('names a bad level set from script by its value', async () => {
    await withWarnings(async (warnings) => {
      const element = await fixture<HTMLElementTagNameMap['therapy-overview']>('<therapy-overview></therapy-overview>');
      element.headingLevel = 9;
      await element.updateComplete;
      expect(headingLevels(element)[0]).to.equal(2);
      expect(warnings.messages).to.deep.equal([
        '[therapy-widgets] <therapy-overview> heading-level=9 is not valid; using 2. Use a whole number from 1 to 6.',
      ]);
    });
  });

  it('returns to the default, silently, when the attribute is removed', async () => {
    await withWarnings(async (warnings) => {
      const element = await fixture<HTMLElementTagNameMap['therapy-overview']>(
        '<therapy-overview heading-level="4"></therapy-overview>',
      );
      element.removeAttribute('heading-level');
      await element.updateComplete;
      expect(headingLevels(element)[0]).to.equal(2);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('reflects a level set from script to the attribute', async () => {
    const element = await fixture<HTMLElementTagNameMap['cog-disclaimer']>('<cog-disclaimer></cog-disclaimer>');
    element.headingLevel = 5;
    await element.updateComplete;
    expect(element.getAttribute('heading-level')).to.equal('5');
    expect(headingLevels(element)[0]).to.equal(5);
  });
});
