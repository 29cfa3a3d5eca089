// The benchmark's web server: the files it serves, from a thread of its own.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs `startServer()` from test/e2e/browser.mjs in a worker thread, so serving files never
 * waits behind this process's own work driving the browser. Resolves to `{ url, stop }`.
 */
export function serveInWorker(options) {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(workerData.module)
       .then(({ startServer }) => startServer(workerData.options))
       .then(({ url }) => parentPort.postMessage(url));`,
    { eval: true, workerData: { module: pathToFileURL(resolve('test/e2e/browser.mjs')).href, options } },
  );
  return new Promise((done, fail) => {
    worker.once('message', (url) => done({ url, stop: () => worker.terminate() }));
    worker.once('error', fail);
  });
}
