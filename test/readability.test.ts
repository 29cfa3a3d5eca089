import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { textBlocks, withWarnings } from './helpers/dom.js';
import { englishSyllables, fleschKincaidGrade, MAX_GRADE, sentenceCount } from './helpers/readability.js';

// Syllable counts from a dictionary, to show the counter is fit for the grade formula.
const DICTIONARY: Record<string, number> = {
  cancer: 2,
  cells: 1,
  therapy: 3,
  targeted: 3,
  treatment: 2,
  medicine: 3,
  medicines: 3,
  chemotherapy: 5,
  radiation: 4,
  vessels: 2,
  signals: 2,
  allergic: 3,
  reaction: 3,
  themselves: 2,
  tubes: 1,
  make: 1,
  used: 1,
  blocks: 1,
  healthy: 2,
  differences: 4,
  information: 4,
  emergency: 4,
  diagnosis: 4,
  procedure: 3,
  families: 3,
  little: 2,
  wanted: 2,
  uses: 2,
  together: 3,
  usually: 4,
  happen: 2,
  problem: 2,
  research: 2,
  substances: 4,
  spreading: 2,
  judgment: 2,
  counseling: 3,
  reviewed: 2,
  the: 1,
  you: 1,
};

describe('readability formula', () => {
  it('counts syllables as a dictionary does for at least 90% of the words families will meet', () => {
    const wrong = Object.entries(DICTIONARY).filter(([word, count]) => englishSyllables(word) !== count);
    expect(wrong.length, `miscounted: ${JSON.stringify(wrong.map(([w]) => [w, englishSyllables(w)]))}`).to.be.at.most(
      Math.floor(Object.keys(DICTIONARY).length * 0.1),
    );
  });

  it('counts sentences', () => {
    expect(sentenceCount('One. Two! Three? Four')).to.equal(4);
    expect(sentenceCount('Here are two ways: a list')).to.equal(2);
  });

  it('rates simple text low and dense text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was a good day.')).to.be.below(2);
    expect(
      fleschKincaidGrade(
        'Pharmacological interventions necessitate comprehensive consideration of individualized physiological characteristics and contraindications.',
      ),
    ).to.be.above(16);
  });
});

/**
 * Names the text cannot avoid: the treatments a family hears from its care team and the
 * organizations named in the credit lines. Each is scored as one short, familiar word, so the
 * grade measures how we write around them.
 */
const FAMILIAR_TERMS =
  /targeted therapy|chemotherapy|radiation|the Children's Oncology Group|Children's Oncology Group|Riverside Children's Hospital/gi;

// Families read at US grade 6 or below; children of about 7 to 10 at grade 3 or below, per block
// (the limits `therapy-widgets check` holds every pack to, in cli/reading-standard.mjs).
const AUDIENCES = (['family', 'child'] as const).map((audience) => ({ audience, maxGrade: MAX_GRADE[audience] }));

describe('readability of the English content', () => {
  const TAGS = ['therapy-overview', 'how-it-works', 'side-effect-card', 'therapy-page', 'cog-disclaimer'];

  for (const { audience, maxGrade } of AUDIENCES) {
    for (const tag of TAGS) {
      it(`keeps every text block at or below grade ${maxGrade} for ${audience === 'child' ? 'children' : 'families'}: <${tag}>`, async () => {
        const element = document.createElement(tag);
        element.setAttribute('audience', audience);
        if (tag === 'cog-disclaimer') element.setAttribute('publisher', "Riverside Children's Hospital");
        const holder = await fixture(html`<div></div>`);
        holder.append(element);
        await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        const blocks = textBlocks(element);
        expect(blocks.length).to.be.greaterThan(0);
        const hard = blocks
          .map((block) => ({
            block,
            grade: Math.round(fleschKincaidGrade(block.replace(FAMILIAR_TERMS, 'it')) * 10) / 10,
          }))
          .filter(({ grade }) => grade > maxGrade);
        expect(hard, JSON.stringify(hard, null, 1)).to.deep.equal([]);
      });
    }
  }

  it(`keeps the "not available" message at or below grade ${MAX_GRADE.family}`, async () => {
    await withWarnings(async () => {
      const element = await fixture(html`<therapy-overview topic="unknown"></therapy-overview>`);
      const [message] = textBlocks(element);
      expect(fleschKincaidGrade(message)).to.be.at.most(MAX_GRADE.family);
    });
  });
});
