import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { visibleText } from './helpers/dom.js';

/**
 * Every fact of the content brief, as our wording says it, and the widget that must say it.
 */
const FACTS: Record<string, Record<string, RegExp[]>> = {
  'therapy-overview': {
    'a newer kind of cancer treatment': [/newer kind of cancer treatment/],
    'a major focus of cancer research': [/big part of cancer research/],
    'uses medicines or other substances': [/uses medicines or other things/],
    'stops cancer growing and spreading': [/keep cancer from growing and spreading/],
    'cancer cells differ from healthy cells': [/Cancer cells do not act like healthy cells/],
    'targets those differences': [/aims at these differences/],
    'interrupts processes so cells cannot multiply': [
      /blocks steps that the cancer needs to grow/,
      /cannot make more of themselves/,
    ],
    'example: blood vessels that feed cancer cells': [/stop the blood vessels that feed cancer cells/],
    'example: signals cancer cells need to grow': [/block the signals that cancer cells need to grow/],
    'each type works in its own way': [/works in its own way/],
    'all disrupt copying and interacting': [/making copies of themselves/, /working with other cells/],
    'used alone': [/can be used alone/],
    'or with chemotherapy and radiation': [/used with other cancer treatments, such as chemotherapy and radiation/],
    'can make them work better': [/help the other treatments work better/],
  },
  'how-it-works': {
    'picture: blood vessels feed cancer cells': [/Some of them feed cancer cells/],
    'picture: targeted therapy can stop them': [/Targeted therapy can stop those blood vessels/],
    'picture: cancer cells need signals to grow': [/Cancer cells need signals to grow/],
    'picture: targeted therapy can block them': [/Targeted therapy can block those signals/],
  },
  'side-effect-card': {
    'vary widely by medicine': [/very different from one medicine to the next/],
    'generally milder than other treatments': [/milder than the side effects of other cancer care/],
    'generally go away when treatment ends': [/go away when treatment ends/],
    'rare allergic reactions': [/allergic reaction to some of these medicines/, /This is rare/],
    'tell the care team': [/tell your care team right away/],
  },
  'cog-disclaimer': {
    'informational only, for children and families': [
      /only here to help you learn/,
      /children and families who are dealing with cancer/,
    ],
    'may be out of date or incomplete; do not rely on it': [/out of date or not complete/, /do not rely on it/],
    'ask a qualified professional about a condition, diagnosis or symptom': [
      /health problem, a diagnosis or a symptom\? Ask a doctor or nurse/,
    ],
    'does not replace care from the family’s own providers': [
      /does not replace the care that your own health care team gives you/,
      /advice, screening tests, counseling, judgment and other care/,
    ],
    'in an emergency call 911 or emergency services': [
      /In an emergency, call 911 now\. Or call the emergency services where you live\./,
    ],
    'no endorsement': [/do not back any one test, product or procedure/],
    'credit to the Children’s Oncology Group': [/Based on information from Children's Oncology Group\./],
    'the version of the text and the day it was written': [
      /Version 1\.0\.0 of this text, written on November 27, 2026\./,
    ],
  },
};

describe('content of the brief', () => {
  for (const [tag, facts] of Object.entries(FACTS)) {
    describe(`<${tag}>`, () => {
      for (const [fact, patterns] of Object.entries(facts)) {
        it(`says: ${fact}`, async () => {
          const element = await fixture(`<${tag}></${tag}>`);
          const text = visibleText(element);
          for (const pattern of patterns) expect(text).to.match(pattern);
        });
      }
    });
  }

  it('gives each fact to one widget only, so no widget repeats another', async () => {
    const texts = await Promise.all(
      Object.keys(FACTS).map(async (tag) => [tag, visibleText(await fixture(`<${tag}></${tag}>`))] as const),
    );
    for (const [tag, facts] of Object.entries(FACTS)) {
      for (const pattern of Object.values(facts).flat()) {
        const others = texts.filter(([other, text]) => other !== tag && pattern.test(text)).map(([other]) => other);
        expect(others, `${pattern} also in`).to.deep.equal([]);
      }
    }
  });

  it('names no drug, dose or statistic', async () => {
    for (const tag of Object.keys(FACTS)) {
      const text = visibleText(await fixture(html`${document.createElement(tag)}`));
      expect(text, tag).not.to.match(/\d+\s*(%|mg|ml|percent|out of)|\b\w+(mab|nib)\b/i);
    }
  });
});
