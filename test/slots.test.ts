import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { visibleText } from './helpers/dom.js';

const SLOTS: Record<string, { slot: string; replaces: string; keeps: string }[]> = {
  'therapy-overview': [
    { slot: 'what-it-is', replaces: 'newer kind of cancer treatment', keeps: 'What is targeted therapy?' },
    { slot: 'how-it-works', replaces: 'blood vessels that feed', keeps: 'How does it work?' },
    { slot: 'alone-or-combined', replaces: 'chemotherapy and radiation', keeps: 'Is it used with other treatments?' },
  ],
  'how-it-works': [
    { slot: 'intro', replaces: 'These pictures show two ways', keeps: 'How it works, in pictures' },
    { slot: 'caption-1', replaces: 'Some of them feed cancer cells', keeps: 'Signals are like messages' },
    { slot: 'caption-2', replaces: 'Signals are like messages', keeps: 'Some of them feed cancer cells' },
  ],
  'side-effect-card': [
    { slot: 'about', replaces: 'go away when treatment ends', keeps: 'Side effects' },
    { slot: 'allergy-warning', replaces: 'allergic reaction', keeps: 'Important:' },
  ],
  'cog-disclaimer': [
    { slot: 'notice', replaces: 'do not rely on it', keeps: 'About these facts' },
    { slot: 'credit', replaces: 'Based on information from', keeps: 'of this text, written on' },
  ],
};

describe('slots', () => {
  for (const [tag, slots] of Object.entries(SLOTS)) {
    for (const { slot, replaces, keeps } of slots) {
      it(`<${tag}> slot="${slot}" replaces its default text and keeps the rest`, async () => {
        const element = await fixture(`<${tag}><p slot="${slot}">Licensed text from the hospital.</p></${tag}>`);
        const text = visibleText(element);
        expect(text).to.contain('Licensed text from the hospital.');
        expect(text).not.to.contain(replaces);
        expect(text).to.contain(keeps);
      });

      it(`<${tag}> shows its default text when slot "${slot}" is empty`, async () => {
        const element = await fixture(`<${tag}></${tag}>`);
        expect(visibleText(element)).to.contain(replaces);
      });
    }
  }
});
