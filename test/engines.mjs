// The browser engines the browser tests run in: Chromium, Firefox and WebKit, each from Debian's
// packages (chromium, firefox-esr, and webkit2gtk-driver for WebKitGTK's MiniBrowser, run under
// Xvfb). `BROWSERS=firefox` (or `chromium,webkit`) picks engines; the default is all three.
// `BROWSERS=webkit-legacy` adds the older WPE WebKit (cog + wpewebkit-driver), never run by default.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { PNG } from 'pngjs';
import { groupAlive } from '../scripts/process-group.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** The engines a plain run uses. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * Browser test files that run in Chromium alone: colour-scheme emulation reaches the test runner
 * only through Chromium's DevTools protocol (web-test-runner.config.mjs runs them as a group).
 */
export const CHROMIUM_ONLY = ['test/theming.test.ts', 'test/contrast.test.ts'];

/** The line that says the Chromium-only files were not run, when `engines` has no Chromium. */
export function chromiumOnlyNotRun(engines) {
  if (engines.includes('chromium')) return undefined;
  return `Not run: ${CHROMIUM_ONLY.join(', ')}, which run in Chromium only (BROWSERS has no chromium).`;
}

const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The installed version of a Debian package without its Debian revision, or undefined. */
function packageVersion(name) {
  try {
    const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' });
    return version.replace(/^\d+:/, '').replace(/-[^-]*$/, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Which browser an engine name stands for, with its version where known: "WebKitGTK 2.50.6". */
export function engineLabel(engine) {
  const label = (product, pkg) => [product, packageVersion(pkg)].filter(Boolean).join(' ');
  if (engine === 'webkit') return label('WebKitGTK', 'libwebkit2gtk-4.1-0');
  if (engine === 'webkit-legacy') return label('WPE WebKit', 'libwpewebkit-1.1-0');
  return engine;
}

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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ids of the processes in the process group `pgid` (Linux). */
function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command name (which may hold spaces) start with state, parent, group.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === pgid) members.push(Number(entry));
    } catch {
      // The process has gone.
    }
  }
  return members;
}

