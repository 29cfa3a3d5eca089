import { elements } from './classes.js';
import { defineElements } from './shared/define.js';
import { upgradePlaceholdersOnDemand } from './shared/placeholders-on-demand.js';

export * from './classes.js';

/**
 * Registers every widget, and turns `data-therapy-widget` placeholders (the CMS-safe form) into
 * widgets; this module is also the entry of the script-tag bundle.
 */
defineElements(elements);
upgradePlaceholdersOnDemand(Object.keys(elements));
