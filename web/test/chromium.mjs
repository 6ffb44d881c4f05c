// Shared by the widget's newer browser tests (package, spa): Debian's Chromium, headless,
// driven by playwright-core, with a page's errors and requests recorded.
import { chromium } from 'playwright-core';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS });
}

/** A page with its errors, warnings and requested URLs recorded; `close()` ends its context. */
export async function open(browser, url, { javaScriptEnabled = true, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  page.on('console', (m) => {
    const where = m.location().url ? ` (${m.location().url})` : '';
    if (m.type() === 'error') log.errors.push(m.text() + where);
    if (m.type() === 'warning') log.warnings.push(m.text() + where);
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  if (javaScriptEnabled) {
    await page.addInitScript(() => {
      window.__cls = 0;
      window.__shifts = [];
      window.__ready = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          window.__cls += e.value;
          window.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ` +
            e.sources.map((s) => (s.node ? s.node.nodeName + (s.node.className ? '.' + s.node.className : '') : '?')).join(', '));
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('precis:ready', () => { window.__ready++; }, true);
      document.addEventListener('precis:error', (e) => { window.__error = e.detail.message; }, true);
    });
  }
  await page.goto(url);
  return { page, log, close: () => context.close() };
}

/** The text of the points of the first box (or of `selector`), once there are `count` of them. */
export async function points(page, { count = null, selector = 'precis-summary', timeout = 20000 } = {}) {
  await page.waitForFunction(([sel, n]) => {
    const host = document.querySelector(sel);
    const k = host && host.shadowRoot ? host.shadowRoot.querySelectorAll('.point').length : 0;
    return n === null ? k > 0 : k === n;
  }, [selector, count], { timeout });
  return page.evaluate((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('.point')]
    .map((b) => b.textContent), selector);
}
