// The embed builder: turns the settings in the form into the code a hospital pastes, and shows a
// preview built from that very code. Plain JavaScript and the browser's own controls, no build step;
// the release facts (version, integrity hash, topics, documented custom properties) come from
// release.json, which `npm run build` writes.

/**
 * The brand settings the builder offers: documented `--therapy-*` custom properties (see the
 * README's API reference). Their defaults and descriptions are read from the release, so only this
 * list needs to change when the properties do. `minContrast` is the WCAG AA contrast the colour
 * needs against the card's background.
 */
const THEME_CONTROLS = [
  { property: '--therapy-color-accent', label: 'Accent colour', kind: 'color', minContrast: 3 },
  { property: '--therapy-color-link', label: 'Link colour', kind: 'color', minContrast: 4.5 },
  { property: '--therapy-color-text', label: 'Text colour', kind: 'color', minContrast: 4.5 },
  { property: '--therapy-font-family', label: 'Font', kind: 'font' },
  { property: '--therapy-radius', label: 'Corner radius', kind: 'length', choices: ['0', '0.25em', '0.5em', '1em'] },
];

/** The card background that colours are checked against. */
const SURFACE_PROPERTY = '--therapy-color-surface';

/** Names editors know the widgets by; a widget missing here is listed by its tag. */
const WIDGET_NAMES = {
  'therapy-overview': 'Overview',
  'side-effect-card': 'Side effects',
  'cog-disclaimer': 'Disclaimer and credit',
};

/** Attributes the builder sets, in the order the code shows them, for widgets that have them. */
const ATTRIBUTE_ORDER = [
  'topic',
  'audience',
  'heading-level',
  'lang',
  'emergency-number',
  'organization',
  'publisher',
  'reviewed',
  'reviewed-by',
];

/** The attributes of the "Disclaimer details" fields, shown only for widgets that have them. */
const DETAIL_ATTRIBUTES = ['emergency-number', 'organization', 'publisher', 'reviewed', 'reviewed-by'];

