import { msg } from '../shared/localization.js';
import type { CommonContent } from './types.js';

/** Texts every widget may need, whatever its topic. */
export const common = (): CommonContent => ({
  topicNotAvailable: msg('Sorry, we cannot show this right now. Please ask your care team.', {
    id: 'common.topic-not-available',
  }),
  onThisPage: msg('On this page', { id: 'common.on-this-page' }),
  printPage: msg('Print this page', { id: 'common.print-page' }),
});
