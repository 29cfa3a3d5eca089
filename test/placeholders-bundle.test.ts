import { expect } from '@open-wc/testing';
import { BUNDLE, captureWarnings, loadScript } from './helpers/dom.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('placeholders with the script-tag bundle loaded twice', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let observers = 0;
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    window.addEventListener('error', onError);
    document.body.insertAdjacentHTML('beforeend', '<div id="early" data-therapy-widget="side-effect-card"></div>');
    warnings = captureWarnings();
    const Original = window.MutationObserver;
    // Placeholders must see elements added to the page (childList); the widgets' own observer
    // watches only `lang` attributes and is not counted here.
    window.MutationObserver = class extends Original {
      override observe(target: Node, options?: MutationObserverInit) {
        if (options?.childList) observers += 1;
        super.observe(target, options);
      }
    };
    try {
      // Two URLs make the browser evaluate two copies, as two script tags from two places would.
      await loadScript(`${BUNDLE}?placeholders=1`);
      await loadScript(`${BUNDLE}?placeholders=2`);
    } finally {
      window.MutationObserver = Original;
    }
    await settle();
  });

  after(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
  });

  it('starts one observer for the page, not one per copy', () => {
    expect(observers).to.equal(1);
  });

  it('adds one widget to a placeholder that was there first, and to one added later', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="late" data-therapy-widget="therapy-overview"></div>');
    await settle();
    expect(document.querySelectorAll('#early > side-effect-card')).to.have.length(1);
    expect(document.querySelectorAll('#late > therapy-overview')).to.have.length(1);
    expect(document.querySelector('#late > therapy-overview')!.shadowRoot!.textContent).to.contain('targeted therapy');
  });

  it('throws nothing and warns nothing', () => {
    expect(errors).to.deep.equal([]);
    expect(warnings.messages.filter((message) => message.includes('therapy-widgets'))).to.deep.equal([]);
  });
});
