// Serves the project folder as static files, so the demo page loads the built bundle exactly as
// a hospital page would. No server logic: any static host would do.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const port = Number(process.env.PORT ?? 8000);
const types = {
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

function find(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return undefined;
  try {
    return { path, directory: statSync(path).isDirectory() };
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
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
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

server.listen(port, () => {
  console.log(`Demo: http://localhost:${port}/`);
});
