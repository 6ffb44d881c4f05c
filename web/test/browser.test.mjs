// The widget in a real browser: Debian's Chromium, headless, driven by playwright-core,
// on the demo site (demo/site, served by demo/serve.mjs). Needs web/dist (the wasm
// preset) and build/native/precis (for the extraction parity test).
//   node --test web/test/browser.test.mjs
// Screenshots go to build/browser-artifacts/ (PRECIS_ARTIFACTS overrides).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../demo/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = process.env.PRECIS_ARTIFACTS || `${repo}build/browser-artifacts`;
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server;
let browser;
let base;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serve({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A page with its console, errors, CSP violations, requests and layout shifts recorded.
async function open(path, { colorScheme = 'light', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], foreign: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) log.foreign.push(r.url()); });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__violations = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('precis:ready', () => { window.__ready = true; }, true);
    document.addEventListener('precis:error', (e) => { window.__error = e.detail.message; }, true);
  });
  await page.goto(base + path);
  return { page, log, close: () => context.close() };
}

// The box's points, once it is there.
async function points(page) {
  await page.waitForFunction(() => {
    const host = document.querySelector('precis-summary');
    return host && host.shadowRoot && host.shadowRoot.querySelectorAll('.point').length > 0;
  }, null, { timeout: 15000 });
  return page.evaluate(() => [...document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')]
    .map((b) => b.textContent));
}

const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('precis-sentence');
  return h ? [...h][0].toString() : null;
});
const norm = (s) => s.replace(/\s+/g, ' ').trim();

const ARTICLES = [
  { path: '/articles/g20.html', items: 3, lang: 'en', heading: 'Key points' },
  { path: '/articles/kazan-metro.ru.html', items: 3, lang: 'ru', heading: 'Главное', placeholder: true },
  { path: '/articles/wind-farm.html', items: 5, lang: 'en', heading: 'Key points' },
  { path: '/articles/hostile.html', items: 3, lang: 'en', heading: 'Key points' },
  { path: '/articles/g20-trusted-types.html', items: 3, lang: 'en', heading: 'Key points' },
];

describe('the widget on every demo article page', () => {
  for (const a of ARTICLES) {
    test(a.path, async (t) => {
      const { page, log, close } = await open(a.path);
      try {
        const texts = await points(page);
        assert.equal(texts.length, a.items);
        const heading = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.querySelector('h2').textContent);
        assert.equal(heading, a.heading);
        // Every point is a sentence of the article, and activating it highlights that sentence.
        for (let i = 0; i < texts.length; i++) {
          await page.evaluate((k) => document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')[k].click(), i);
          assert.equal(norm(await highlighted(page) ?? ''), norm(texts[i]), `point ${i} highlights its sentence`);
          const inArticle = await page.evaluate(() => {
            const r = [...CSS.highlights.get('precis-sentence')][0];
            return !!r.startContainer.parentElement.closest('#story');
          });
          assert.ok(inArticle, 'the highlighted sentence is in the article');
        }
        await page.waitForTimeout(300);
        const cls = await page.evaluate(() => window.__cls);
        t.diagnostic(`layout shift ${cls.toFixed(4)}`);
        if (a.placeholder) assert.equal(cls, 0, 'no layout shift with a reserved placeholder');
        else assert.ok(cls < 0.05, `layout shift ${cls} under 0.05`);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.foreign, [], 'no requests beyond the site');
        assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP or Trusted Types violation');
        assert.equal(await page.evaluate(() => window.__ready), true, 'precis:ready fired');
      } finally {
        await close();
      }
    });
  }
});

test('the hostile page: nothing runs, nothing is injected', async () => {
  const { page, log, close } = await open('/articles/hostile.html');
  try {
    const before = await page.evaluate(() => document.querySelectorAll('img, script, iframe').length);
    const texts = await points(page);
    for (let i = 0; i < texts.length; i++) {
      await page.evaluate((k) => document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')[k].click(), i);
    }
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__precisPwned), undefined);
    assert.deepEqual(log.dialogs, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, script, iframe').length), before);
    const inBox = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.querySelectorAll('*:not(section):not(div):not(h2):not(button):not(ol):not(li)').length);
    assert.equal(inBox, 0, 'the box holds only its own elements');
    // The payloads the article's text carries are shown as text.
    assert.ok(texts.some((t) => t.includes('<img src=x onerror=') || t.includes('</script>')),
      'a payload-carrying sentence is among the points, as text');
  } finally {
    await close();
  }
});

