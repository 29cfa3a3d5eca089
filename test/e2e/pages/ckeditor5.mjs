// A classic CKEditor 5 with the therapy widgets plugin, as a CMS would set it up. The tests drive
// it through `window.editorPage` (`create()`, `editor`); `?lang=es` starts it with a Spanish interface.
import { Bold, ClassicEditor, Essentials, GeneralHtmlSupport, Heading, Italic, Link, List, Paragraph } from 'ckeditor5';
import { TherapyWidgets } from 'therapy-widgets/ckeditor5';

const language = new URLSearchParams(location.search).get('lang') ?? 'en';
// English is built in; CKEditor refuses an empty `translations` list, so it is left out then.
const translations =
  language === 'es'
    ? { translations: [(await import('/node_modules/ckeditor5/dist/translations/es.js')).default] }
    : {};
const host = document.querySelector('#editor-host');
let editor;

/**
 * Replaces the page's editor with a new one holding `data`. Options: `widgets: false` leaves the
 * plugin out, `htmlSupport: true` adds General HTML Support allowing every element and attribute,
 * `topics` is the plugin's `therapyWidgets.topics` setting.
 */
async function create(data = '', { widgets = true, htmlSupport = false, topics } = {}) {
  // A new element each time: a destroyed editor writes its data back into the old one.
  await editor?.destroy();
  const element = document.createElement('div');
  host.replaceChildren(element);
  editor = await ClassicEditor.create(element, {
    licenseKey: 'GPL',
    language,
    ...translations,
    initialData: data,
    plugins: [
      Essentials,
      Paragraph,
      Heading,
      Bold,
      Italic,
      Link,
      List,
      ...(widgets ? [TherapyWidgets] : []),
      ...(htmlSupport ? [GeneralHtmlSupport] : []),
    ],
    toolbar: ['heading', '|', 'bold', 'italic', 'link', 'bulletedList', '|', 'undo', 'redo', '|', 'therapyWidget'],
    htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] },
    ...(topics ? { therapyWidgets: { topics } } : {}),
  });
  return editor;
}

window.editorPage = {
  create,
  get editor() {
    return editor;
  },
};
await create();
document.body.dataset.ready = 'true';
