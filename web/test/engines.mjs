// One small interface over the three browser engines the widget is tested in, each
// driven by its own pinned client (web/package-lock.json) on Debian's browser:
//   chromium  Debian's chromium, headless, over CDP with playwright-core
//   firefox   Debian's firefox-esr, headless, over WebDriver BiDi with puppeteer-core
//   webkit    Debian's WebKitWebDriver and MiniBrowser (WebKitGTK) under Xvfb, over
//             classic WebDriver with selenium-webdriver (MiniBrowser has no headless
//             mode and offers no BiDi, hence no console events: web/test/probe.js)
// launch(engine) resolves with { name, can, open(url, options), close() }; open() gives a
// fresh profile or context with { evaluate, waitFor, press, tap, screenshot, visit, close,
// nativeLog }; visit(url) goes on to another page in the same tab, with what the profile
// has cached. Chromium's contexts keep their caches in memory, and compiled wasm is cached
// on disk only: open(url, { onDisk: true }) gives it a profile on disk, as a reader's
// browser has. Binaries can be overridden with CHROMIUM, FIREFOX, WEBKIT_DRIVER,
// MINIBROWSER.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Firefox: touch events on (desktop builds detect touch screens, and headless has none),
// and no traffic of its own on the closed network.
const FIREFOX_PREFS = {
  'dom.w3c_touch_events.enabled': 1,
  'browser.shell.checkDefaultBrowser': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
};
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// MiniBrowser's window keeps its toolbar: it is never narrower than this many CSS pixels.
// A narrower viewport (a phone's) is a frame of that size in a blank page.
export const WEBKIT_MIN_WIDTH = 447;

const KEYS = {  // WebDriver key codes, for selenium
  Tab: '\uE004', Enter: '\uE007', Space: ' ', Shift: '\uE008',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(arg)` in the page until it returns a truthy value (resolves with it). */
async function waitFor(page, fn, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn}`);
    await sleep(50);
  }
}

// A page-side handle on the i-th point of the box (shadow DOM), for real input.
const POINT = (k) => document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')[k];

// A page of playwright-core or puppeteer-core (their page APIs agree on what is used
// here), with the console, page errors and requests to other origins recorded.
// `warning` is the console message type each calls a warning.
async function devtoolsPage(page, url, close, warning) {
  const log = { errors: [], warnings: [], foreign: [] };
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === warning) log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) log.foreign.push(r.url()); });
  await page.goto(url);
  const point = async (k) => (await page.evaluateHandle(POINT, k)).asElement();
  const handle = {
    nativeLog: log,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout) => waitFor(handle, fn, arg, timeout),
    async press(key) {  // 'Tab', 'Shift+Tab': modifiers held around the last key
      const keys = key.split('+');
      for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
      await page.keyboard.press(keys.at(-1) === 'Space' ? ' ' : keys.at(-1));
      for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
    },
    async tap(k) { await (await point(k)).tap(); },
    async click(k) { await (await point(k)).click(); },
    screenshot: (path) => page.screenshot({ path }),
    visit: async (next) => { await page.goto(next); },
    close,
  };
  return handle;
}

