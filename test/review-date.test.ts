import { expect, fixture, html } from '@open-wc/testing';
import { reviewDates, TOPICS } from '../src/content/topics.js';
import '../src/index.js';
import type { CogDisclaimer } from '../src/cog-disclaimer/cog-disclaimer.component.js';

// Each topic's review date is written in words by the content and its translations, not by
// Intl.DateTimeFormat (whose first use on a page costs a first visit about 25 ms). These tests
// hold the words to the ISO date, using the browser's own calendar data as the reference.
const IN_WORDS: Record<string, string> = { en: 'en-US', es: 'es' };

function inWordsByIntl(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

describe('the review date', () => {
  for (const topic of TOPICS) {
    it(`${topic}: is a real YYYY-MM-DD day`, () => {
      const { iso } = reviewDates[topic];
      expect(iso).to.match(/^\d{4}-\d{2}-\d{2}$/);
      // A day no calendar has (2026-02-30) would come back as another day.
      expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).to.equal(iso);
    });

    for (const [lang, locale] of Object.entries(IN_WORDS)) {
      it(`${topic}: says the same day in words as its ISO date, in ${lang}, inside <time datetime>`, async () => {
        const element = await fixture<CogDisclaimer>(
          html`<cog-disclaimer topic=${topic} lang=${lang}></cog-disclaimer>`,
        );
        await element.updateComplete;
        const { iso } = reviewDates[topic];
        const time = element.shadowRoot!.querySelector('[part="reviewed"] time')!;
        expect(time.getAttribute('datetime')).to.equal(iso);
        expect(time.textContent).to.equal(inWordsByIntl(iso, locale));
      });
    }
  }
});
