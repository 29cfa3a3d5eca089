import { CogDisclaimer } from '../cog-disclaimer/cog-disclaimer.component.js';
import { HowItWorks } from '../how-it-works/how-it-works.component.js';
import { defineElements } from '../shared/define.js';
import { SideEffectCard } from '../side-effect-card/side-effect-card.component.js';
import { TherapyOverview } from '../therapy-overview/therapy-overview.component.js';
import { TherapyPage } from './therapy-page.component.js';

export { TherapyPage };

/** Registers <therapy-page> and the widgets it is made of. */
defineElements({
  'therapy-page': TherapyPage,
  'therapy-overview': TherapyOverview,
  'how-it-works': HowItWorks,
  'side-effect-card': SideEffectCard,
  'cog-disclaimer': CogDisclaimer,
});
