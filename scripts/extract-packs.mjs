// Writes or refreshes the XLIFF file translators work in, xliff/<id>.<audience>.<language>.xlf,
// for every English pack and every target language. Translations of unchanged English texts are
// kept; new and changed texts are left without a target, so the pack build stops until they are
// translated.
//
//   node scripts/extract-packs.mjs [--content src/content] [--xliff xliff] [--languages es]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { extractPack } from '../cli/translate.mjs';
import { englishPacks, targetLanguages } from './build-packs.mjs';

/**
 * @param {{ content: string, xliff: string, languages: string[] }} options
 * @returns {Promise<{ file: string, texts: number, kept: number }[]>}
 */
export async function extractPacks({ content, xliff, languages }) {
  const written = [];
  for (const { file } of englishPacks(content)) {
    written.push(...(await extractPack(JSON.parse(readFileSync(file, 'utf8')), { folder: xliff, languages })));
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'src/content' },
      xliff: { type: 'string', default: 'xliff' },
      languages: { type: 'string' },
    },
  });
  const languages = values.languages?.split(',').filter(Boolean) ?? targetLanguages();
  for (const { file, texts, kept } of await extractPacks({ ...values, languages })) {
    const todo = texts - kept;
    console.log(`${file}: ${texts} texts, ${todo === 0 ? 'all translated' : `${todo} to translate`}`);
  }
}
