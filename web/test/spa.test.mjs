// The widget in pages that change under it (single-page apps) and in pages rendered on
// the server, in Chromium: an article that arrives late, attributes that change, a box
// that moves, 1,000 mounts and destroys with flat heap and listener counts, and a box
// rendered by renderHTML() that shows without JavaScript and is adopted without the wasm.
// Needs web/dist (the wasm preset) and build/native/precis.   node --test web/test/spa.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Precis, renderHTML } from 'precis';
import { serve } from '../../demo/serve.mjs';
import { launch, open, points } from './chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const ssrDir = `${repo}build/web-ssr`;
let server;
let browser;
let base;

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('precis-sentence');
  return h ? [...h][0].toString() : null;
});
const click = (page, i, selector = 'precis-summary') => page.evaluate(([k, sel]) =>
  document.querySelector(sel).shadowRoot.querySelectorAll('.point')[k].click(), [i, selector]);

// A demo page with the box rendered into it on the server, before its first paragraph of
// prose: by renderHTML() (its CSP allows the box's <style> by nonce) or by the native
// `precis --format html` (whose <style> a strict CSP refuses).
async function serverRendered(name, { cli = false } = {}) {
  const file = `${repo}demo/site/articles/${name}.html`;
  const html = readFileSync(file, 'utf8');
  const s = await Precis.create();
  const { article, result } = await s.summarizeHTML(html);
  s.destroy();
  const lead = article.paragraphs.find((p) => p.text.length >= 80);
  const at = html.lastIndexOf('<p', html.indexOf(lead.text.slice(0, 40).replace(/&/g, '&amp;')));
  const box = cli ? execFileSync(`${repo}build/native/precis`, ['--format', 'html', file], { encoding: 'utf8' })
    : renderHTML(result, { for: 'story', nonce: 'precis-test' });
  const page = (html.slice(0, at) + box + '\n      ' + html.slice(at))
    .replace("style-src 'self'", "style-src 'self' 'nonce-precis-test'");
  writeFileSync(`${ssrDir}/${name}.html`, page);
  return result;
}

