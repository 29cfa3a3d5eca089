import { defineElements } from '../shared/define.js';
import { HowItWorks } from './how-it-works.component.js';

export { HowItWorks };

/** Registers <how-it-works> on its own, for pages that need only this widget. */
defineElements({ 'how-it-works': HowItWorks });
