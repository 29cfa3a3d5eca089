import { defineElements } from '../shared/define.js';
import { SideEffectCard } from './side-effect-card.component.js';

export { SideEffectCard };

/** Registers <side-effect-card> on its own, for pages that need only this widget. */
defineElements({ 'side-effect-card': SideEffectCard });
