import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { visibleText } from './helpers/dom.js';
import { expectEachFactInOneWidget, type Audience, type Facts } from './helpers/facts.js';

/**
 * Every fact of the content brief, as our wording says it for families and for children (the
 * same facts, nothing added or left out), and the widget that must say it.
 */
const FACTS: Facts = {
  'therapy-overview': {
    'a newer kind of cancer treatment': {
      family: [/newer ways to treat cancer/],
      child: [/newer way to treat cancer/],
    },
    'a major focus of cancer research': {
      family: [/big part of cancer research/],
      child: [/big part of cancer research/],
    },
    'uses medicines or other substances': {
      family: [/uses medicines or other things/],
      child: [/uses medicine or other things/],
    },
    'stops cancer growing and spreading': {
      family: [/meant to stop cancer from growing and spreading/],
      child: [/Their job is to keep the cancer from growing\. And to keep it from spreading/],
    },
    'cancer cells differ from healthy cells': {
      family: [/Cancer cells do not act like healthy cells/],
      child: [/Cancer cells do not act like healthy cells/],
    },
    'targets those differences': { family: [/aims at these differences/], child: [/aims at what is different/] },
    'interrupts processes so cells cannot multiply': {
      family: [/blocks steps that the cancer needs to grow/, /cannot make more of themselves/],
      child: [/blocks some steps the cancer needs to grow/, /cannot make more of themselves/],
    },
    'each type works in its own way': {
      family: [/each kind works differently/],
      child: [/Each kind works in its own way/],
    },
    'all disrupt copying and interacting': {
      family: [/how cancer cells make copies of themselves/, /how cancer cells work with other cells/],
      child: [/making copies of themselves/, /when cancer cells work with other cells/],
    },
    'used alone': { family: [/used on its own/], child: [/used on its own/] },
    'or with chemotherapy and radiation': {
      family: [/with other cancer treatments, like chemotherapy and radiation/],
      child: [/other treatments for cancer\. Two of them are chemotherapy and radiation/],
    },
    'can make them work better': { family: [/help them work better/], child: [/help them work better/] },
  },
  'how-it-works': {
    'example: the blood vessels that feed the cancer': {
      family: [/bring blood to the cancer to feed it/, /the cancer's own supply/],
      child: [/The cancer has its own blood vessels\. They feed it/],
    },
    'example: targeted therapy can stop them': {
      family: [/Targeted therapy can stop those vessels/],
      child: [/Targeted therapy can stop the cancer's blood vessels/],
    },
    'example: cancer cells need signals to grow': {
      family: [/Cancer cells need some signals to grow/],
      child: [/Cancer cells need some signals to grow/],
    },
    'example: targeted therapy can block them': {
      family: [/Targeted therapy can block those signals/],
      child: [/Targeted therapy can block those signals/],
    },
  },
  'side-effect-card': {
    'vary widely by medicine': {
      family: [/very different from one medicine to the next/],
      child: [/change a lot from one medicine to the next/],
    },
    'generally milder than other treatments': {
      family: [/most often milder than theirs/],
      child: [/most often not as strong/],
    },
    'generally go away when treatment ends': {
      family: [/most often go away once treatment is over/],
      child: [/they go away when treatment stops/],
    },
    'rare allergic reactions': {
      family: [/allergic reaction to some of these medicines/, /This is rare/],
      child: [/Some of these medicines have caused an allergic reaction/, /That is rare/],
    },
    'tell the care team, and call the emergency number in an emergency': {
      family: [/tell your care team right away/, /In an emergency, call 911\./],
      child: [/Tell a grown-up right now/, /In an emergency, a grown-up can call 911\./],
    },
  },
  'cog-disclaimer': {
    'informational only, for children and families': {
      family: [/only here to help you learn/, /children and families who are dealing with cancer/],
      child: [/only here to help you learn/, /for kids who have cancer, and for their families/],
    },
    'may be out of date or incomplete; do not rely on it': {
      family: [/might not be up to date/, /leave out some things/, /do not rely on it/],
      child: [/may not be up to date/, /leave some things out/, /do not count on it/],
    },
    'ask a qualified professional about a condition, diagnosis or symptom': {
      family: [/health problem, a diagnosis or a symptom\? Ask a doctor or nurse/],
      child: [/a question about your illness, or about how you feel\? Ask a doctor or nurse/],
    },
    'does not replace care from the family’s own providers': {
      family: [
        /does not take the place of care from your own care team/,
        /judgment and advice/,
        /screening tests, counseling and any other care/,
      ],
      child: [/cannot take the place of your care team/, /advice, check-ups, tests, talks and other care/],
    },
    'in an emergency call 911 or emergency services': {
      family: [/In an emergency, call 911 now\. Or call the emergency services where you live\./],
      child: [
        /In an emergency, call 911 right away\. Or get a grown-up to call\. You can also call for help where you live\./,
      ],
    },
    'no endorsement': {
      family: [/We do not recommend any one test\. The same goes for any product or procedure\./],
      child: [/We do not tell you to use any one test\. The same is true for any product or procedure\./],
    },
    'credit to the Children’s Oncology Group': {
      family: [/Based on information from the Children's Oncology Group\./],
      child: [/Based on what the Children's Oncology Group shares\./],
    },
    'the version of the text and the day it was written': {
      family: [/Version 1\.3\.0 of this text, written on December 1, 2026\./],
      child: [/This is version 1\.2\.0 of this page\. We wrote it on December 1, 2026\./],
    },
  },
};

async function render(tag: string, audience: Audience): Promise<Element> {
  const element = await fixture(`<${tag} audience="${audience}"></${tag}>`);
  await (element as Element & { updateComplete: Promise<boolean> }).updateComplete;
  return element;
}

describe('content of the brief', () => {
  for (const audience of ['family', 'child'] as const) {
    for (const [tag, facts] of Object.entries(FACTS)) {
      describe(`<${tag} audience="${audience}">`, () => {
        for (const [fact, patterns] of Object.entries(facts)) {
          it(`says: ${fact}`, async () => {
            const text = visibleText(await render(tag, audience));
            for (const pattern of patterns[audience]) expect(text).to.match(pattern);
          });
        }
      });
    }

    it(`gives each fact to one widget only, so no widget repeats another (${audience})`, async () => {
      const texts = await Promise.all(
        Object.keys(FACTS).map(async (tag) => [tag, visibleText(await render(tag, audience))] as const),
      );
      expectEachFactInOneWidget(FACTS, texts, audience, /emergency/i);
    });

    it(`names no drug, dose or statistic (${audience})`, async () => {
      for (const tag of Object.keys(FACTS)) {
        const text = visibleText(await render(tag, audience));
        expect(text, tag).not.to.match(/\d+\s*(%|mg|ml|percent|out of)|\b\w+(mab|nib)\b/i);
      }
    });
  }
});

describe('our own words', () => {
  // Runs of the original page's wording that earlier versions repeated word for word.
  const ORIGINAL_RUNS = [
    'may be out of date or incomplete',
    'blood vessels that feed cancer cells',
    'such as chemotherapy and radiation',
  ];

  for (const audience of ['family', 'child'] as const) {
    it(`repeats no run of the original page's wording (${audience})`, async () => {
      for (const tag of Object.keys(FACTS)) {
        const text = visibleText(await render(tag, audience)).toLowerCase();
        for (const run of ORIGINAL_RUNS) expect(text, `<${tag}>`).not.to.include(run);
      }
    });
  }
});
