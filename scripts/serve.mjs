// A static file server: the demo site is plain files, as a hospital would host them anywhere.
// `node scripts/serve.mjs [folder]` serves a folder (default: the built site, dist-site/) on PORT
// (default 8000); a folder's address serves its index.html. Tests import `startServer` to serve
// pages with extra headers, such as a Content-Security-Policy.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xlf': 'application/xml; charset=utf-8',
};

/**
 * Serves `root` on `port` (0 picks a free one). `headers(pathname)` may add response headers.
 * Resolves to `{ server, url }`, where `url` ends with a slash.
 */
export function startServer({ root = 'dist-site', port = 0, headers = () => ({}) } = {}) {
  const base = resolve(root);

  function find(urlPath) {
    const path = normalize(join(base, decodeURIComponent(urlPath)));
    // Never outside the served folder, not even into a sibling whose name starts the same.
    if (path !== base && !path.startsWith(base + sep)) return undefined;
    try {
      return { path, directory: statSync(path).isDirectory() };
    } catch {
      return undefined;
    }
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = find(pathname);
    if (found?.directory && !pathname.endsWith('/')) {
      // Relative links in a folder's index.html need the trailing slash.
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = found?.directory ? find(join(pathname, 'index.html'))?.path : found?.path;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers(pathname),
    });
    createReadStream(file).pipe(response);
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () => {
      resolveStart({ server, url: `http://localhost:${server.address().port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist-site';
  const port = Number(process.env.PORT ?? 8000);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`Nothing to serve: ${root}/ does not exist. Run npm run build first.`);
    process.exit(1);
  }
  try {
    const { url } = await startServer({ root, port });
    console.log(`Demo site: ${url}`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use. Choose another: PORT=8001 npm start` : error);
    process.exit(1);
  }
}
