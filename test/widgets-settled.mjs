/**
 * Resolves once every widget on the page (`tags`), also those inside other widgets' shadow roots,
 * is defined, has its translation and pack, has rendered with nothing left to update, and the
 * page's fonts have loaded: the moment a picture of the page shows what readers see.
 *
 * Self-contained, so Playwright can run it in a page (`page.evaluate(widgetsSettled, tags)`) and
 * browser tests can import and call it.
 * @param {readonly string[]} tags
 */
export async function widgetsSettled(tags) {
  const selector = tags.join(', ');
  const widgetsIn = (root) =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      ...(element.matches(selector) ? [element] : []),
      ...(element.shadowRoot ? widgetsIn(element.shadowRoot) : []),
    ]);
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  // A widget that renders others (therapy-page) adds them as it renders: check again until no
  // widget appears and none has an update pending.
  for (;;) {
    const widgets = widgetsIn(document);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const now = widgetsIn(document);
    if (now.length === widgets.length && now.every((widget) => widget.hasUpdated && !widget.isUpdatePending)) break;
  }
  await document.fonts.ready;
}