/** The ids of the direct children of a process (Linux). */
function childPids(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * A WebKit browser through its WebDriver. When the run starts, the launcher starts the driver on a
 * free localhost port, in a process group of its own; the driver starts the browser for each
 * session. When the run ends, it closes the session, stops the driver, and waits until every
 * process of that group (the driver, the browser, Xvfb) has exited.
 */
class WebKitDriverLauncher extends WebdriverLauncher {
  /**
   * @param {object} options
   * @param {string} options.label The browser's name in the runner's report.
   * @param {string} options.driver The driver's program name, as it appears in the process list.
   * @param {(port: number) => [string, string[]]} options.command The command that starts the driver.
   * @param {object} options.capabilities The WebDriver capabilities of a session.
   * @param {Record<string, string>} [options.env] Environment variables for the driver and the browser.
   * @param {Record<string, string | number>} [options.gtkSettings] GTK settings for the browser
   *   (`gtk-3.0/settings.ini`, in a folder of its own for this run).
   */
  constructor({ label, driver, command, capabilities, env = {}, gtkSettings }) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      // WebKit's drivers speak classic WebDriver; their WebDriver BiDi is incomplete or missing.
      capabilities: { 'wdio:enforceWebDriverClassic': true, ...capabilities },
    });
    this.label = label;
    this.driverName = driver;
    this.command = command;
    this.env = env;
    this.gtkSettings = gtkSettings;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = this.label;
    this.options.port = await freePort();
    const [program, args] = this.command(this.options.port);
    // The driver starts the browser with its own environment, so GTK settings reach the browser.
    const env = { ...process.env, ...this.env };
    if (this.gtkSettings) {
      this.configHome = mkdtempSync(join(tmpdir(), 'webkit-gtk-settings-'));
      mkdirSync(join(this.configHome, 'gtk-3.0'));
      const lines = Object.entries(this.gtkSettings).map(([name, value]) => `${name}=${value}`);
      writeFileSync(join(this.configHome, 'gtk-3.0', 'settings.ini'), ['[Settings]', ...lines, ''].join('\n'));
      env.XDG_CONFIG_HOME = this.configHome;
    }
    // Its own process group, so that stop() can tell when all of it is gone.
    this.process = spawn(program, args, { stdio: 'ignore', detached: true, env });
    this.exited = new Promise((resolve) => {
      this.process.once('error', resolve);
      this.process.once('exit', resolve);
    });
    // If the runner ends without stop() (a crash, an interrupt), nothing of the group outlives it:
    // every process but a wrapper is asked to stop, and the wrapper (xvfb-run) then cleans up.
    process.once('exit', () => {
      if (this.stopped) return;
      if (this.configHome) rmSync(this.configHome, { recursive: true, force: true });
      if (this.process.pid === undefined) return;
      const wrapper = this.driverPid() === this.process.pid ? undefined : this.process.pid;
      for (const pid of groupMembers(this.process.pid).filter((member) => member !== wrapper)) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // It has just exited.
        }
      }
    });
    await Promise.race([
      this.waitForDriver(`http://127.0.0.1:${this.options.port}`),
      this.exited.then(() => {
        throw new Error(`${this.driverName} (${program}) exited at start-up`);
      }),
    ]);
  }

  /**
   * A picture of the element that `locator` (a script) returns, for the visual regression plugin.
   * WebKitGTK's own element screenshots come back partly black (by as much as the element is
   * shorter than the window), while pictures of the whole window are right: so this makes the window
   * end where the element ends, takes the window and cuts the element out. A picture of the window
   * may show it before the page's last change is painted (even blank), so pictures are taken, a few
   * frames apart, until two in a row are the same.
   */
  async takeScreenshot(sessionId, locator) {
    // With more than one test page at a time, pages are frames of one window (IFrameManager).
    if (this.config.concurrency !== 1) return super.takeScreenshot(sessionId, locator);
    const measure = () =>
      this.driver.execute(`
        const element = (function () { ${locator} })();
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom, width: innerWidth, height: innerHeight, scale: devicePixelRatio };
      `);
    let box = await measure();
    const window = await this.driver.getWindowRect();
    const height = window.height - box.height + Math.ceil(box.bottom);
    if (height !== window.height) {
      await this.driver.setWindowRect(null, null, window.width, height);
      // The page learns its new size a little later.
      const deadline = Date.now() + 5000;
      do {
        await sleep(20);
        box = await measure();
      } while (box.height !== Math.ceil(box.bottom) && Date.now() < deadline);
    }
    if (box.left < 0 || box.top < 0 || box.right > box.width || box.bottom > box.height) {
      throw new Error(
        `The element (${box.right - box.left}×${box.bottom - box.top} px at ${box.left}, ${box.top}) is not ` +
          `inside the ${box.width}×${box.height} px window, so WebKit cannot take a picture of it.`,
      );
    }
    const [x, y, right, bottom] = [box.left, box.top, box.right, box.bottom].map((edge, index) =>
      index < 2 ? Math.floor(edge * box.scale) : Math.ceil(edge * box.scale),
    );
    let previous;
    for (let attempt = 0; attempt < 10; attempt++) {
      await this.driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const shown = PNG.sync.read(Buffer.from(await this.driver.takeScreenshot(), 'base64'));
      // A picture of the window from before it grew is too small: take another.
      if (shown.width < right || shown.height < bottom) continue;
      const picture = new PNG({ width: right - x, height: bottom - y });
      PNG.bitblt(shown, picture, x, y, picture.width, picture.height, 0, 0);
      if (previous?.data.equals(picture.data)) return PNG.sync.write(picture);
      previous = picture;
    }
    throw new Error('WebKit did not show the same picture of the element twice in a row in 10 tries.');
  }

  async waitForDriver(url, timeoutMs = 20000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`${url}/status`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error(`${this.driverName} did not answer at ${url} within ${timeoutMs} ms`);
  }

  /** The driver's process: the spawned one, or its child when a wrapper (xvfb-run) started it. */
  driverPid() {
    const { pid } = this.process;
    const isDriver = (candidate) => {
      try {
        return readFileSync(`/proc/${candidate}/comm`, 'utf8').trim() === this.driverName.slice(0, 15);
      } catch {
        return false;
      }
    };
    return [pid, ...childPids(pid)].find(isDriver);
  }

  async stop() {
    await super.stop();
    const pgid = this.process?.pid;
    if (pgid === undefined) return;
    // Stopping the driver alone lets a wrapper such as xvfb-run end normally: it then stops its
    // Xvfb and removes its temporary folder itself.
    const driverPid = this.driverPid();
    if (driverPid !== undefined) process.kill(driverPid, 'SIGTERM');
    const deadline = Date.now() + 10000;
    await Promise.race([this.exited, sleep(10000)]);
    while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
    // Whatever did not stop in time is stopped by force.
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
    if (this.configHome) rmSync(this.configHome, { recursive: true, force: true });
    this.stopped = true;
  }
}

