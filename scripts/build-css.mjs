// Writes the optional stylesheets next to the bundle: the named themes in dist/themes/ and the
// space-holding sheet dist/therapy-widgets.css. Their text comes from src/shared/stylesheets.ts
// (compiled by `npm run build:lib` first), so every default stays in src/shared/tokens.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { placeholderStylesheet, themeStylesheet, themes } from '../dist/shared/stylesheets.js';

mkdirSync('dist/themes', { recursive: true });
for (const theme of themes) writeFileSync(`dist/themes/${theme.name}.css`, themeStylesheet(theme));
writeFileSync('dist/therapy-widgets.css', placeholderStylesheet());
