// Removes build output, so every build starts from nothing.
import { rmSync } from 'node:fs';

for (const path of ['dist', 'dist-site', 'custom-elements.json']) rmSync(path, { recursive: true, force: true });
