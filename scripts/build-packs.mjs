// Builds the content packs the widgets fetch: every English pack in src/content/<id>/ is checked
// against the schema and written minified to dist/packs/<id>/; for every target language its
// translation is made from xliff/<id>.<audience>.<language>.xlf, checked, and written beside it.
// Any problem stops the build, with the file and the unit it is about.
//
//   node scripts/build-packs.mjs [--content src/content] [--xliff xliff] [--out dist/packs] [--languages es]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildPack } from '../cli/translate.mjs';

/** The languages the widgets are translated into, from the localization settings. */
export function targetLanguages() {
  return JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
}

/**
 * The English packs in a content folder, as `<id>/<audience>.en.json` paths.
 * @param {string} content
 * @returns {{ file: string, id: string, audience: string }[]}
 */
export function englishPacks(content) {
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(content, folder.name))
        .filter((name) => name.endsWith('.en.json'))
        .sort()
        .map((name) => ({ file: join(content, folder.name, name), id: folder.name, audience: name.split('.')[0] })),
    );
}

/**
 * @param {{ content: string, xliff: string, out: string, languages: string[] }} options
 * @returns {Promise<{ built: string[], problems: string[] }>}
 */
export async function buildPacks({ content, xliff, out, languages }) {
  const built = [];
  const problems = [];
  for (const { file, id, audience } of englishPacks(content)) {
    const english = JSON.parse(readFileSync(file, 'utf8'));
    if (english.id !== id || english.audience !== audience || english.language !== 'en') {
      problems.push(`${file}: its id, audience and language must be "${id}", "${audience}" and "en", as its path says`);
      continue;
    }
    const result = await buildPack(file, english, { xliff, out, languages, extractCommand: 'npm run packs:extract' });
    built.push(...result.built);
    problems.push(...result.problems);
  }
  return { built, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'src/content' },
      xliff: { type: 'string', default: 'xliff' },
      out: { type: 'string', default: 'dist/packs' },
      languages: { type: 'string' },
    },
  });
  const languages = values.languages?.split(',').filter(Boolean) ?? targetLanguages();
  const { built, problems } = await buildPacks({ ...values, languages });
  if (problems.length > 0) {
    console.error(`Content packs not built:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`Built ${built.length} content packs in ${values.out}`);
  }
}
