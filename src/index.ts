import { elements } from './classes.js';
import { defineElements } from './shared/define.js';
import { upgradePlaceholdersOnDemand } from './shared/placeholders-on-demand.js';
import { PLACEHOLDER_ATTRIBUTE, PRERENDERED_ATTRIBUTE } from './widgets.js';

export * from './classes.js';

/** Registers every widget, and turns `data-therapy-widget` placeholders into widgets. */
const start = (): void => {
  defineElements(elements);
  upgradePlaceholdersOnDemand(Object.keys(elements));
};

// When every widget in the page is pre-rendered, it is all on screen already: the browser paints
// it first, and the widgets take it over just after (a frame later, or at most 100 ms where frames
// are paused, as in a tab in the background). Otherwise they start now. This module is also the
// entry of the script-tag bundle.
const prerendered = `[${PRERENDERED_ATTRIBUTE}]`;
const toRender = `:is(${Object.keys(elements).join()}):not(${prerendered}), [${PLACEHOLDER_ATTRIBUTE}]`;
if (document.querySelector(prerendered) && !document.querySelector(toRender)) {
  let started = false;
  const once = (): void => {
    if (!started) start();
    started = true;
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
} else {
  start();
}
