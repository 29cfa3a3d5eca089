import { msg } from '../shared/localization.js';

/** What every widget shows when its topic is unknown. */
export const topicNotAvailable = (): string =>
  msg('Sorry, we cannot show this right now. Please ask your care team.', {
    id: 'common.topic-not-available',
  });

/** The words on the read-aloud buttons (`listen`). */
export const listenWords = () => ({
  listen: msg('Listen', { id: 'common.listen' }),
  pause: msg('Pause', { id: 'common.listen-pause' }),
  resume: msg('Continue', { id: 'common.listen-continue' }),
  stop: msg('Stop', { id: 'common.listen-stop' }),
});
