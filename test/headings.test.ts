import { expect, fixture } from '@open-wc/testing';
import type { Pack } from '../src/content/types.js';
import { elements } from '../src/index.js';
import { headingsIn, withWarnings } from './helpers/dom.js';
import { widgetsSettled } from './widgets-settled.mjs';

const TAGS = Object.keys(elements);

/** The pack the widgets show by default. */
const pack: Pack = await (await fetch('/src/packs/targeted-therapy/family.en.json')).json();

/** The sections of the pack a widget shows: its own, or every one for <therapy-page>. */
const sectionsOf = (tag: string) => pack.sections.filter((section) => tag === 'therapy-page' || section.widget === tag);

/** The level of the widget's first heading, through the widgets inside it. */
const mainLevel = (element: Element) => headingsIn(element.shadowRoot!)[0]?.level;

describe('heading levels', () => {
  for (const tag of TAGS) {
    it(`<${tag}> uses a real <h2> main heading by default`, async () => {
      const element = await fixture(`<${tag}></${tag}>`);
      expect(mainLevel(element)).to.equal(2);
      expect(element.getAttribute('heading-level')).to.equal('2');
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`<${tag} heading-level="${level}"> uses <h${level}> with sub-headings one level below`, async () => {
        const element = await fixture(`<${tag} heading-level="${level}"></${tag}>`);
        await widgetsSettled(TAGS);
        const found = headingsIn(element.shadowRoot!);
        expect(found[0]).to.include({ level, depth: 0, part: 'title' });
        // A widget gives each of its sections a title at its level and their sub-headings the
        // level below; the widgets inside <therapy-page> start one level below its title. No
        // level goes past 6.
        for (const { tag: name, text, part, depth, level: actual } of found) {
          const expected = Math.min(level + depth + (part === 'title' ? 0 : 1), 6);
          expect(actual, `<${name}> ${text} (${part}, ${depth} widgets deep)`).to.equal(expected);
        }
        // Every section the widget shows is there with its title and each of its sub-headings.
        const shown = sectionsOf(tag);
        const texts = (wanted: (part: string) => boolean) =>
          found.filter(({ part }) => wanted(part)).map(({ text }) => text);
        expect(texts((part) => part === 'title')).to.include.members(shown.map((section) => section.title));
        expect(texts((part) => part !== 'title')).to.deep.equal(
          shown.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))),
        );
      });
    }
  }

  it('gives <therapy-overview> its two sections, the first with a sub-heading', async () => {
    const element = await fixture('<therapy-overview heading-level="3"></therapy-overview>');
    expect(headingsIn(element.shadowRoot!).map(({ level }) => level)).to.deep.equal([3, 4, 3]);
    const titles = [...element.shadowRoot!.querySelectorAll('h3')].map((h) => h.id);
    expect(titles).to.deep.equal(['title', 'alone-or-combined']);
  });

  for (const bad of ['abc', '0', '7', '2.5', '', '-1', 'NaN', '<h1>']) {
    it(`falls back to level 2 and warns once for heading-level="${bad}"`, async () => {
      await withWarnings(async (warnings) => {
        const element = await fixture(
          `<side-effect-card heading-level="${bad.replace(/</g, '&lt;')}"></side-effect-card>`,
        );
        expect(mainLevel(element)).to.equal(2);
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
      expect(mainLevel(element)).to.equal(2);
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
      expect(mainLevel(element)).to.equal(2);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('reflects a level set from script to the attribute', async () => {
    const element = await fixture<HTMLElementTagNameMap['cog-disclaimer']>('<cog-disclaimer></cog-disclaimer>');
    element.headingLevel = 5;
    await element.updateComplete;
    expect(element.getAttribute('heading-level')).to.equal('5');
    expect(mainLevel(element)).to.equal(5);
  });
});
