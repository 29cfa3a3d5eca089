// The static file server of `npm start`, the tests and the benchmark (scripts/serve.mjs): with
// `compress`, text is sent compressed as a production web server sends it, and arrives unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../scripts/serve.mjs';

const plain = await startServer({ root: 'dist' });
const compressing = await startServer({ root: 'dist', compress: true });
after(() => Promise.all([plain, compressing].map(({ server }) => new Promise((done) => server.close(done)))));

/** GETs `path` asking for `encoding`; resolves to the response's headers and raw body bytes. */
function get(base, path, encoding) {
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const script = readFileSync('dist/therapy-widgets.js');

for (const [encoding, decode] of [
  ['br', brotliDecompressSync],
  ['gzip', gunzipSync],
]) {
  test(`with compress, text is sent in ${encoding} when the browser accepts it, and arrives unchanged`, async () => {
    const { headers, body } = await get(compressing.url, 'therapy-widgets.js', `${encoding}, deflate`);
    assert.equal(headers['content-encoding'], encoding);
    assert.equal(headers.vary, 'accept-encoding');
    assert.ok(body.length < script.length / 2, `${body.length} bytes sent for ${script.length}`);
    assert.deepEqual(decode(body), script);
  });
}

test('without compress, or for a browser that accepts no compression, text is sent as it is', async () => {
  for (const [base, encoding] of [
    [plain.url, 'br, gzip'],
    [compressing.url, 'identity'],
  ]) {
    const { headers, body } = await get(base, 'therapy-widgets.js', encoding);
    assert.equal(headers['content-encoding'], undefined);
    assert.deepEqual(body, script);
  }
});

/** The status of a GET of `path` exactly as written, without URL normalising it. */
function statusOf({ url }, path) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

test('odd request paths are answered, and the server goes on serving', async () => {
  // dist/ has no index.html.
  assert.equal(await statusOf(plain, '//'), 404);
  assert.equal(await statusOf(plain, '//therapy-widgets.js'), 200);
  assert.equal(await statusOf(plain, '/%E0%A4%A'), 400);
  assert.equal(await statusOf(plain, '/../package.json'), 404);
  assert.equal(await statusOf(plain, '/%2e%2e/package.json'), 404);
  assert.equal(await statusOf(plain, '/therapy-widgets.js'), 200);
});
