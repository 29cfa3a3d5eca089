import { expect } from '@open-wc/testing';
import { VERSION } from '../src/shared/version.js';

describe('version', () => {
  it('matches package.json, so two copies on a page can be told apart', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
