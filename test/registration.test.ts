import { expect } from '@open-wc/testing';
import { elements } from '../src/classes.js';
import { defineElements, type VersionedElement } from '../src/shared/define.js';
import { WIDGET_TAGS } from '../src/widgets.js';
import { VERSION } from '../src/shared/version.js';
import { withWarnings } from './helpers/dom.js';

describe('registration', () => {
  it('knows the same widgets as the design tokens, which cannot import the classes', () => {
    expect([...WIDGET_TAGS].sort()).to.deep.equal(Object.keys(elements).sort());
  });

  it('registers nothing when the classes module is imported', () => {
    for (const tag of Object.keys(elements)) expect(customElements.get(tag), tag).to.be.undefined;
  });

  it('registers every widget, and does nothing when the same version registers again', async () => {
    await withWarnings((warnings) => {
      defineElements(elements);
      // A second copy of the same version brings its own classes.
      const copies = Object.fromEntries(
        Object.entries(elements).map(([tag, element]: [string, VersionedElement]) => [tag, class extends element {}]),
      );
      expect(() => defineElements(copies)).not.to.throw();
      expect(() => defineElements(elements)).not.to.throw();
      for (const [tag, element] of Object.entries(elements)) expect(customElements.get(tag)).to.equal(element);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('keeps the first definition and warns once, naming both versions, when another version loads', async () => {
    class OlderOverview extends HTMLElement {
      static readonly version = '0.0.1-older';
    }
    class OlderCard extends HTMLElement {
      static readonly version = '0.0.1-older';
    }
    customElements.define('x-older-overview', OlderOverview);
    customElements.define('x-older-card', OlderCard);
    await withWarnings((warnings) => {
      expect(() =>
        defineElements({
          'x-older-overview': elements['therapy-overview'],
          'x-older-card': elements['side-effect-card'],
        }),
      ).not.to.throw();
      expect(customElements.get('x-older-overview')).to.equal(OlderOverview);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('0.0.1-older');
      expect(warnings.messages[0]).to.contain(VERSION);
      expect(warnings.messages[0]).to.contain('<x-older-overview>, <x-older-card>');
    });
  });

  it('warns, without throwing, when an unrelated element already owns a tag', async () => {
    customElements.define('x-taken', class extends HTMLElement {});
    await withWarnings((warnings) => {
      expect(() => defineElements({ 'x-taken': elements['cog-disclaimer'] })).not.to.throw();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('an unknown version');
    });
  });
});
