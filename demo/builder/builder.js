// The embed builder: turns the settings in the form into the code a hospital pastes, in one of three
// forms (script and element, pre-rendered HTML, CMS-safe placeholder holding the text), and shows a
// preview built from that very code. Plain JavaScript and the browser's own controls, no build step;
// the release facts (version, integrity hash, topics, documented custom properties) come from
// release.json, which `npm run build` writes.

/**
 * The brand settings the builder offers: the README's five brand tokens. Their defaults and
 * descriptions are read from the release, so only this list needs to change when the tokens do.
 * `minContrast` is the WCAG AA contrast the colour needs against the card, on light and on dark
 * pages: the accent colours links, so it is held to the contrast of text.
 */
const THEME_CONTROLS = [
  { property: '--therapy-color-accent', label: 'Accent colour', kind: 'color', minContrast: 4.5 },
  { property: '--therapy-font-family', label: 'Font', kind: 'font' },
  { property: '--therapy-heading-font-family', label: 'Heading font', kind: 'font' },
  { property: '--therapy-radius', label: 'Corner radius', kind: 'length', choices: ['0', '0.25em', '0.5em', '1em'] },
  {
    property: '--therapy-space',
    label: 'Space inside the card',
    kind: 'length',
    choices: ['0.75em', '1em', '1.25em', '1.5em'],
  },
];

/** The card background that colours are checked against. */
const SURFACE_PROPERTY = '--therapy-color-surface';

/** Names editors know the widgets by, in the order they are offered. */
const WIDGET_NAMES = {
  'therapy-page': 'The whole topic on one page',
  'therapy-overview': 'Overview',
  'how-it-works': 'How it works, in pictures',
  'side-effect-card': 'Side effects',
  'cog-disclaimer': 'Disclaimer and credit',
};

