import { expect, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { visibleText } from './helpers/dom.js';

// The CMS-safe form as an editor writes it, before the page's script loads.
const PRELOADED =
  '<div id="preloaded" data-therapy-widget="therapy-overview" data-topic="targeted-therapy" data-heading-level="3"></div>';

// What a CMS editor pastes. Every line must pass an HTML sanitizer's defaults unchanged.
const CMS_MARKUP = [
  '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="3" data-emergency-number="999"></div>',
  '<div data-therapy-widget="cog-disclaimer" data-topic="targeted-therapy" data-heading-level="2" lang="en" data-emergency-number="999" data-organization="Children\'s Oncology Group" data-publisher="Riverside Children\'s Hospital" data-copyright="© 2026 Example"></div>',
];

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(
    [...document.querySelectorAll<Widget>('therapy-overview, side-effect-card, cog-disclaimer')].map(
      (widget) => widget.updateComplete,
    ),
  );
}

/**
 * Counts observers that start watching for added elements (childList) while `run` runs: the
 * placeholders' kind. The widgets' own observer watches only `lang` attributes.
 */
async function countObservers(run: () => Promise<unknown>): Promise<number> {
  const Original = window.MutationObserver;
  let created = 0;
  window.MutationObserver = class extends Original {
    override observe(target: Node, options?: MutationObserverInit) {
      if (options?.childList) created += 1;
      super.observe(target, options);
    }
  };
  try {
    await run();
  } finally {
    window.MutationObserver = Original;
  }
  return created;
}

describe('placeholders on a page with the script-tag entry', () => {
  let observers = 0;

  before(async () => {
    document.body.insertAdjacentHTML('beforeend', PRELOADED);
    // The upgrade code loads on demand, after the entry; count observers until it has run.
    observers = await countObservers(async () => {
      await import('../src/index.js');
      await waitUntil(() => document.querySelector('#preloaded > therapy-overview'), 'placeholder upgraded');
    });
    await settled();
  });

  it('starts one observer for the page', () => {
    expect(observers).to.equal(1);
  });

  it('upgrades a placeholder that was in the page before the script loaded', () => {
    const widget = document.querySelector('#preloaded > therapy-overview')!;
    expect(widget.shadowRoot!.querySelector('h3')!.textContent).to.equal('What is targeted therapy?');
  });

  for (const markup of CMS_MARKUP) {
    it(`passes DOMPurify's default configuration unchanged, then renders: ${markup.slice(0, 60)}…`, async () => {
      const clean = DOMPurify.sanitize(markup);
      expect(clean).to.equal(markup);
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML = clean;
      await settled();
      const placeholder = host.firstElementChild!;
      const widget = placeholder.querySelector<Widget>(placeholder.getAttribute('data-therapy-widget')!)!;
      expect(widget.shadowRoot!.querySelector('[part="title"]')).to.exist;
      expect(visibleText(widget).length).to.be.greaterThan(50);
      await expect(host).to.be.accessible();
    });
  }

  it('needs this form because the sanitizer strips the custom element and the script', () => {
    const markup =
      '<script type="module" src="therapy-widgets.js"></script><side-effect-card topic="targeted-therapy"></side-effect-card>';
    expect(DOMPurify.sanitize(markup)).to.equal('');
  });
});
