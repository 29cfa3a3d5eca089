import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { CogDisclaimer } from '../src/cog-disclaimer/cog-disclaimer.component.js';
import { withWarnings } from './helpers/dom.js';

// Health information shows its dates honestly: the pack's version and the day its text was
// written, and a review only when the publisher states one. Dates are in the widget's language,
// checked against the browser's own calendar data.
const LOCALES: Record<string, string> = { en: 'en-US', es: 'es' };

function inWordsByIntl(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

async function disclaimer(markup: ReturnType<typeof html>): Promise<CogDisclaimer> {
  const element = await fixture<CogDisclaimer>(markup);
  await element.updateComplete;
  return element;
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part="${name}"]`);

const packOf = async (lang: string) =>
  (await (await fetch(`/src/packs/targeted-therapy/family.${lang}.json`)).json()) as {
    written: string;
    version: string;
  };

describe('dates', () => {
  for (const [lang, locale] of Object.entries(LOCALES)) {
    it(`says the text's version and the day it was written, in ${lang}, inside <time datetime>`, async () => {
      const element = await disclaimer(html`<cog-disclaimer lang=${lang}></cog-disclaimer>`);
      const pack = await packOf(lang);
      const time = part(element, 'written')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(pack.written);
      expect(time.textContent).to.equal(inWordsByIntl(pack.written, locale));
      expect(part(element, 'written')!.textContent).to.contain(pack.version);
    });
  }

  it('claims no review unless the publisher states one', async () => {
    const element = await disclaimer(html`<cog-disclaimer></cog-disclaimer>`);
    expect(part(element, 'reviewed')).to.be.null;
    expect(element.shadowRoot!.textContent).not.to.match(/review/i);
  });

  it("shows the publisher's own review, with who reviewed it", async () => {
    const element = await disclaimer(
      html`<cog-disclaimer reviewed="2026-12-01" reviewed-by="Riverside patient education team"></cog-disclaimer>`,
    );
    const line = part(element, 'reviewed')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Reviewed on December 1, 2026 by Riverside patient education team.',
    );
    expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-01');
  });

  it('says the review in Spanish on a Spanish page', async () => {
    const element = await disclaimer(html`<cog-disclaimer lang="es" reviewed="2026-12-01"></cog-disclaimer>`);
    expect(part(element, 'reviewed')!.textContent!.trim()).to.equal(
      `Revisado el ${inWordsByIntl('2026-12-01', 'es')}.`,
    );
  });

  for (const bad of ['2026-02-30', '12/01/2026', 'yesterday']) {
    it(`leaves out a review date that is not real (${bad}), with one warning`, async () => {
      await withWarnings(async (warnings) => {
        const element = await disclaimer(html`<cog-disclaimer reviewed=${bad} reviewed-by="A team"></cog-disclaimer>`);
        element.headingLevel = 3;
        await element.updateComplete;
        expect(part(element, 'reviewed')).to.be.null;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`reviewed="${bad}" is not valid`);
      });
    });
  }

  // A review of this text can be neither older than the text nor later than today.
  const dayFrom = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  const cases = [
    [
      'before the text was written',
      async () => dayFrom((await packOf('en')).written, -1),
      'is before this text was written',
    ],
    ['in the future', async () => dayFrom(today, 3), 'is in the future'],
  ] as const;
  for (const [when, date, said] of cases) {
    for (const tag of ['cog-disclaimer', 'therapy-page']) {
      it(`<${tag}> leaves out a review date ${when}, with one warning`, async () => {
        const reviewed = await date();
        await withWarnings(async (warnings) => {
          const element = await fixture<HTMLElement>(`<${tag} reviewed="${reviewed}" reviewed-by="A team"></${tag}>`);
          await (element as CogDisclaimer).updateComplete;
          const shown = tag === 'cog-disclaimer' ? element : element.shadowRoot!.querySelector('cog-disclaimer')!;
          await (shown as CogDisclaimer).updateComplete;
          // Compared as text: a failing assertion then reports the line, not a whole element.
          expect(part(shown, 'written')?.textContent).to.contain('written on');
          expect(part(shown, 'reviewed')?.textContent ?? null).to.equal(null);
          expect(shown.shadowRoot!.textContent).not.to.match(/review/i);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<${tag}> reviewed="${reviewed}" ${said}`);
        });
      });
    }
  }

  it('warns once when reviewed-by is set without a date, and claims nothing', async () => {
    await withWarnings(async (warnings) => {
      const element = await disclaimer(html`<cog-disclaimer reviewed-by="A team"></cog-disclaimer>`);
      expect(part(element, 'reviewed')).to.be.null;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('reviewed-by is set without a reviewed date');
    });
  });
});
