// A static file server: the demo site is plain files, as a hospital would host them anywhere.
// `node scripts/serve.mjs [folder]` serves a folder (default: the built site, dist-site/) on PORT
// (default 8000); a folder's address serves its index.html. Tests import `startServer` to serve
// pages with extra headers, such as a Content-Security-Policy.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

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
 * A compressing stream for a text response, as web servers send text: brotli where the browser
 * accepts it (at quality 5, a usual setting for compressing on the fly), else gzip, else none.
 */
function compressor(request, type) {
  if (!/^(text\/|application\/json|image\/svg)/.test(type)) return undefined;
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT };
    return { encoding: 'br', stream: createBrotliCompress({ params }) };
  }
  if (/\bgzip\b/.test(accepted)) return { encoding: 'gzip', stream: createGzip() };
  return undefined;
}

/**
 * Serves `root` on `port` (0 picks a free one). `headers(pathname)` may add response headers.
 * With `compress`, text is sent compressed as a production web server sends it. Resolves to
 * `{ server, url }`, where `url` ends with a slash.
 */
export function startServer({ root = 'dist-site', port = 0, headers = () => ({}), compress = false } = {}) {
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
    let pathname;
    let found;
    try {
      // The request's path, read as a path even when it starts with `//`.
      ({ pathname } = new URL(`http://localhost${request.url ?? '/'}`));
      found = find(pathname);
    } catch {
      // A path that is not a URL path, or with a broken %-escape: refused, and the server goes on.
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
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
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressed = compress ? compressor(request, type) : undefined;
    response.writeHead(200, {
      'content-type': type,
      ...(compressed && { 'content-encoding': compressed.encoding, vary: 'accept-encoding' }),
      ...headers(pathname),
    });
    const body = createReadStream(file);
    (compressed ? body.pipe(compressed.stream) : body).pipe(response);
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
