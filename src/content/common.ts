import { msg } from '@lit/localize';
import type { CommonContent } from './types.js';

/** Texts every widget may need, whatever its topic. */
export const common = (): CommonContent => ({
  topicNotAvailable: msg('Sorry, we cannot show this right now. Please ask your care team.', {
    id: 'common.topic-not-available',
  }),
});
