import { expect, fixture, html } from '@open-wc/testing';
import { topics } from '../src/content/topics.js';
import type { TopicContent } from '../src/content/types.js';
import { elements } from '../src/index.js';
import { parseIsoDate } from '../src/shared/iso-date.js';
import { captureWarnings, visibleText } from './helpers/dom.js';

/** A disclaimer whose topic says it was reviewed on `reviewed`, to show any date the way the widget does. */
class DatedDisclaimer extends elements['cog-disclaimer'] {
  reviewed = '';

  protected override renderTopic(content: TopicContent) {
    return super.renderTopic({ ...content, lastReviewed: this.reviewed });
  }
}
customElements.define('dated-disclaimer', DatedDisclaimer);

async function disclaimerReviewedOn(reviewed: string, lang: string): Promise<DatedDisclaimer> {
  const element = await fixture<DatedDisclaimer>(
    html`<dated-disclaimer lang=${lang} .reviewed=${reviewed}></dated-disclaimer>`,
  );
  await element.updateComplete;
  return element;
}

// Every month once, with one- and two-digit days, the last day of long and short months, and a leap day.
const DATES: [iso: string, english: string, spanish: string][] = [
  ['2027-01-01', 'January 1, 2027', '1 de enero de 2027'],
  ['2028-02-29', 'February 29, 2028', '29 de febrero de 2028'],
  ['2026-03-09', 'March 9, 2026', '9 de marzo de 2026'],
  ['2026-04-30', 'April 30, 2026', '30 de abril de 2026'],
  ['2026-05-15', 'May 15, 2026', '15 de mayo de 2026'],
  ['2026-06-02', 'June 2, 2026', '2 de junio de 2026'],
  ['2026-07-04', 'July 4, 2026', '4 de julio de 2026'],
  ['2026-08-31', 'August 31, 2026', '31 de agosto de 2026'],
  ['2026-09-10', 'September 10, 2026', '10 de septiembre de 2026'],
  ['2026-10-20', 'October 20, 2026', '20 de octubre de 2026'],
  ['2026-11-27', 'November 27, 2026', '27 de noviembre de 2026'],
  ['2026-12-31', 'December 31, 2026', '31 de diciembre de 2026'],
];

describe('the review date', () => {
  for (const [iso, english, spanish] of DATES) {
    it(`writes ${iso} as "${english}" and "${spanish}", inside <time datetime>`, async () => {
      for (const [lang, words, sentence] of [
        ['en', english, `Last reviewed: ${english}`],
        ['es', spanish, `Última revisión: ${spanish}`],
      ]) {
        const element = await disclaimerReviewedOn(iso, lang);
        const line = element.shadowRoot!.querySelector('[part="reviewed"]')!;
        expect(line.textContent, lang).to.equal(sentence);
        const time = line.querySelector('time')!;
        expect(time.getAttribute('datetime'), lang).to.equal(iso);
        expect(time.textContent, lang).to.equal(words);
      }
    });
  }

  it('is a real day in every topic, so no topic loses its "last reviewed" line', () => {
    for (const [name, topic] of Object.entries(topics))
      expect(parseIsoDate(topic.lastReviewed), name).to.not.be.undefined;
  });

  it('reads the digits of the ISO date, so the day is the same in every time zone', () => {
    expect(parseIsoDate('2026-11-27')).to.deep.equal({ year: 2026, month: 11, day: 27 });
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('0999-01-01')).to.deep.equal({ year: 999, month: 1, day: 1 });
  });

  const MALFORMED = [
    '',
    '2026-11-27T00:00:00Z',
    ' 2026-11-27',
    '2026-11-7',
    '26-11-27',
    '2026/11/27',
    'November 27, 2026',
    '2026-00-10',
    '2026-13-01',
    '2026-11-00',
    '2026-11-31',
    '2026-02-29',
    '2100-02-29',
    '２０２６-１１-２７',
  ];

  it('reads nothing from a date that is not a real YYYY-MM-DD day', () => {
    const read = MALFORMED.filter((text) => parseIsoDate(text) !== undefined);
    expect(read).to.deep.equal([]);
  });

  it('leaves the line out for a malformed date, without an error or a warning, and keeps the rest', async () => {
    const warnings = captureWarnings();
    try {
      for (const text of MALFORMED) {
        for (const lang of ['en', 'es']) {
          const element = await disclaimerReviewedOn(text, lang);
          expect(element.shadowRoot!.querySelector('[part="reviewed"]'), `${lang} "${text}"`).to.be.null;
          expect(visibleText(element), `${lang} "${text}"`).to.contain(
            lang === 'en' ? 'In an emergency' : 'En caso de emergencia',
          );
        }
      }
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