/** Where the script is unless the hospital says otherwise: its own site, not a CDN. */
const DEFAULT_SCRIPT_URL = '/therapy-widgets/therapy-widgets.js';
// A path on the hospital's site or an https address of a .js file; nothing that could end the attribute.
const SCRIPT_URL = /^(https:\/\/[^\s"'<>]+|\/[^\s"'<>]*)\.js$/;

/** What each way of placing a widget is for, said once above the code. */
const FORMS = {
  element:
    "Script and element: paste the template code once, then the widget's tag where it goes. It shows only with JavaScript on.",
  prerendered:
    'Pre-rendered: the finished widget as HTML for page templates and static sites. Readers see the same text with JavaScript on or off; the script makes it interactive.',
  placeholder:
    "CMS-safe, with the text inside. For editors: a plain <div> your CMS keeps, holding the widget's text. Readers see the same text with JavaScript on or off; with it on, the script shows the widget in its place.",
};

/** Guides on the docs site that the hints link to, from this page. */
const GUIDES = {
  noLayoutShift: '../docs/performance.html#no-layout-shift',
  install: '../docs/authors.html',
};

/** What the template code is, for a pre-rendered widget and for the other forms (text, and links). */
const HEAD_HINTS = {
  prerendered: [
    'The script, which takes the pre-rendered widgets over. Nothing waits for it: the widgets show before it arrives, in their own space.',
  ],
  other: [
    'The script with blocking="render" and the stylesheet that holds each widget\'s space, so the page does not move when widgets appear (',
    { text: 'No layout shift', href: GUIDES.noLayoutShift },
    ').',
  ],
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
  'listen',
];

/**
 * Attributes that are on or off (written bare, or `data-…=""` on a placeholder, as the command writes
 * them) and leave the widget's text as it is, so the file the build wrote takes them as they are.
 */
const SWITCHES = ['listen'];

/** The attributes of the "Disclaimer details" fields, shown only for widgets that have them. */
const DETAIL_ATTRIBUTES = ['emergency-number', 'organization', 'publisher', 'reviewed', 'reviewed-by'];

// The same rule the disclaimer applies: digits and the separators people write in phone numbers.
const PHONE_NUMBER = /^\+?[\d\s().-]{1,30}$/;
// Font names and generic families; nothing that could end the style block or add a rule.
const FONT_LIST = /^[\p{L}\p{N} ,.'"_-]{1,200}$/u;

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippets = {
  head: document.getElementById('snippet-head'),
  brand: document.getElementById('snippet-brand'),
  page: document.getElementById('snippet-page'),
};

/** Text for an HTML attribute value in double quotes. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attributes as HTML: `[name, text]`, or `[name, true]` for a switch that is on, written bare. */
function attributesText(pairs) {
  return pairs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/**
 * Code the build wrote, with `pairs` added to its first tag (the widget's, or its placeholder's).
 * The first `>` ends that tag: the build escapes every `>` in an attribute value.
 */
function withAttributes(code, pairs) {
  const end = code.indexOf('>');
  return `${code.slice(0, end)}${attributesText(pairs)}${code.slice(end)}`;
}

/**
 * The colours of a value as `#rrggbb`, light then dark: `light-dark(#005ea5, #7dbbf2)` gives both,
 * a single colour is both.
 */
function hexColours(value) {
  const found = [...(value ?? '').matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)].map(([, hex]) => {
    const lower = hex.toLowerCase();
    return `#${lower.length === 3 ? [...lower].map((digit) => digit + digit).join('') : lower}`;
  });
  return found.length ? [found[0], found[1] ?? found[0]] : undefined;
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

/** A hint's content: strings as text, and `{ text, href }` as links. */
function hintContent(parts) {
  return parts.map((part) =>
    typeof part === 'string' ? part : element('a', { href: part.href, textContent: part.text }),
  );
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
  widgets.forEach((widget) => {
    const input = element('input', {
      type: 'radio',
      name: 'widget',
      value: widget.tag,
      checked: widget.tag === 'therapy-overview',
    });
    const tag = element('code', { className: 'tag', textContent: `<${widget.tag}>` });
    // A widget this list does not know yet is named by its summary from the manifest.
    const name = WIDGET_NAMES[widget.tag] ?? widget.summary ?? widget.tag;
    container.append(element('label', { className: 'choice' }, [input, ` ${name} `, tag]));
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

/** A field with its label, hint and problem line, added to the brand settings. */
function themeField(id, label, input, hintChildren) {
  const hint = element('p', { className: 'hint', id: `${id}-hint` }, hintChildren);
  const problem = element('p', { className: 'problem-text', id: `${id}-problem`, hidden: true });
  Object.assign(input, { id });
  input.setAttribute('aria-describedby', `${hint.id} ${problem.id}`);
  const kind = input.type === 'color' ? 'color' : input.localName === 'select' ? 'length' : 'font';
  document
    .getElementById('theme-fields')
    .append(
      element('div', { className: `field field-${kind}` }, [
        element('label', { htmlFor: id, textContent: label }),
        input,
        hint,
        problem,
      ]),
    );
  return problem;
}

/** Builds the brand fields from THEME_CONTROLS; returns each with its inputs and defaults. */
function themeFields(release) {
  const documented = new Map(release.widgets.flatMap((widget) => widget.cssProperties.map((p) => [p.name, p])));
  const surfaces = hexColours(documented.get(SURFACE_PROPERTY)?.default) ?? ['#ffffff', '#17212b'];
  return THEME_CONTROLS.map((control) => {
    const property = documented.get(control.property);
    const id = `theme${control.property.replace(/^--therapy/, '')}`;
    const about = [
      element('code', { textContent: control.property }),
      property ? `: ${property.description}` : ': not documented in this release.',
    ];
    if (control.kind === 'color') {
      // One colour for light pages and one for dark ones, written as light-dark().
      const fallbacks = hexColours(property?.default) ?? ['#000000', '#ffffff'];
      const inputs = fallbacks.map((fallback) => element('input', { type: 'color', value: fallback }));
      const problems = [
        themeField(id, `${control.label} on light pages`, inputs[0], about),
        themeField(`${id}-dark`, `${control.label} on dark pages`, inputs[1], [
          'Used where the page is dark (',
          element('code', { textContent: 'color-scheme: dark' }),
          '), against the dark card.',
        ]),
      ];
      return { control, inputs, fallbacks, problems, surfaces };
    }
    let input;
    let fallback;
    if (control.kind === 'length') {
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
      about.push(
        control.property === '--therapy-font-family'
          ? " Empty: the page's own font. The page must already load the font you name."
          : ' Empty: the text font.',
      );
    }
    const problem = themeField(id, control.label, input, about);
    return { control, inputs: [input], fallbacks: [fallback], problems: [problem], surfaces };
  });
}

/** The brand settings that differ from the widget's own look, after checking each value. */
function readTheme(fields) {
  const theme = [];
  for (const { control, inputs, fallbacks, problems, surfaces } of fields) {
    const values = inputs.map((input) => input.value.trim());
    values.forEach((value, index) => {
      let message;
      if (control.kind === 'font' && value && !FONT_LIST.test(value)) {
        message = "Use font names, commas, spaces and quotes only, like 'Source Sans 3', sans-serif.";
      } else if (control.kind === 'color' && control.minContrast) {
        const ratio = contrast(value, surfaces[index]);
        const page = index === 0 ? 'light' : 'dark';
        if (ratio < control.minContrast) {
          message = `Contrast with the ${page} card is ${ratio.toFixed(1)}:1; text and links need at least ${control.minContrast}:1.`;
        }
      }
      setProblem(inputs[index], problems[index], message);
    });
    if (control.kind === 'color') {
      if (values.some((value, index) => value !== fallbacks[index]))
        theme.push([control.property, `light-dark(${values[0]}, ${values[1]})`]);
    } else if (values[0] && values[0] !== fallbacks[0] && (control.kind !== 'font' || FONT_LIST.test(values[0]))) {
      theme.push([control.property, values[0]]);
    }
  }
  return theme;
}

/** The script's address as typed, or the default while what is typed is not a usable address. */
function readScriptUrl() {
  const input = document.getElementById('script-url');
  const value = input.value.trim();
  const usable = SCRIPT_URL.test(value);
  setProblem(
    input,
    document.getElementById('script-url-problem'),
    usable
      ? undefined
      : `Use a path on your site or an https address ending in .js. The code uses ${DEFAULT_SCRIPT_URL} meanwhile.`,
  );
  return usable ? value : DEFAULT_SCRIPT_URL;
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
  for (const name of SWITCHES) values[name] = data.has(name);
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
  return {
    tag: widget.tag,
    topic: values.topic,
    audience: data.get('audience') === 'child' ? 'child' : 'family',
    lang: values.lang,
    attributes,
    theme: readTheme(themeInputs),
    placement: data.get('placement'),
    scriptUrl: readScriptUrl(),
  };
}

/** The settings that change a widget's text from what the build wrote with default settings. */
function textChanges(settings) {
  return settings.attributes.filter(
    ([name, value]) =>
      !['topic', 'audience', 'lang', ...SWITCHES].includes(name) && !(name === 'heading-level' && value === '2'),
  );
}

/**
 * The switches that are on, to add to the file the build wrote: as the widget's attributes, or as
 * the placeholder's (`data-` before the name, on with an empty value).
 */
function switchesOn(settings, kind) {
  const on = settings.attributes.filter(([name]) => SWITCHES.includes(name));
  return kind === 'fallback' ? on.map(([name]) => [`data-${name}`, '']) : on;
}

/** A value for a shell command line, quoted when it needs to be. */
const shellWord = (value) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/** The command that writes the code for settings the build did not write a file for. */
function command(verb, settings) {
  const options = [
    ['topic', settings.topic],
    ['lang', settings.lang],
    ['audience', settings.audience],
    ...settings.attributes.filter(([name]) => !['topic', 'audience', 'lang'].includes(name)),
  ];
  const words = options.map(([name, value]) => (value === true ? `--${name}` : `--${name} ${shellWord(value)}`));
  return `npx therapy-widgets ${verb} ${settings.tag} ${words.join(' ')}`;
}

/** The file the build wrote for a widget with default settings, fetched once; undefined if there is none. */
const builtFiles = new Map();
function builtFile(kind, settings, release) {
  if (!release.built?.[kind]) return undefined;
  const path = `../dist/${kind}/${settings.topic}/${settings.audience}.${settings.lang}/${settings.tag}.html`;
  if (!builtFiles.has(path)) {
    builtFiles.set(
      path,
      fetch(new URL(path, import.meta.url))
        .then((response) => (response.ok ? response.text() : undefined))
        .then(
          (text) => text?.trim(),
          () => undefined,
        ),
    );
  }
  return builtFiles.get(path);
}

/**
 * The code to copy: `head` (template code), `brand` (the brand stylesheet, if any) and `page`
 * (where the widget goes), which is a command to run when the build wrote no file for these settings.
 */
async function buildSnippets(settings, release) {
  const folder = settings.scriptUrl.replace(/[^/]*$/, '');
  const brand = settings.theme.length
    ? `:root {\n${settings.theme.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`
    : '';
  // A pre-rendered widget shows before the script and takes its own space, so its page neither
  // waits for the script nor holds widgets' space (docs/prerendering.md); the other forms do both.
  const prerendered = settings.placement === 'prerendered';
  const head = [
    prerendered ? '' : `<link rel="stylesheet" href="${escapeAttribute(folder)}therapy-widgets.css">`,
    brand ? `<link rel="stylesheet" href="${escapeAttribute(folder)}brand.css">` : '',
    `<script type="module" src="${escapeAttribute(settings.scriptUrl)}" integrity="${release.integrity}" crossorigin="anonymous"${prerendered ? '' : ' blocking="render"'}></script>`,
  ]
    .filter(Boolean)
    .join('\n');
  const element = `<${settings.tag}${attributesText(settings.attributes)}></${settings.tag}>`;
  if (settings.placement === 'element') {
    // The topic's pack, fetched alongside the script rather than after it (README, quick start).
    const pack = `${folder}packs/${settings.topic}/${settings.audience}.${settings.lang}.json`;
    const preload = `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(pack)}">`;
    return { head, brand, page: `${preload}\n${element}`, element };
  }
  const [kind, verb] = settings.placement === 'prerendered' ? ['prerendered', 'render'] : ['fallback', 'fallback'];
  const changed = textChanges(settings).length > 0;
  const file = changed ? undefined : await builtFile(kind, settings, release);
  if (file) return { head, brand, page: withAttributes(file, switchesOn(settings, kind)), element };
  return { head, brand, page: '', command: command(verb, settings), changed, element };
}

/** The preview: a blank page holding the code, loading the script, its files and the brand from this site. */
function previewPage(code, settings, brandUrl) {
  const local = new URL('../dist/therapy-widgets.js', import.meta.url).href;
  const folder = settings.scriptUrl.replace(/[^/]*$/, '');
  const localFolder = new URL('./', local).href;
  const head = code.head
    .replace(`src="${escapeAttribute(settings.scriptUrl)}"`, `src="${local}"`)
    .replace(`href="${escapeAttribute(folder)}brand.css"`, `href="${brandUrl}"`)
    .replaceAll(`href="${escapeAttribute(folder)}`, `href="${localFolder}`);
  const body = (code.command ? code.element : code.page).replaceAll(
    `href="${escapeAttribute(folder)}`,
    `href="${localFolder}`,
  );
  return `<!doctype html>\n<html lang="${settings.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Preview</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
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

/**
 * Gives each code box (a `.snippet` with its title and hint) its read-only code and a copy button
 * named by the box's `data-copy-label`, with a line that says whether copying worked.
 */
function codeBoxes() {
  for (const box of Object.values(snippets)) {
    const code = element('textarea', {
      id: `${box.id}-text`,
      className: 'code',
      readOnly: true,
      spellcheck: false,
      autocomplete: 'off',
    });
    code.setAttribute('aria-labelledby', `${box.id}-title`);
    code.setAttribute('aria-describedby', `${box.id}-hint`);
    const copy = element('button', { type: 'button', className: 'copy', textContent: box.dataset.copyLabel });
    copy.dataset.copies = code.id;
    const status = element('p', { className: 'copy-status' });
    status.setAttribute('role', 'status');
    box.append(code, element('div', { className: 'copy-row' }, [copy, status]));
  }
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

/** Titles and hints of the code boxes for the form chosen. */
function labelSnippets(settings, code) {
  document.getElementById('form-explanation').textContent = FORMS[settings.placement];
  document
    .getElementById('snippet-head-hint')
    .replaceChildren(...hintContent(HEAD_HINTS[settings.placement === 'prerendered' ? 'prerendered' : 'other']));
  const title = document.getElementById('snippet-page-title');
  const hint = document.getElementById('snippet-page-hint');
  const copy = snippets.page.querySelector('.copy');
  const step = settings.theme.length ? 3 : 2;
  if (code.command) {
    title.textContent = `${step}. Run this command for the code of the page`;
    const why = code.changed
      ? 'Your settings change the text, so its HTML comes from this command'
      : 'This build has no file for these settings, so the HTML comes from this command';
    hint.replaceChildren(
      ...hintContent([
        `${why}, run in a project where therapy-widgets is installed (it is not on npm yet: `,
        { text: 'how to install it', href: GUIDES.install },
        '). Paste what it prints where the widget goes. The preview shows the widget itself.',
      ]),
    );
    copy.textContent = 'Copy the command';
  } else {
    title.textContent = `${step}. In the page, where the widget goes`;
    hint.textContent = {
      element: "In your page's HTML, or in your CMS's HTML or code view.",
      prerendered: 'In the page template or static page, where the widget goes.',
      placeholder:
        "In your CMS's HTML or source view. CMS filters keep it: a div with data- attributes and plain text.",
    }[settings.placement];
    copy.textContent = 'Copy the code';
  }
}

async function copySnippet(button, settle) {
  // Settings typed a moment ago must be in the code that is copied.
  await settle();
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
  codeBoxes();
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

  document.getElementById('cdn-address').textContent = release.cdnScriptUrl;
  let brandUrl = '';
  // Settings change faster than files arrive: only the latest render writes the code.
  let latest = 0;
  const render = async () => {
    const run = ++latest;
    const settings = readSettings(widgets, themeInputs);
    const supported = new Set(widgets.get(settings.tag).attributes);
    const details = document.getElementById('details');
    for (const field of details.querySelectorAll('[data-attribute]'))
      field.hidden = !supported.has(field.dataset.attribute);
    details.hidden = !DETAIL_ATTRIBUTES.some((name) => supported.has(name));
    const code = await buildSnippets(settings, release);
    if (run !== latest) return;
    labelSnippets(settings, code);
    showSnippet(snippets.head, code.head);
    showSnippet(snippets.brand, code.brand);
    showSnippet(snippets.page, code.command ?? code.page);
    // The brand stylesheet as the preview loads it: a file of its own, as on the hospital's site.
    if (brandUrl) URL.revokeObjectURL(brandUrl);
    brandUrl = URL.createObjectURL(new Blob([code.brand], { type: 'text/css' }));
    preview.srcdoc = previewPage(code, settings, brandUrl);
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
  const settle = async () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    await render();
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('reset-theme').addEventListener('click', () => {
    for (const { inputs, fallbacks } of themeInputs) inputs.forEach((input, index) => (input.value = fallbacks[index]));
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
  await render();
  form.dataset.ready = '';
}

start();
