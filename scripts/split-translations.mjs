// Splits the translations that `lit-localize build` writes (src/generated/locales/<locale>.ts) by
// audience: the widgets' words for children (message ids with a `child` part, such as
// `disclaimer.child.title`) move to `<locale>.child.ts`, which only pages showing text for children
// load, so the other pages never download them. Run right after `lit-localize build` (npm run
// localize:build); src/generated/ is not committed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const LOCALES = 'src/generated/locales';

/** Whether a message id belongs to the words for children. */
export const isChildrensWord = (id) => id.split('.').includes('child');

/**
 * The generated module `source` as two: `main` without the children's words and `child` with only
 * them, each the same module otherwise (its imports, its `templates` export).
 */
export function splitTranslations(source) {
  const file = ts.createSourceFile('locale.ts', source, ts.ScriptTarget.Latest, true);
  let templates;
  file.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'templates') templates = node.initializer;
    else node.forEachChild(find);
  });
  if (!templates || !ts.isObjectLiteralExpression(templates)) throw new Error('no `templates` object found');
  const entries = templates.properties.map((property) => ({
    id: ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(),
    text: property.getText(),
  }));
  const head = source.slice(0, templates.getStart() + 1);
  const tail = source.slice(templates.getEnd() - 1);
  const module = (kept) => `${head}\n${kept.map((entry) => `${entry.text},`).join('\n')}\n${tail}`;
  const child = entries.filter((entry) => isChildrensWord(entry.id));
  return {
    main: module(entries.filter((entry) => !isChildrensWord(entry.id))),
    child: child.length > 0 ? module(child) : undefined,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of readdirSync(LOCALES).filter((file) => /^[a-z-]+\.ts$/i.test(file))) {
    const { main, child } = splitTranslations(readFileSync(`${LOCALES}/${name}`, 'utf8'));
    // Split already (the script ran twice since lit-localize wrote the file): nothing to move.
    if (!child) continue;
    writeFileSync(`${LOCALES}/${name}`, main);
    writeFileSync(`${LOCALES}/${name.replace(/\.ts$/, '.child.ts')}`, child);
  }
}