async function chromium() {
  const { chromium: pw } = await import('playwright-core');
  const launchOptions = { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS };
  const browser = await pw.launch(launchOptions);
  return {
    name: 'chromium',
    version: browser.version(),
    can: { touch: true },
    async open(url, { colorScheme = 'light', viewport = { width: 1280, height: 800 }, touch = false, onDisk = false } = {}) {
      const options = { viewport, colorScheme, hasTouch: touch, isMobile: touch };
      if (onDisk) {  // a browser of its own, on a profile folder removed afterwards
        const dir = mkdtempSync(join(tmpdir(), 'precis-chromium-'));
        const context = await pw.launchPersistentContext(dir, { ...launchOptions, ...options });
        const close = async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); };
        return devtoolsPage(context.pages()[0] || await context.newPage(), url, close, 'warning');
      }
      const context = await browser.newContext(options);
      return devtoolsPage(await context.newPage(), url, () => context.close(), 'warning');
    },
    close: () => browser.close(),
  };
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  // The colour scheme is a browser-wide preference in Firefox (BiDi cannot emulate it):
  // one browser per scheme, the dark one started when first asked for.
  const browsers = new Map();
  const profiles = [];
  const browserFor = (scheme) => {
    if (!browsers.has(scheme)) {
      const userDataDir = mkdtempSync(join(tmpdir(), 'precis-firefox-'));
      profiles.push(userDataDir);
      browsers.set(scheme, puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
        headless: true,
        userDataDir,
        extraPrefsFirefox: { ...FIREFOX_PREFS, 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
      }));
    }
    return browsers.get(scheme);
  };
  const light = await browserFor('light');
  return {
    name: 'firefox',
    version: await light.version(),
    can: { touch: true },
    async open(url, { colorScheme = 'light', viewport = { width: 1280, height: 800 }, touch = false } = {}) {
      const browser = await browserFor(colorScheme);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...viewport, hasTouch: touch });
      return devtoolsPage(page, url, () => context.close(), 'warn');
    },
    async close() {
      for (const b of browsers.values()) await (await b).close();
      for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Xvfb on a display number it picks itself (-displayfd): no clash with other X servers.
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    xvfb.once('error', (e) => reject(new Error(`cannot start Xvfb (apt-get install xvfb): ${e.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => xvfb.kill() });
    });
  });
}

// WebKitWebDriver in a process group of its own (it starts MiniBrowser), so that stopping
// it stops the browser too.
async function startWebKitDriver(display) {
  const port = await freePort();
  const bin = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
  const child = spawn(bin, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore', detached: true, env: { ...process.env, DISPLAY: display },
  });
  const stop = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {  // until the driver answers
    try {
      if ((await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) })).ok) return { url, stop };
    } catch { /* not up yet */ }
    if (i > 100) { stop(); throw new Error(`${bin} did not start on port ${port}`); }
    await sleep(100);
  }
}

// Starting a MiniBrowser session hangs now and then on a loaded machine (seen about once in
// twenty runs): after this long the driver and its browser are stopped and started again,
// once, and the restart is said on stderr.
const WEBKIT_SESSION_TIMEOUT = 30000;

async function webkit() {
  const { Builder, By } = await import('selenium-webdriver');
  const x = await startXvfb();
  let driver = await startWebKitDriver(x.display);
  const build = (dark) => new Builder().usingServer(driver.url).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: process.env.MINIBROWSER || MINIBROWSER,
      args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
    },
  }).build();
  const withTimeout = (promise) => Promise.race([promise, sleep(WEBKIT_SESSION_TIMEOUT).then(() => null)]);
  const session = async (dark) => {
    const d = await withTimeout(build(dark));
    if (d) return d;
    console.error(`# webkit: no session after ${WEBKIT_SESSION_TIMEOUT} ms; restarting WebKitWebDriver`);
    driver.stop();
    driver = await startWebKitDriver(x.display);
    return build(dark);
  };
  const first = await session(false);
  const caps = await first.getCapabilities();
  await first.quit();
  return {
    name: 'webkit',
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    can: { touch: false },
    async open(url, { colorScheme = 'light', viewport = { width: 1280, height: 800 } } = {}) {
      const d = await session(colorScheme === 'dark');  // a new MiniBrowser: a fresh profile
      await d.manage().setTimeouts({ script: 30000, pageLoad: 30000 });  // an error, not a hang
      // The window's size: the page's viewport is what is left of it below the toolbar.
      const chrome = await d.executeScript(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
      await d.manage().window().setRect({ width: viewport.width + chrome[0], height: viewport.height + chrome[1] });
      const framed = viewport.width < WEBKIT_MIN_WIDTH;
      if (framed) {
        await d.get('about:blank');
        await d.executeScript((src, width, height) => new Promise((resolve) => {
          document.body.style.margin = '0';
          const frame = document.createElement('iframe');
          frame.style.cssText = `display: block; border: 0; width: ${width}px; height: ${height}px`;
          frame.onload = () => resolve(true);
          frame.src = src;
          document.body.appendChild(frame);
        }), url, viewport.width, viewport.height);
        await d.switchTo().frame(0);
      } else {
        await d.get(url);
      }
      const point = async (k) => (await (await d.findElement(By.css('precis-summary'))).getShadowRoot())
        .findElements(By.css('.point')).then((all) => all[k]);
      const handle = {
        nativeLog: null,
        evaluate: (fn, arg) => d.executeScript(fn, arg),
        waitFor: (fn, arg, timeout) => waitFor(handle, fn, arg, timeout),
        async press(key) {
          const keys = key.split('+').map((k) => KEYS[k] ?? k);
          let a = d.actions();
          for (const k of keys) a = a.keyDown(k);
          for (const k of [...keys].reverse()) a = a.keyUp(k);
          await a.perform();
        },
        tap() { throw new Error('WebKitWebDriver (WebKitGTK) has no touch input'); },
        async click(k) { await (await point(k)).click(); },
        async visit(next) {
          if (!framed) return d.get(next);
          await d.switchTo().defaultContent();
          await d.executeScript((src) => new Promise((resolve) => {
            const frame = document.querySelector('iframe');
            frame.onload = () => resolve(true);
            frame.src = src;
          }), next);
          return d.switchTo().frame(0);
        },
        async screenshot(path) {
          // WebKitGTK paints a scrolled frame a little later than it reports the scroll.
          if (framed) await sleep(500);
          writeFileSync(path, await d.takeScreenshot(), 'base64');
        },
        close: () => d.quit(),
      };
      return handle;
    },
    async close() {
      driver.stop();
      x.stop();
    },
  };
}

/** Starts `engine` ('chromium', 'firefox' or 'webkit'). */
export function launch(engine) {
  const start = { chromium, firefox, webkit }[engine];
  if (!start) throw new Error(`unknown engine ${engine}: one of ${ENGINES.join(', ')}`);
  return start();
}
