import type { WidgetTag } from './widgets.js';
import { CogDisclaimer } from './cog-disclaimer/cog-disclaimer.component.js';
import { HowItWorks } from './how-it-works/how-it-works.component.js';
import { SideEffectCard } from './side-effect-card/side-effect-card.component.js';
import { TherapyOverview } from './therapy-overview/therapy-overview.component.js';
import { TherapyPage } from './therapy-page/therapy-page.component.js';

export { CogDisclaimer, HowItWorks, SideEffectCard, TherapyOverview, TherapyPage };
export { VERSION } from './shared/version.js';
export { WIDGET_TAGS, type WidgetTag } from './widgets.js';

/** Every widget by tag name (the list in widgets.ts, no more, no less). Importing this module registers nothing. */
export const elements = {
  'therapy-overview': TherapyOverview,
  'how-it-works': HowItWorks,
  'side-effect-card': SideEffectCard,
  'cog-disclaimer': CogDisclaimer,
  'therapy-page': TherapyPage,
} satisfies Record<WidgetTag, CustomElementConstructor>;
export { addTopic, registerPack, setPackFolder } from './content/registry.js';
export { checkPack, PackProblem } from './content/check.js';
export type * from './content/types.js';
