import { defineElements } from '../shared/define.js';
import { CogDisclaimer } from './cog-disclaimer.component.js';

export { CogDisclaimer };

/** Registers <cog-disclaimer> on its own, for pages that need only this widget. */
defineElements({ 'cog-disclaimer': CogDisclaimer });
