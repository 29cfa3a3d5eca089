import { msg } from '../shared/localization.js';
import type { PageContent } from './types.js';

/** What `<therapy-page>` says around the widgets; the same for every topic. */
export const page = (): PageContent => ({
  onThisPage: msg('On this page', { id: 'common.on-this-page' }),
  printPage: msg('Print this page', { id: 'common.print-page' }),
});
