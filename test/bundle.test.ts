import { expect } from '@open-wc/testing';
import { BUNDLE, loadScript, visibleText, withWarnings } from './helpers/dom.js';

describe('the script-tag bundle', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let globalsBefore = new Set<string>();

  before(() => {
    globalsBefore = new Set(Object.keys(window));
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));

  it('loaded twice on one page, registers once, throws nothing and warns nothing', async () => {
    document.body.insertAdjacentHTML('beforeend', '<therapy-overview id="twice"></therapy-overview>');
    await withWarnings(async (warnings) => {
      // Two URLs make the browser evaluate two copies, as two script tags from two places would.
      await loadScript(`${BUNDLE}?copy=1`);
      await loadScript(`${BUNDLE}?copy=2`);
      const element = document.getElementById('twice')!;
      await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(visibleText(element)).to.contain('What is targeted therapy?');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages.filter((message) => message.includes('therapy-widgets'))).to.deep.equal([]);
    });
  });

  it('adds no global variables to the page', async () => {
    await loadScript(`${BUNDLE}?copy=3`);
    const added = Object.keys(window).filter((key) => !globalsBefore.has(key));
    expect(added).to.deep.equal([]);
  });
});
