import { expect, fixture, html } from '@open-wc/testing';
import { elements } from '../src/index.js';
import { BAD_EMERGENCY_NUMBERS } from './emergency-numbers.mjs';
import { visibleText, withWarnings } from './helpers/dom.js';

const TAGS = Object.keys(elements) as (keyof typeof elements)[];
const XSS = '<img src=x onerror="window.__therapyXss=1">';

describe('topic', () => {
  for (const tag of TAGS) {
    it(`<${tag}> reflects the default topic`, async () => {
      const element = await fixture(`<${tag}></${tag}>`);
      expect(element.getAttribute('topic')).to.equal('targeted-therapy');
    });
  }

  // The disclaimer keeps its safety text for an unknown topic (tested below).
  for (const tag of TAGS.filter((tag) => tag !== 'cog-disclaimer')) {
    it(`<${tag}> shows a polite message, not a blank, for an unknown topic, and warns once`, async () => {
      await withWarnings(async (warnings) => {
        const element = await fixture<HTMLElementTagNameMap[typeof tag]>(`<${tag} topic="asthma"></${tag}>`);
        const fallback = element.shadowRoot!.querySelector('[part="fallback"]');
        expect(fallback).to.exist;
        expect(visibleText(element)).to.equal('Sorry, we cannot show this right now. Please ask your care team.');
        element.headingLevel = 3;
        await element.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<${tag}> topic="asthma" cannot be shown`);
        expect(warnings.messages[0]).to.contain('asthma/family.en.json could not be loaded (the server answered 404)');
      });
    });
  }

  it("shows the disclaimer even for an unknown topic, without the text's dates", async () => {
    await withWarnings(async (warnings) => {
      const element = await fixture('<cog-disclaimer topic="asthma"></cog-disclaimer>');
      expect(visibleText(element)).to.contain('In an emergency, call 911');
      expect(element.shadowRoot!.querySelector('[part="written"]')).to.be.null;
      expect(warnings.messages).to.have.length(1);
    });
  });

  it('forgives capitals and spaces in a topic name', async () => {
    const element = await fixture('<therapy-overview topic=" Targeted-Therapy "></therapy-overview>');
    expect(visibleText(element)).to.contain('What is targeted therapy?');
  });

  it('recovers when a bad topic is corrected', async () => {
    await withWarnings(async (warnings) => {
      const element = await fixture<HTMLElementTagNameMap['therapy-overview']>(
        '<therapy-overview topic=""></therapy-overview>',
      );
      expect(visibleText(element)).to.contain('Sorry');
      element.topic = 'targeted-therapy';
      await element.updateComplete;
      expect(visibleText(element)).to.contain('What is targeted therapy?');
      expect(warnings.messages).to.have.length(1);
    });
  });
});

describe('<cog-disclaimer> attributes', () => {
  it('shows 911 as a phone link by default', async () => {
    const element = await fixture('<cog-disclaimer></cog-disclaimer>');
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"]')!;
    expect(link.textContent!.trim()).to.equal('911');
    expect(link.getAttribute('href')).to.equal('tel:911');
    expect(element.getAttribute('emergency-number')).to.equal('911');
  });

  // Shown as written; the link dials it. A "(0)" after the country code is not dialled from
  // abroad (+44 20…, not +44 0 20…), so the link leaves it out; a national number keeps its 0.
  for (const [number, href] of [
    ['+44 (0)20 7946 0000', 'tel:+442079460000'],
    ['+44(0) 999', 'tel:+44999'],
    ['(020) 7946-0000', 'tel:02079460000'],
  ]) {
    it(`shows the local emergency number ${number}, linked to ${href}`, async () => {
      const element = await fixture(html`<cog-disclaimer emergency-number=${number}></cog-disclaimer>`);
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"]')!;
      expect(link.textContent!.trim()).to.equal(number);
      expect(link.getAttribute('href')).to.equal(href);
      expect(visibleText(element)).to.contain(`In an emergency, call ${number} now.`);
    });
  }

  for (const bad of ['', XSS, ...BAD_EMERGENCY_NUMBERS]) {
    it(`falls back to 911 and warns once for emergency-number="${bad}"`, async () => {
      await withWarnings(async (warnings) => {
        const element = await fixture<HTMLElementTagNameMap['cog-disclaimer']>(
          html`<cog-disclaimer emergency-number=${bad}></cog-disclaimer>`,
        );
        const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"]')!;
        expect(link.getAttribute('href')).to.equal('tel:911');
        expect(element.shadowRoot!.querySelector('img')).to.be.null;
        element.organization = 'Another Group';
        await element.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<cog-disclaimer> emergency-number=');
      });
    });
  }

  it('credits the organization it is given', async () => {
    const element = await fixture('<cog-disclaimer organization="Riverside Cancer Network"></cog-disclaimer>');
    expect(visibleText(element)).to.contain('Based on information from Riverside Cancer Network.');
  });

  it('shows an organization written as HTML as plain text, running nothing', async () => {
    const element = await fixture(
      html`<cog-disclaimer organization=${XSS} publisher=${XSS} copyright=${XSS}></cog-disclaimer>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot!.querySelector('img')).to.be.null;
    expect((window as { __therapyXss?: number }).__therapyXss).to.be.undefined;
    expect(visibleText(element)).to.contain(`Based on information from ${XSS}.`);
    expect(visibleText(element)).to.contain(`Shared by ${XSS}.`);
  });

  it("credits the pack's own source when organization is blank", async () => {
    const element = await fixture('<cog-disclaimer organization="  "></cog-disclaimer>');
    const pack = await (await fetch('/src/packs/targeted-therapy/family.en.json')).json();
    expect(visibleText(element)).to.contain(`Based on information from ${pack.credit}.`);
  });

  it('shows a publisher and a copyright line only when set', async () => {
    const plain = await fixture('<cog-disclaimer></cog-disclaimer>');
    expect(plain.shadowRoot!.querySelector('[part="publisher"], [part="copyright"]')).to.be.null;
    const element = await fixture(
      '<cog-disclaimer publisher="Riverside Children\'s Hospital" copyright="© 2026 Example Licensor"></cog-disclaimer>',
    );
    expect(element.shadowRoot!.querySelector('[part="publisher"]')!.textContent).to.equal(
      "Shared by Riverside Children's Hospital.",
    );
    expect(element.shadowRoot!.querySelector('[part="copyright"]')!.textContent).to.equal('© 2026 Example Licensor');
  });

  it('leaves out a text setting longer than 300 characters, with one warning, in the page too', async () => {
    await withWarnings(async (warnings) => {
      const longest = 'R'.repeat(300);
      const element = await fixture(
        `<cog-disclaimer publisher="${longest}" copyright="${'C'.repeat(301)}" organization="${'O'.repeat(5000)}"></cog-disclaimer>`,
      );
      expect(element.shadowRoot!.querySelector('[part="publisher"]')!.textContent).to.equal(`Shared by ${longest}.`);
      expect(element.shadowRoot!.querySelector('[part="copyright"]')).to.be.null;
      const pack = await (await fetch('/src/packs/targeted-therapy/family.en.json')).json();
      expect(visibleText(element)).to.contain(`Based on information from ${pack.credit}.`);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('is not valid; it is left out. Use at most 300 characters');
      const page = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        `<therapy-page copyright="${'C'.repeat(301)}"></therapy-page>`,
      );
      const disclaimer = page.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
        'cog-disclaimer',
      )!;
      await disclaimer.updateComplete;
      expect(disclaimer.shadowRoot!.querySelector('[part="copyright"]')).to.be.null;
      // One from the disclaimer above and one from the page; the disclaimer inside the page says nothing.
      expect(warnings.messages.filter((message) => message.includes('copyright='))).to.have.length(2);
    });
  });

  it('reflects properties set from script to attributes', async () => {
    const element = await fixture<HTMLElementTagNameMap['cog-disclaimer']>('<cog-disclaimer></cog-disclaimer>');
    element.emergencyNumber = '112';
    element.organization = 'Example Group';
    element.publisher = 'Example Hospital';
    element.topic = 'targeted-therapy';
    await element.updateComplete;
    expect(element.getAttribute('emergency-number')).to.equal('112');
    expect(element.getAttribute('organization')).to.equal('Example Group');
    expect(element.getAttribute('publisher')).to.equal('Example Hospital');
    expect(visibleText(element)).to.contain('call 112 now');
  });
});
