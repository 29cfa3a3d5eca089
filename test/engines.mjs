// The browser engines the browser tests run in: Chromium, Firefox and WebKit, each from Debian's
// packages (chromium, firefox-esr, and cog + wpewebkit-driver for WPE WebKit).
// `BROWSERS=firefox` (or `chromium,webkit`) picks engines; the default is all three.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, driver, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WPEWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WPEWebDriver did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * WPE WebKit through its WebDriver. The launcher starts WPEWebDriver on a free localhost port when
 * the run starts and stops it when the run ends; WPEWebDriver in turn starts `cog` headless.
 */
class WpeWebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'cog',
        // WPEWebDriver speaks classic WebDriver only, not WebDriver BiDi.
        'wdio:enforceWebDriverClassic': true,
        'wpe:browserOptions': {
          binary: process.env.COG_PATH ?? '/usr/bin/cog',
          args: ['--automation', '--platform=headless'],
        },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    this.options.port = await freePort();
    this.wpeDriver = spawn(process.env.WPE_WEBDRIVER_PATH ?? 'WPEWebDriver', [`--port=${this.options.port}`], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve, reject) => {
      this.wpeDriver.once('error', reject);
      this.wpeDriver.once('exit', resolve);
    });
    this.wpeDriverExited = exited.catch(() => undefined);
    await Promise.race([
      waitForDriver(`http://127.0.0.1:${this.options.port}`, this.wpeDriver),
      exited.then(() => {
        throw new Error('WPEWebDriver exited at start-up');
      }),
    ]);
  }

  async stop() {
    await super.stop();
    if (this.wpeDriver && this.wpeDriver.exitCode === null) {
      this.wpeDriver.kill('SIGTERM');
      await this.wpeDriverExited;
    }
  }
}

function firefox() {
  const launcher = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    },
  });
  // The launcher calls every browser it drives "Chrome" unless told otherwise.
  launcher.name = 'Firefox';
  return launcher;
}

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  });
  launcher.name = 'Chromium';
  return launcher;
}

const LAUNCHERS = { chromium, firefox, webkit: () => new WpeWebKitLauncher() };

/** Launchers for the engines named in `list` (comma- or space-separated), or for all. */
export function browsers(list = process.env.BROWSERS) {
  const names = (list ?? '')
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const chosen = names.length > 0 ? names : ENGINES;
  const unknown = chosen.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown engine in BROWSERS: ${unknown.join(', ')}. Use ${ENGINES.join(', ')}.`);
  }
  return [...new Set(chosen)].map((name) => LAUNCHERS[name]());
}
