/**
 * The library's version. Kept equal to `package.json` by a test, so two copies of the
 * library on one page can tell each other apart.
 */
export const VERSION = '0.1.0';