/**
 * WebKitGTK's MiniBrowser, driven by WebKitWebDriver, on a virtual X display from xvfb-run.
 * For `pictures` (the visual tests): the browser prefers reduced motion (GTK's
 * `gtk-enable-animations` off, which WebKitGTK follows); it draws with the CPU, as with Mesa's
 * software GPU under Xvfb the edges of letters and shapes below the first 512 px differ a little
 * from run to run.
 */
function webkit({ pictures = false } = {}) {
  return new WebKitDriverLauncher({
    ...(pictures && {
      env: { WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1' },
      gtkSettings: { 'gtk-enable-animations': 0 },
    }),
    label: 'WebKit',
    driver: 'WebKitWebDriver',
    command: (port) => ['xvfb-run', ['-a', process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER_PATH ?? MINIBROWSER_PATH,
        args: ['--automation'],
      },
    },
  });
}

/** WPE WebKit 2.38 (`cog`, headless, no X server), driven by WPEWebDriver. */
function webkitLegacy() {
  return new WebKitDriverLauncher({
    label: 'WebKit (WPE)',
    driver: 'WPEWebDriver',
    command: (port) => [process.env.WPE_WEBDRIVER_PATH ?? 'WPEWebDriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'cog',
      'wpe:browserOptions': {
        binary: process.env.COG_PATH ?? '/usr/bin/cog',
        args: ['--automation', '--platform=headless'],
      },
    },
  });
}

/** Firefox ESR through WebDriver BiDi. For `pictures` (the visual tests), it prefers reduced motion. */
function firefox({ pictures = false } = {}) {
  const launcher = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      ...(pictures && { extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 } }),
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

const LAUNCHERS = { chromium, firefox, webkit, 'webkit-legacy': webkitLegacy };

/** The engine names in `list` (comma- or space-separated), or the default engines. */
export function engineNames(list = process.env.BROWSERS) {
  const names = (list ?? '')
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in LAUNCHERS));
  if (unknown.length > 0) {
    throw new Error(`Unknown engine in BROWSERS: ${unknown.join(', ')}. Use ${Object.keys(LAUNCHERS).join(', ')}.`);
  }
  return [...new Set(names.length > 0 ? names : ENGINES)];
}

/**
 * Launchers for the engines named in `list` (comma- or space-separated), or for the default ones.
 * With `{ pictures: true }`, Firefox and WebKit are set up for the visual tests (still, steady pictures).
 */
export function browsers(list = process.env.BROWSERS, options = {}) {
  return engineNames(list).map((name) => LAUNCHERS[name](options));
}