test('keyboard: the points and the toggle are reachable and operable', async () => {
  const { page, close } = await open('/articles/g20.html');
  try {
    const texts = await points(page);
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => {
        const host = document.querySelector('precis-summary');
        return document.activeElement === host && host.shadowRoot.activeElement?.classList.contains('point');
      });
    }
    assert.ok(found, 'Tab reaches the first point');
    await page.keyboard.press('Enter');
    assert.equal(norm(await highlighted(page) ?? ''), norm(texts[0]));
    await page.keyboard.press('Shift+Tab');
    const toggle = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.activeElement?.className);
    assert.equal(toggle, 'toggle', 'the toggle comes before the points');
    await page.keyboard.press('Space');
    const state = await page.evaluate(() => {
      const root = document.querySelector('precis-summary').shadowRoot;
      return [root.querySelector('.toggle').getAttribute('aria-expanded'), root.querySelector('ol').hidden];
    });
    assert.deepEqual(state, ['false', true]);
    const label = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.querySelector('section').getAttribute('aria-labelledby'));
    assert.ok(label, 'the box is a labelled region');
  } finally {
    await close();
  }
});

test('the widget extracts the same article as precis --extract', async () => {
  const file = `${repo}demo/site/articles/wind-farm.html`;
  const cli = execFileSync(`${repo}build/native/precis`, ['--extract', file], { encoding: 'utf8' });
  const { page, close } = await open('/articles/wind-farm.html');
  try {
    await points(page);  // the box is in the page: the walk must skip it
    const fromDom = await page.evaluate(async () => {
      const { readPage } = await import('/precis/page.mjs');
      const { Precis } = await import('/precis/precis.mjs');
      const article = await Precis.extractPage(readPage(document).wire);
      return `${article.title}\n${article.paragraphs.map((p) => `\n${p.text}\n`).join('')}`;
    });
    assert.equal(fromDom, cli);
  } finally {
    await close();
  }
});

test('a page without an article: no box, one warning, a precis:error event, the page untouched', async () => {
  const { page, log, close } = await open('/index.html');
  try {
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('precis:error', resolve, { once: true });
      const s = document.createElement('script');
      s.src = '/precis/precis-widget.js';
      document.head.appendChild(s);
    }));
    assert.equal(await page.evaluate(() => window.__error), 'precis: no article found');
    assert.equal(await page.evaluate(() => document.querySelector('precis-summary')), null);
    assert.equal(await page.evaluate(() => document.body.innerHTML), before);
    assert.equal(log.warnings.filter((w) => w.startsWith('precis:')).length, 1);
    assert.deepEqual(log.errors, []);
  } finally {
    await close();
  }
});

test('screenshots: light and dark, en and ru', async () => {
  for (const [name, path] of [['en', '/articles/g20.html'], ['ru', '/articles/kazan-metro.ru.html']]) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, close } = await open(path, { colorScheme });
      try {
        await points(page);
        // The headline's bottom and the whole box in view.
        await page.evaluate(() => window.scrollTo(0, document.querySelector('precis-summary').getBoundingClientRect().top +
          window.scrollY - 380));
        await page.screenshot({ path: `${artifacts}/widget-${name}-${colorScheme}.png` });
      } finally {
        await close();
      }
    }
  }
});

test('the playground: summary, marked text, entities, quotes and scores under the strict CSP', async () => {
  const { page, log, close } = await open('/playground.html');
  try {
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3, null, { timeout: 15000 });
    const counts = await page.evaluate(() => ({
      chosen: document.querySelectorAll('#marked .chosen').length,
      entities: document.querySelectorAll('#entities tr').length - 1,
      quotes: document.querySelectorAll('#quotes tr').length - 1,
      scored: document.querySelectorAll('#scores tr').length - 1,
      status: document.getElementById('status').textContent,
    }));
    assert.ok(counts.chosen >= 3, 'the chosen sentences are marked in the text');
    assert.ok(counts.entities >= 3 && counts.quotes >= 3, 'entities and quotes are listed');
    assert.ok(counts.scored > 10, 'every sentence has its scores');
    assert.match(counts.status, /^en, \d+ sentences/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  } finally {
    await close();
  }
});