before(async () => {
  mkdirSync(ssrDir, { recursive: true });
  server = await serve({ port: 0, roots: [['/test/', fileURLToPath(new URL('pages/', import.meta.url))], ['/ssr/', ssrDir],
    ['/elsewhere/', fileURLToPath(new URL('../dist/', import.meta.url))]] });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('single-page apps', () => {
  test('an article rendered after the script ran gets its box, with no warning', async () => {
    const { page, log, close } = await open(browser, `${base}/test/late.html`);
    try {
      const texts = await points(page, { count: 3 });
      const story = await page.evaluate(() => document.getElementById('story').textContent);
      for (const t of texts) assert.ok(norm(story).includes(norm(t)), `from the article: ${t}`);
      assert.deepEqual(log.warnings.filter((w) => w.startsWith('precis:')), []);
      assert.equal(await page.evaluate(() => window.__error), undefined);
      // The script tag's box has its mount's handle as `widget`, as a placeholder has.
      assert.equal(await page.evaluate(async () => {
        const el = document.querySelector('precis-summary');
        window.__handle = el.widget;
        return el.widget !== null && (await el.widget.ready).host === el;
      }), true);

      // A client-side route change: another article replaces it, and the box follows.
      await page.evaluate(() => window.app.show(1));
      await page.waitForFunction(() => document.querySelector('#story precis-summary')?.shadowRoot
        ?.querySelector('.point')?.textContent.includes('library'), null, { timeout: 20000 });
      assert.equal(await page.evaluate(() => document.querySelectorAll('precis-summary').length), 1);
      // The new box has the same handle, and its destroy() takes the box away.
      assert.equal(await page.evaluate(() => document.querySelector('precis-summary').widget === window.__handle), true);
      await page.evaluate(() => window.__handle.destroy());
      assert.equal(await page.evaluate(() => document.querySelectorAll('precis-summary').length), 0);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test('a placeholder whose article arrives later waits for it', async () => {
    const { page, log, close } = await open(browser, `${base}/test/late-for.html`);
    try {
      assert.equal((await points(page, { count: 3 })).length, 3);
      assert.equal(await page.evaluate(() => window.__ready), 1);
      // Redone in a placeholder that reserves nothing: it grows with its box.
      const short = await page.evaluate(() => document.querySelector('precis-summary').getBoundingClientRect().height);
      await page.evaluate(() => document.querySelector('precis-summary').setAttribute('length', 'medium'));
      await points(page, { count: 5 });
      const long = await page.evaluate(() => document.querySelector('precis-summary').getBoundingClientRect().height);
      assert.ok(long > short, `the box grew from ${short} to ${long} px`);
      assert.equal(await page.evaluate(() => document.querySelector('precis-summary').hasAttribute('data-precis-reserved')), false);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test('a route change to a page without an article empties a placeholder; the next article fills it', async () => {
    const { page, log, close } = await open(browser, `${base}/test/late-for.html`);
    try {
      await points(page, { count: 3 });
      const error = page.evaluate(() => new Promise((resolve) => {
        document.querySelector('precis-summary').addEventListener('precis:error', (e) => resolve(e.detail.message), { once: true });
        setTimeout(() => resolve('no precis:error'), 10000);
        window.app.home();
      }));
      assert.equal(await error, 'no element matches #story');
      assert.equal(await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.childNodes.length), 0,
        "no points of the last page's article");
      await page.evaluate(() => window.app.show(1));
      const texts = await points(page, { count: 3 });
      assert.ok(texts.some((t) => t.includes('library')), `the new article's points: ${texts}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test('changing type or length redoes the box; a moved box mounts again and still highlights', async () => {
    const { page, log, close } = await open(browser, `${base}/articles/kazan-metro.ru.html`);
    try {
      await points(page, { count: 3 });
      await page.evaluate(() => document.querySelector('precis-summary').setAttribute('length', 'medium'));
      assert.equal((await points(page, { count: 5 })).length, 5);
      await page.evaluate(() => {
        const el = document.querySelector('precis-summary');
        el.setAttribute('type', 'tldr');  // two attributes in one go: one new box
        el.setAttribute('length', 'short');
      });
      assert.equal((await points(page, { count: 1 })).length, 1);
      await page.evaluate(() => document.getElementById('story').append(document.querySelector('precis-summary')));
      const texts = await points(page, { count: 1 });
      await click(page, 0);
      assert.equal(norm(await highlighted(page) ?? ''), norm(texts[0]));
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test("data-precis-base: the widget's files and the wasm come from there", async () => {
    const { page, log, close } = await open(browser, `${base}/test/asset-base.html`);
    try {
      assert.equal((await points(page, { count: 3 })).length, 3);
      const paths = log.requests.map((u) => new URL(u).pathname);
      for (const f of ['element.mjs', 'widget.mjs']) assert.ok(paths.includes(`/elsewhere/${f}`), `${f} from /elsewhere/`);
      assert.ok(paths.includes('/elsewhere/precis.wasm'), 'the wasm from /elsewhere/');
      assert.deepEqual(paths.filter((p) => p.startsWith('/precis/') && p !== '/precis/precis-widget.js'), []);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test("a page whose CSP refuses WebAssembly: the worker, outside the page's policy, loads the module itself", async () => {
    const { page, log, close } = await open(browser, `${base}/test/no-wasm-csp.html`);
    try {
      assert.equal((await points(page, { count: 3 })).length, 3);
      // The page's fetch, whose compiling the policy refused, and the worker's.
      const paths = log.requests.map((u) => new URL(u).pathname);
      assert.deepEqual(paths.filter((p) => p.endsWith('.wasm')), ['/precis/precis.wasm', '/precis/precis.wasm']);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test("the README's preload recipe: each file is fetched once, and the preloads are used", async () => {
    // The recipe as the README gives it ("Sooner"), in the head of a copy of a test page.
    const readme = readFileSync(`${repo}README.md`, 'utf8');
    const recipe = /A site that wants the box sooner[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)[1];
    assert.match(recipe, /rel="preload" href="\/precis\/precis.wasm"/);
    const shell = readFileSync(new URL('pages/no-wasm-csp.html', import.meta.url), 'utf8')
      .replace("script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';");
    writeFileSync(`${ssrDir}/preload.html`, shell.replace('  <script src="/precis/precis-widget.js"', `${recipe}  <script src="/precis/precis-widget.js"`));
    const { page, log, close } = await open(browser, `${base}/ssr/preload.html`);
    try {
      assert.equal((await points(page, { count: 3 })).length, 3);
      // Chromium warns of a preload left unused a few seconds after the load event.
      await page.waitForTimeout(4000);
      const paths = log.requests.map((u) => new URL(u).pathname);
      for (const f of ['precis.wasm', 'widget.mjs', 'core.mjs']) {
        assert.equal(paths.filter((p) => p === `/precis/${f}`).length, 1, `${f} once`);
      }
      assert.deepEqual(log.warnings.filter((w) => /preload/i.test(w)), []);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test('two boxes on a page: events bubble, a relative base, each its own highlight, errors quiet', async () => {
    const { page, log, close } = await open(browser, `${base}/test/two-boxes.html`);
    const box = (id) => `precis-summary[for="${id}"]`;
    try {
      await points(page, { selector: box('harbour') });
      await points(page, { selector: box('orchard') });
      await page.waitForFunction(() => window.__bubbled === 2, null, { timeout: 20000 });  // heard on the document
      // The elements' data-precis-base is relative to the page, as the script tag's is.
      const paths = log.requests.map((u) => new URL(u).pathname);
      assert.ok(paths.includes('/elsewhere/precis.wasm'), `the wasm from /elsewhere/: ${paths.join(' ')}`);

      // One box's highlight timer leaves another box's highlight alone.
      await click(page, 0, box('harbour'));
      await page.waitForTimeout(3000);
      await click(page, 0, box('orchard'));
      const second = await highlighted(page);
      assert.ok(second && second.includes('Elm valley'), `the second box's sentence is highlighted: ${second}`);
      await page.waitForTimeout(3500);  // the first box's six seconds are over
      assert.equal(await highlighted(page), second);

      // A `for` changed to an id that is not there: an error, and the box keeps its summary.
      const before = await points(page, { selector: box('orchard') });
      const error = page.evaluate((sel) => new Promise((resolve) => {
        document.addEventListener('precis:error', (e) => resolve(e.detail.message), { once: true });
        document.querySelector(sel).setAttribute('for', 'nope');
      }), box('orchard'));
      assert.equal(await error, 'no element matches #nope');
      assert.deepEqual(await points(page, { selector: 'precis-summary[for="nope"]' }), before);

      // Precis.mount() with a bad selector: its warning, and no unhandled rejection.
      await page.evaluate(() => { window.Precis.mount('##x'); });
      await page.waitForTimeout(300);
      // A base that is no URL: that box's error, nothing thrown into the page.
      const bad = page.evaluate(() => new Promise((resolve) => {
        const el = document.createElement('precis-summary');
        el.setAttribute('for', 'harbour');
        el.setAttribute('data-precis-base', 'http://[');
        el.addEventListener('precis:error', (e) => resolve(e.detail.message), { once: true });
        setTimeout(() => resolve('no precis:error'), 10000);
        document.body.appendChild(el);
      }));
      assert.match(await bad, /URL/);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test('1,000 mounts and destroys: heap, nodes and listeners stay flat, no worker is left', async (t) => {
    const { page, log, close } = await open(browser, `${base}/test/cycle.html`);
    try {
      const cdp = await page.context().newCDPSession(page);
      const cycles = (n) => page.evaluate(async (count) => {
        await customElements.whenDefined('precis-summary');
        for (let i = 0; i < count; i++) {
          const el = document.createElement('precis-summary');
          el.setAttribute('for', 'story');
          document.getElementById('story').prepend(el);
          const w = await el.widget.ready;
          if (w.result.summary.length !== 3) throw new Error(`cycle ${i}: ${w.result.summary.length} points`);
          el.remove();
        }
      }, n);
      const measure = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const counters = await cdp.send('Memory.getDOMCounters');
        return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
      };
      await cycles(50);
      const warm = await measure();
      const started = Date.now();
      await cycles(1000);
      const end = await measure();
      t.diagnostic(`1,000 cycles in ${Date.now() - started} ms; heap ${warm.heap} -> ${end.heap} bytes, ` +
        `nodes ${warm.nodes} -> ${end.nodes}, listeners ${warm.listeners} -> ${end.listeners}`);
      assert.ok(end.listeners <= warm.listeners, 'no listener left behind');
      assert.ok(end.nodes <= warm.nodes + 50, 'no nodes left behind');
      assert.ok(end.heap < warm.heap + 1024 * 1024, 'the heap grows by under 1 MB over 1,000 cycles');
      assert.ok(page.workers().length <= 1, 'one worker at most while boxes come and go');
      await page.waitForTimeout(2500);  // the worker's idle time (WORKER_IDLE_MS) after the last box
      assert.equal(page.workers().length, 0, 'the worker ends after the last box');
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });
});

describe('server-side rendering', () => {
  for (const [name, cli] of [['g20', false], ['hostile', true]]) {
    test(`${name}: without JavaScript the points ${cli ? 'precis --format html' : 'renderHTML()'} wrote show`, async () => {
      const result = await serverRendered(name, { cli });
      const { page, close } = await open(browser, `${base}/ssr/${name}.html`, { javaScriptEnabled: false });
      try {
        const box = page.locator('precis-summary .point');
        assert.equal(await box.count(), 3);
        for (let i = 0; i < 3; i++) {
          assert.ok(await box.nth(i).isVisible());
          assert.equal(norm(await box.nth(i).textContent()), norm(result.sentences[i].text));
        }
        assert.equal(await page.locator('precis-summary h2').textContent(), 'Key points');
        // Only the box's own elements: no markup from the article survived.
        const tags = await page.locator('precis-summary *').evaluateAll((els) => [...new Set(els.map((e) => e.localName))].sort());
        assert.deepEqual(tags, ['button', 'div', 'h2', 'li', 'ol', 'section', 'style']);
        const height = await page.locator('precis-summary').evaluate((e) => e.getBoundingClientRect().height);
        assert.ok(height > 100, `the box has its height at first paint (${height} px)`);
      } finally {
        await close();
      }
    });
  }

  test('with JavaScript the widget adopts the box: no wasm, no worker, no layout shift', async () => {
    const result = await serverRendered('g20');
    const { page, log, close } = await open(browser, `${base}/ssr/g20.html`);
    try {
      await page.waitForFunction(() => window.__ready === 1, null, { timeout: 20000 });
      await page.waitForTimeout(500);
      const texts = await points(page, { count: 3 });
      assert.deepEqual(texts.map(norm), result.sentences.map((s) => norm(s.text)));
      for (let i = 0; i < 3; i++) {
        await click(page, i);
        assert.equal(norm(await highlighted(page) ?? ''), norm(texts[i]), `point ${i} highlights its sentence`);
      }
      const loaded = log.requests.map((u) => new URL(u).pathname);
      for (const f of ['/precis/precis.wasm', '/precis/worker.mjs', '/precis/precis.mjs']) {
        assert.ok(!loaded.includes(f), `${f} is not requested`);
      }
      assert.ok(loaded.includes('/precis/widget.mjs'), 'the widget itself loads');
      assert.equal(await page.evaluate(() => window.__cls), 0,
        `no layout shift: ${await page.evaluate(() => window.__shifts.join('; '))}`);
      assert.equal(await page.evaluate(() => document.querySelectorAll('precis-summary').length), 1);

      // Redone in the browser (an attribute changed): the new box's points work too.
      await page.evaluate(() => document.querySelector('precis-summary').setAttribute('length', 'medium'));
      const redone = await points(page, { count: 5 });
      await click(page, 0);
      assert.equal(norm(await highlighted(page) ?? ''), norm(redone[0]), "the redone box's point highlights its sentence");
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });

  test("a server's box whose article goes (a route change) is emptied; the article back, it is redone", async () => {
    await serverRendered('g20');
    const { page, log, close } = await open(browser, `${base}/ssr/g20.html`);
    try {
      await page.waitForFunction(() => window.__ready === 1, null, { timeout: 20000 });
      // The app keeps the box and renders another page around it, with no article.
      const error = page.evaluate(() => new Promise((resolve) => {
        const story = document.getElementById('story');
        const box = story.querySelector('precis-summary');
        box.addEventListener('precis:error', (e) => resolve(e.detail.message), { once: true });
        setTimeout(() => resolve('no precis:error'), 10000);
        window.__article = [...story.childNodes].filter((n) => n !== box);
        for (const n of window.__article) n.remove();
        const missing = document.createElement('p');
        missing.textContent = 'This page is not there.';
        story.append(missing);
      }));
      assert.equal(await error, 'precis: no article found');
      assert.equal(await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.childNodes.length), 0,
        "no points of the last page's article");
      await page.evaluate(() => document.querySelector('#story p').replaceWith(...window.__article));
      const texts = await points(page, { count: 3 });
      await click(page, 0);
      assert.equal(norm(await highlighted(page) ?? ''), norm(texts[0]));
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });
});
