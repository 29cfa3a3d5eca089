// Functions the benchmark runs inside the page (passed to `page.evaluate` or added as a script),
// so they may use only the browser's globals, never this module's imports.

/**
 * Turns the rendered widgets into plain HTML and one stylesheet: each shadow root's nodes,
 * cloned, with slots replaced by what they show and Lit's marker comments dropped, inside a
 * `<div class="tag-name">` standing for the host; and each shadow stylesheet with `:host` turned
 * into those classes and every other selector scoped under them.
 */
export function serializeWidgets(tags) {
  const widgets = [...document.querySelectorAll(tags.join(','))];
  const sheets = new Map();
  for (const widget of widgets) {
    for (const sheet of widget.shadowRoot.adoptedStyleSheets) {
      if (!sheets.has(sheet)) sheets.set(sheet, new Set());
      sheets.get(sheet).add(widget.localName);
    }
  }
  const scopeSelector = (selector, scope) => {
    const trimmed = selector.trim();
    const host = /^:host(?:\((.*)\))?(.*)$/.exec(trimmed);
    if (host) return `${scope}${host[1] ?? ''}${host[2]}`;
    return `${scope} ${trimmed}`;
  };
  const rewrite = (rules, scope) =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSStyleRule) {
          const selectors = rule.selectorText.split(',').map((selector) => scopeSelector(selector, scope));
          return `${selectors.join(', ')} { ${rule.style.cssText} }`;
        }
        if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText} {\n${rewrite(rule.cssRules, scope)}\n}`;
        return rule.cssText;
      })
      .join('\n');
  const css = [...sheets]
    .map(([sheet, users]) => {
      const classes = [...users].map((tag) => `.${tag}`);
      return rewrite(sheet.cssRules, classes.length === 1 ? classes[0] : `:is(${classes.join(', ')})`);
    })
    .join('\n');
  const html = widgets
    .map((widget) => {
      const host = document.createElement('div');
      host.className = widget.localName;
      for (const child of widget.shadowRoot.childNodes) host.append(child.cloneNode(true));
      const comments = document.createTreeWalker(host, NodeFilter.SHOW_COMMENT);
      const drop = [];
      while (comments.nextNode()) drop.push(comments.currentNode);
      for (const comment of drop) comment.remove();
      for (const slot of host.querySelectorAll('slot')) slot.replaceWith(...slot.childNodes);
      return host.outerHTML;
    })
    .join('\n');
  // The same shadow trees as declarative shadow DOM, each with its styles in a <style>: what
  // rendering the widgets ahead of time (server-side or at build time) would put in the page.
  const prerendered = widgets
    .map((widget) => {
      const styles = widget.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
      const tree = widget.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      const attributes = [...widget.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('');
      return `<${widget.localName}${attributes}><template shadowrootmode="open"><style>${styles}</style>${tree}</template></${widget.localName}>`;
    })
    .join('\n');
  const text = widgets.map((widget) => textOf(widget.shadowRoot)).join(' ');
  return { css, html, prerendered, text };
}

/**
 * The text under `root`, scripts left out, with spaces collapsed. Text nodes next to each other
 * (Lit splits `${n}.` into two, the static page has one) join without a space; elements are
 * separated by one.
 */
export function textOf(root) {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.ELEMENT_NODE) text += ' ';
    else if (node.parentElement?.localName !== 'script') text += node.data;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One rendered `<side-effect-card>` as a plain tree: `{ tag, svg, attributes, children }` with
 * text as strings, slots replaced by what they show and comments dropped.
 */
export async function cardTree(lang) {
  const card = document.createElement('side-effect-card');
  card.lang = lang;
  document.body.append(card);
  await card.updateComplete;
  const toTree = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
    if (node.localName === 'slot') return { fragment: [...node.childNodes].map(toTree).filter((c) => c !== undefined) };
    return {
      tag: node.localName,
      svg: node.namespaceURI === 'http://www.w3.org/2000/svg',
      attributes: [...node.attributes].map((attribute) => [attribute.name, attribute.value]),
      children: [...node.childNodes].map(toTree).filter((child) => child !== undefined),
    };
  };
  const flatten = (children) => children.flatMap((child) => (child.fragment ? flatten(child.fragment) : [child]));
  const fix = (node) => (typeof node === 'string' ? node : { ...node, children: flatten(node.children).map(fix) });
  const tree = flatten([...card.shadowRoot.childNodes].map(toTree).filter((c) => c !== undefined)).map(fix);
  card.remove();
  return tree;
}
