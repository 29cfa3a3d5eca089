import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { visibleText } from './helpers/dom.js';

const SLOTS: Record<string, { slot: string; replaces: string; keeps: string }[]> = {
  'therapy-overview': [
    { slot: 'what-it-is', replaces: 'newer ways to treat cancer', keeps: 'What is targeted therapy?' },
    { slot: 'how-it-works', replaces: 'aims at these differences', keeps: 'How does it work?' },
    { slot: 'alone-or-combined', replaces: 'chemotherapy and radiation', keeps: 'Is it used with other treatments?' },
  ],
  'how-it-works': [
    { slot: 'intro', replaces: 'Here are two examples', keeps: 'Two ways it can work' },
    { slot: 'caption-1', replaces: 'bring blood to the cancer to feed it', keeps: 'Signals are like messages' },
    { slot: 'caption-2', replaces: 'Signals are like messages', keeps: 'bring blood to the cancer to feed it' },
  ],
  'side-effect-card': [
    { slot: 'about', replaces: 'go away once treatment is over', keeps: 'Side effects' },
    { slot: 'allergy-warning', replaces: 'allergic reaction', keeps: 'Important:' },
  ],
  'cog-disclaimer': [
    { slot: 'notice', replaces: 'do not rely on it', keeps: 'About what you read here' },
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
