import { CogDisclaimer } from './cog-disclaimer/cog-disclaimer.component.js';
import { SideEffectCard } from './side-effect-card/side-effect-card.component.js';
import { TherapyOverview } from './therapy-overview/therapy-overview.component.js';

export { CogDisclaimer, SideEffectCard, TherapyOverview };
export { VERSION } from './shared/version.js';

/** Every widget by tag name. Importing this module registers nothing. */
export const elements = {
  'therapy-overview': TherapyOverview,
  'side-effect-card': SideEffectCard,
  'cog-disclaimer': CogDisclaimer,
} as const;
