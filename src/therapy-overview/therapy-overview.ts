import { defineElements } from '../shared/define.js';
import { TherapyOverview } from './therapy-overview.component.js';

export { TherapyOverview };

/** Registers <therapy-overview> on its own, for pages that need only this widget. */
defineElements({ 'therapy-overview': TherapyOverview });
