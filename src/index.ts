import { elements } from './classes.js';
import { defineElements } from './shared/define.js';

export * from './classes.js';

/** Registers every widget; this module is also the entry of the script-tag bundle. */
defineElements(elements);