// The same rule the disclaimer applies: digits and the separators people write in phone numbers.
const PHONE_NUMBER = /^\+?[\d\s().-]{1,30}$/;
// Font names and generic families; nothing that could end the style block or add a rule.
const FONT_LIST = /^[\p{L}\p{N} ,.'"_-]{1,200}$/u;

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippets = {
  main: document.getElementById('snippet-main'),
  page: document.getElementById('snippet-page'),
};

/** Text for an HTML attribute value in double quotes. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributesText(pairs) {
  return pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

/** `#abc` and `#AABBCC` as `#aabbcc`; the first hex colour in anything else, if there is one. */
function hexColour(value) {
  const match = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(value ?? '');
  if (!match) return undefined;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(first, second) {
  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function setProblem(input, problem, message) {
  problem.textContent = message ?? '';
  problem.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

async function loadRelease() {
  const response = await fetch(new URL('release.json', import.meta.url));
  if (!response.ok) throw new Error(`release.json: ${response.status}`);
  return response.json();
}

function widgetChoices(release) {
  const known = Object.keys(WIDGET_NAMES);
  const widgets = [...release.widgets].sort(
    (a, b) => (known.indexOf(a.tag) + 1 || Infinity) - (known.indexOf(b.tag) + 1 || Infinity),
  );
  const container = document.getElementById('widget-choices');
  widgets.forEach((widget, index) => {
    const input = element('input', { type: 'radio', name: 'widget', value: widget.tag, checked: index === 0 });
    const tag = element('code', { className: 'tag', textContent: `<${widget.tag}>` });
    container.append(
      element('label', { className: 'choice' }, [input, ` ${WIDGET_NAMES[widget.tag] ?? widget.tag} `, tag]),
    );
  });
  return new Map(widgets.map((widget) => [widget.tag, widget]));
}

function topicChoices(release) {
  const select = document.getElementById('topic');
  for (const topic of release.topics) {
    const label = topic.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
    select.append(element('option', { value: topic, textContent: label }));
  }
}

/** Builds the brand fields from THEME_CONTROLS; returns each with its input and default. */
function themeFields(release) {
  const documented = new Map(release.widgets.flatMap((widget) => widget.cssProperties.map((p) => [p.name, p])));
  const surface = hexColour(documented.get(SURFACE_PROPERTY)?.default) ?? '#ffffff';
  const container = document.getElementById('theme-fields');
  return THEME_CONTROLS.map((control) => {
    const property = documented.get(control.property);
    const id = `theme${control.property.replace(/^--therapy/, '')}`;
    const hint = element('p', { className: 'hint', id: `${id}-hint` }, [
      element('code', { textContent: control.property }),
      property ? `: ${property.description}` : ': not documented in this release.',
    ]);
    const problem = element('p', { className: 'problem-text', id: `${id}-problem`, hidden: true });
    let input;
    let fallback;
    if (control.kind === 'color') {
      fallback = hexColour(property?.default) ?? '#000000';
      input = element('input', { type: 'color', value: fallback });
    } else if (control.kind === 'length') {
      fallback = property?.default ?? control.choices[0];
      const choices = control.choices.includes(fallback) ? control.choices : [fallback, ...control.choices];
      input = element(
        'select',
        {},
        choices.map((value) =>
          element('option', { value, textContent: value === fallback ? `${value} (standard)` : value }),
        ),
      );
      input.value = fallback;
    } else {
      fallback = '';
      input = element('input', {
        type: 'text',
        autocomplete: 'off',
        spellcheck: false,
        placeholder: "'Source Sans 3', sans-serif",
      });
      hint.append(" Empty: the page's own font. The page must already load the font you name.");
    }
    Object.assign(input, { id, name: control.property });
    input.setAttribute('aria-describedby', `${hint.id} ${problem.id}`);
    const label = element('label', { htmlFor: id, textContent: control.label });
    container.append(element('div', { className: `field field-${control.kind}` }, [label, input, hint, problem]));
    return { control, input, fallback, problem, surface };
  });
}

/** The brand settings that differ from the widget's own look, after checking each value. */
function readTheme(fields) {
  const theme = [];
  for (const { control, input, fallback, problem, surface } of fields) {
    const value = input.value.trim();
    let message;
    if (control.kind === 'font' && value && !FONT_LIST.test(value)) {
      message = "Use font names, commas, spaces and quotes only, like 'Source Sans 3', sans-serif.";
    } else if (control.kind === 'color' && control.minContrast) {
      const ratio = contrast(value, surface);
      if (ratio < control.minContrast) {
        message = `Contrast with the card background is ${ratio.toFixed(1)}:1; it needs at least ${control.minContrast}:1 to be easy to see.`;
      }
    }
    setProblem(input, problem, message);
    const usable = control.kind !== 'font' || FONT_LIST.test(value);
    if (value && value !== fallback && usable) theme.push([control.property, value]);
  }
  return theme;
}

function readSettings(widgets, themeInputs) {
  const data = new FormData(form);
  const widget = widgets.get(data.get('widget'));
  const values = {
    topic: data.get('topic'),
    // Families is the widgets' own default, so only the children's version is written.
    audience: data.get('audience') === 'child' ? 'child' : '',
    'heading-level': data.get('heading-level'),
    lang: data.get('lang'),
  };
  for (const name of DETAIL_ATTRIBUTES) values[name] = String(data.get(name) ?? '').trim();

  const emergency = document.getElementById('emergency-number');
  const validNumber = PHONE_NUMBER.test(values['emergency-number']) && /\d/.test(values['emergency-number']);
  setProblem(
    emergency,
    document.getElementById('emergency-number-problem'),
    values['emergency-number'] && !validNumber
      ? 'The widget will show 911 instead. Use digits, spaces, +, - and brackets only.'
      : undefined,
  );

  const supported = new Set([...widget.attributes, 'lang']);
  // The widgets' own default need not be written: every widget calls 911 unless told otherwise.
  const written = (name) => values[name] && !(name === 'emergency-number' && values[name] === '911');
  const attributes = ATTRIBUTE_ORDER.filter((name) => supported.has(name) && written(name)).map((name) => [
    name,
    values[name],
  ]);
  return { tag: widget.tag, attributes, theme: readTheme(themeInputs), placement: data.get('placement') };
}

/** The code to copy: `main` always, and `page` (the CMS-safe div) for the CMS-safe placement. */
function buildSnippets(settings, release) {
  const script = `<script type="module" src="${release.scriptUrl}" integrity="${release.integrity}" crossorigin="anonymous"></script>`;
  // The topic's pack, fetched alongside the script rather than after it (README, quick start).
  const attribute = (name, fallback) => settings.attributes.find(([key]) => key === name)?.[1] ?? fallback;
  const pack = `${packsFolder(release)}${attribute('topic', 'targeted-therapy')}/${attribute('audience', 'family')}.${attribute('lang', 'en')}.json`;
  const preload = `<link rel="preload" as="fetch" crossorigin href="${pack}">`;
  const style = settings.theme.length
    ? `<style>\n  :root {\n${settings.theme.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n</style>`
    : '';
  if (settings.placement === 'placeholder') {
    // Site-wide template code: no preload, since not every page shows this topic.
    const setup = [script, style].filter(Boolean).join('\n');
    // The div's own `lang` is a standard attribute; the others are data- attributes.
    const pairs = settings.attributes.map(([name, value]) => [name === 'lang' ? name : `data-${name}`, value]);
    return { main: setup, page: `<div${attributesText([['data-therapy-widget', settings.tag], ...pairs])}></div>` };
  }
  const setup = [script, preload, style].filter(Boolean).join('\n');
  return { main: `${setup}\n<${settings.tag}${attributesText(settings.attributes)}></${settings.tag}>`, page: '' };
}

/** Where the packs of a release are: `packs/` beside its script. */
function packsFolder(release) {
  return new URL('packs/', release.scriptUrl).href;
}

/** The preview: a blank page holding the code, which loads the script and packs from this site. */
function previewPage(code, lang, release) {
  const localScript = new URL('../dist/therapy-widgets.js', import.meta.url).href;
  const runnable = code
    .replace(`src="${release.scriptUrl}"`, `src="${localScript}"`)
    .replace(`href="${packsFolder(release)}`, `href="${new URL('packs/', localScript).href}`);
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Preview</title>\n</head>\n<body>\n${runnable}\n</body>\n</html>\n`;
}

/** Keeps the preview as tall as the page in it, so it never needs its own scroll bar. */
function fitPreviewHeight() {
  let observer;
  preview.addEventListener('load', () => {
    observer?.disconnect();
    const frameWindow = preview.contentWindow;
    const root = preview.contentDocument?.documentElement;
    if (!frameWindow || !root) return;
    observer = new frameWindow.ResizeObserver(() => {
      preview.style.height = `${Math.ceil(root.getBoundingClientRect().height) + 2}px`;
    });
    observer.observe(root);
  });
}

/** Makes a code box as tall as its code, so all of it can be read without scrolling inside it. */
function fitCodeHeight(textarea) {
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

function showSnippet(box, code) {
  box.hidden = !code;
  const textarea = box.querySelector('textarea');
  textarea.value = code;
  fitCodeHeight(textarea);
  // What was copied before is no longer this code.
  const status = box.querySelector('.copy-status');
  status.textContent = '';
  status.className = 'copy-status';
}

function labelSnippets(placement) {
  const cmsSafe = placement === 'placeholder';
  document.getElementById('snippet-main-title').textContent = cmsSafe
    ? '1. Once per site, in the page template'
    : 'Paste this where the widget goes';
  document.getElementById('snippet-main-hint').textContent = cmsSafe
    ? "Your web team adds this to the site's page template once, for example before </body>. Every page can then use the div below."
    : "In your page's HTML, or in your CMS's HTML or code view. The script loads once per page, however many widgets you place.";
  snippets.main.querySelector('.copy').textContent = cmsSafe ? 'Copy the template code' : 'Copy the code';
}

async function copySnippet(button, settle) {
  // Settings typed a moment ago must be in the code that is copied.
  settle();
  const textarea = document.getElementById(button.dataset.copies);
  const status = button.parentElement.querySelector('.copy-status');
  status.className = 'copy-status';
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.classList.add('copied');
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard access (an older browser, or a page not served over HTTPS): select the code instead.
    textarea.focus();
    textarea.select();
    status.classList.add('copy-failed');
    status.textContent = 'Copying was blocked. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

async function start() {
  let release;
  try {
    release = await loadRelease();
  } catch (error) {
    const problem = document.getElementById('load-problem');
    problem.textContent = `The builder could not load its release details (${error.message}). Build the site with npm start.`;
    problem.hidden = false;
    return;
  }
  document.getElementById('release-version').textContent = `version ${release.version}`;
  const widgets = widgetChoices(release);
  topicChoices(release);
  const themeInputs = themeFields(release);
  fitPreviewHeight();

  const render = () => {
    const settings = readSettings(widgets, themeInputs);
    const supported = new Set(widgets.get(settings.tag).attributes);
    const details = document.getElementById('details');
    for (const field of details.querySelectorAll('[data-attribute]'))
      field.hidden = !supported.has(field.dataset.attribute);
    details.hidden = !DETAIL_ATTRIBUTES.some((name) => supported.has(name));
    labelSnippets(settings.placement);
    const code = buildSnippets(settings, release);
    showSnippet(snippets.main, code.main);
    showSnippet(snippets.page, code.page);
    preview.srcdoc = previewPage(
      [code.main, code.page].filter(Boolean).join('\n'),
      new FormData(form).get('lang'),
      release,
    );
  };

  // Typing and dragging a colour picker send many events; the preview reloads once they pause.
  let pending;
  const schedule = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      render();
    }, 150);
  };
  const settle = () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    render();
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('reset-theme').addEventListener('click', () => {
    for (const { input, fallback } of themeInputs) input.value = fallback;
    clearTimeout(pending);
    pending = undefined;
    render();
  });
  window.addEventListener('resize', () => {
    for (const textarea of document.querySelectorAll('.snippet textarea')) fitCodeHeight(textarea);
  });
  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', () => copySnippet(button, settle));
  }
  render();
  form.dataset.ready = '';
}

start();
