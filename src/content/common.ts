import { msg } from '../shared/localization.js';

/** What every widget shows when its topic is unknown. */
export const topicNotAvailable = (): string =>
  msg('Sorry, we cannot show this right now. Please ask your care team.', {
    id: 'common.topic-not-available',
  });
