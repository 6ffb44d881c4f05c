// The widget in a real browser, on the demo site (demo/site, served by demo/serve.mjs
// with web/test/probe.js loaded first by every page), in one engine per run:
//   PRECIS_ENGINE=chromium|firefox|webkit node --test web/test/browser.test.mjs
// or ./tests/browsers.sh ENGINE. The engines and their drivers: web/test/engines.mjs.
// Needs web/dist (the wasm preset) and build/native/precis (the extraction parity test).
// Screenshots go to build/browser-artifacts/ (PRECIS_ARTIFACTS overrides), named
// ENGINE-....png. What an engine cannot do is skipped with the reason printed beside it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, WEBKIT_MIN_WIDTH } from './engines.mjs';
import { serve } from '../../demo/serve.mjs';

const engine = process.env.PRECIS_ENGINE || 'chromium';
const repo = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = process.env.PRECIS_ARTIFACTS || `${repo}build/browser-artifacts`;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };
// A tap target's least height (WCAG 2.5.5, Apple's and Google's guidelines).
const TAP_TARGET = 44;
// No test waits forever on a browser that stopped answering: it fails instead.
const LIMIT = { timeout: 120000 };

let server;
let browser;
let base;
const requested = [];  // the paths the server was asked for since the last open()

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serve({ port: 0, probe: fileURLToPath(new URL('probe.js', import.meta.url)),
    onResponse: (path) => requested.push(path) });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch(engine);
  console.log(`# engine: ${engine} (${browser.version})`);
}, { timeout: 60000 });

after(async () => {
  await browser?.close();
  server?.close();
});

// What went wrong in the page: the probe's records (every engine) and the driver's
// console and network events (Chromium and Firefox).
async function problems(page) {
  const probe = await page.evaluate(() => ({
    errors: window.__probe.errors,
    violations: window.__probe.violations,
    dialogs: window.__probe.dialogs,
    foreign: performance.getEntriesByType('resource').map((e) => e.name)
      .filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:')),
  }));
  const native = page.nativeLog || { errors: [], foreign: [] };
  return {
    errors: [...new Set([...probe.errors, ...native.errors])],
    violations: probe.violations,
    dialogs: probe.dialogs,
    foreign: [...new Set([...probe.foreign, ...native.foreign])],
  };
}

async function open(path, options) {
  requested.length = 0;
  return browser.open(base + path, options);
}

// The box's points, once it is there.
async function points(page) {
  await page.waitFor(() => {
    const host = document.querySelector('precis-summary');
    return !!(host && host.shadowRoot && host.shadowRoot.querySelectorAll('.point').length > 0);
  });
  return page.evaluate(() => [...document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')]
    .map((b) => b.textContent));
}

const activate = (page, k) => page.evaluate((i) => {
  document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')[i].click();
}, k);

// The highlighted sentence: the Custom Highlight API's range, or the <mark> fallback's text.
const highlighted = (page) => page.evaluate(() => {
  const h = window.CSS && CSS.highlights && CSS.highlights.get('precis-sentence');
  if (h) {
    const r = [...h][0];
    return { via: 'highlight', text: r.toString(), inArticle: !!r.startContainer.parentElement.closest('#story') };
  }
  const marks = [...document.querySelectorAll('mark[data-precis-highlight]')];
  if (!marks.length) return null;
  return { via: 'mark', text: marks.map((m) => m.textContent).join(''), inArticle: marks.every((m) => !!m.closest('#story')) };
});
const norm = (s) => s.replace(/\s+/g, ' ').trim();

// Each point, twice over: activating it highlights exactly its sentence, in the article.
async function checkHighlights(page, texts, via) {
  for (const round of [1, 2]) {
    for (let i = 0; i < texts.length; i++) {
      await activate(page, i);
      const h = await highlighted(page);
      assert.ok(h, `point ${i} (round ${round}) highlights something`);
      assert.equal(h.via, via);
      assert.equal(norm(h.text), norm(texts[i]), `point ${i} (round ${round}) highlights its sentence`);
      assert.ok(h.inArticle, 'the highlighted sentence is in the article');
    }
  }
}

const ARTICLES = [
  { path: '/articles/g20.html', items: 3, lang: 'en', heading: 'Key points' },
  { path: '/articles/kazan-metro.ru.html', items: 3, lang: 'ru', heading: 'Главное', placeholder: true },
  { path: '/articles/wind-farm.html', items: 5, lang: 'en', heading: 'Key points' },
  { path: '/articles/hostile.html', items: 3, lang: 'en', heading: 'Key points', noCsp: true },
  { path: '/articles/g20-trusted-types.html', items: 3, lang: 'en', heading: 'Key points', trustedTypes: true },
];

// The article's paragraphs' places in the document (they must not move under a reserved placeholder).
const paragraphTops = (page) => page.evaluate(() => [...document.querySelectorAll('#story > p')]
  .map((p) => Math.round(p.getBoundingClientRect().top + scrollY)));

async function checkArticle(t, a, page, texts) {
  assert.equal(texts.length, a.items);
  const heading = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.querySelector('h2').textContent);
  assert.equal(heading, a.heading);
  await checkHighlights(page, texts, 'highlight');
  assert.equal(await page.evaluate(() => window.__probe.ready), true, 'precis:ready fired');
  // Whoever put the box there (a placeholder, the script tag), its `widget` is the handle
  // a mount gives, whose box it is.
  const handle = await page.evaluate(() => {
    const el = document.querySelector('precis-summary');
    return el.widget && el.widget.ready.then((w) => w.host === el && typeof el.widget.update === 'function');
  });
  assert.equal(handle, true, "the box's widget is its mount's handle");
  const p = await problems(page);
  assert.deepEqual(p.errors, [], 'no console errors');
  assert.deepEqual(p.foreign, [], 'no requests beyond the site');
  assert.deepEqual(p.violations, [], 'no CSP or Trusted Types violation');
  assert.deepEqual(p.dialogs, [], 'no dialogs');
  // The page compiles the module while its worker starts and hands it over (core.mjs):
  // the page fetched it, and nobody fetched it again.
  assert.deepEqual(requested.filter((u) => u.endsWith('.wasm')), ['/precis/precis.wasm'], 'precis.wasm is requested once');
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('/precis/precis.wasm')).length), 1, 'by the page');
  if (!a.noCsp) {
    // The strict CSP is in force (so that "no violation" means something): an inline
    // script does not run (under Trusted Types, setting its text throws first).
    const inlineRefused = await page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.appendChild(script);
        script.remove();
      } catch (e) { /* refused by Trusted Types */ }
      return window.__inlineRan !== true;
    });
    assert.equal(inlineRefused, true, 'the page runs under its strict CSP');
  }
  if (a.trustedTypes) {
    const tt = await page.evaluate(() => !!window.trustedTypes);
    if (!tt) {
      t.diagnostic(`${engine} has no Trusted Types: only the CSP is checked here`);
    } else {
      const sinkRefused = await page.evaluate(() => {
        try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch (e) { return e instanceof TypeError; }
      });
      assert.equal(sinkRefused, true, 'Trusted Types are enforced: a string sink throws');
    }
  }
}

for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  describe(`the widget on every demo article page (${size}, ${viewport.width} x ${viewport.height}${size === 'phone' ? ', touch' : ''})`, () => {
    for (const a of ARTICLES) {
      test(a.path, LIMIT, async (t) => {
        const page = await open(a.path, { viewport, touch: size === 'phone' });
        try {
          const topsBefore = a.placeholder ? await paragraphTops(page) : null;
          const texts = await points(page);
          await checkArticle(t, a, page, texts);
          if (a.placeholder) {
            await page.evaluate(() => window.scrollTo(0, 0));
            assert.deepEqual(await paragraphTops(page), topsBefore, 'nothing moves: the placeholder holds the space');
          }
          if (await page.evaluate(() => window.__probe.hasLayoutShift)) {
            const cls = await page.evaluate(() => window.__probe.cls);
            t.diagnostic(`layout shift ${cls.toFixed(4)}`);
            if (a.placeholder) assert.equal(cls, 0, 'no layout shift with a reserved placeholder');
            else assert.ok(cls < 0.05, `layout shift ${cls} under 0.05`);
          } else {
            t.diagnostic(`layout shift not measured: ${engine} has no Layout Instability API`);
          }
          if (size === 'phone') await checkPhone(t, page, texts);
        } finally {
          await page.close();
        }
      });
    }
  });
}

// At phone size: the box fits, nothing overflows sideways, points are tap targets, and
// tapping a point scrolls its sentence into view and highlights it.
async function checkPhone(t, page, texts) {
  const layout = await page.evaluate(() => {
    const host = document.querySelector('precis-summary');
    const box = host.shadowRoot.querySelector('.box').getBoundingClientRect();
    return {
      width: innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      box: [box.left, box.right],
      points: [...host.shadowRoot.querySelectorAll('.point')].map((b) => {
        const r = b.getBoundingClientRect();
        return [r.left, r.right, r.height];
      }),
    };
  });
  assert.equal(layout.width, PHONE.width);
  if (engine === 'webkit') {
    t.diagnostic(`the page in a ${PHONE.width} px frame (MiniBrowser's window is never narrower than ` +
      `${WEBKIT_MIN_WIDTH} px); a mouse click stands in for the tap (WebKitWebDriver has no touch input)`);
  }
  assert.ok(layout.scrollWidth <= layout.width, `no horizontal overflow (${layout.scrollWidth} > ${layout.width})`);
  assert.ok(layout.box[0] >= 0 && layout.box[1] <= layout.width, `the box fits: ${layout.box}`);
  for (const [left, right, height] of layout.points) {
    assert.ok(left >= layout.box[0] && right <= layout.box[1], 'each point stays inside the box');
    assert.ok(height >= TAP_TARGET, `a point is ${height} px tall, at least ${TAP_TARGET}`);
  }
  // The last point's sentence is furthest down: scroll to the top, then tap it.
  const last = texts.length - 1;
  // (Again until it holds: the smooth scroll of the last activation may still be running.)
  await page.waitFor(() => { window.scrollTo(0, 0); return scrollY === 0; });
  await page.evaluate((k) => {
    // Into view first, as a reader's finger would find it (the tap itself must not scroll).
    document.querySelector('precis-summary').shadowRoot.querySelectorAll('.point')[k].scrollIntoView({ block: 'center' });
    window.__scrolledTo = scrollY;
  }, last);
  if (browser.can.touch) await page.tap(last);
  else await page.click(last);
  const seen = await page.waitFor(() => {
    const h = window.CSS && CSS.highlights && CSS.highlights.get('precis-sentence');
    const node = h ? [...h][0].startContainer.parentElement : document.querySelector('mark[data-precis-highlight]');
    if (!node || scrollY === window.__scrolledTo) return false;
    const r = node.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight ? 'in view' : false;
  }, null, 5000);
  assert.equal(seen, 'in view', 'tapping a point scrolls its sentence into view');
  const h = await highlighted(page);
  assert.equal(norm(h.text), norm(texts[last]));
}

test('without the Custom Highlight API: <mark> highlights every point, every time, and goes cleanly', LIMIT, async () => {
  // The probe removes the API from the page (?precis-test=no-highlight-api), as in older engines.
  const page = await open('/articles/g20.html?precis-test=no-highlight-api');
  try {
    const texts = await points(page);
    assert.equal(await page.evaluate(() => typeof Highlight === 'undefined' && !CSS.highlights), true);
    const article = () => page.evaluate(() => document.getElementById('story').innerHTML);
    await activate(page, 0);
    await page.waitFor(() => !document.querySelector('mark[data-precis-highlight]'), null, 10000);
    const clean = await article();
    await checkHighlights(page, texts, 'mark');
    await page.waitFor(() => !document.querySelector('mark[data-precis-highlight]'), null, 10000);
    assert.equal(await article(), clean, 'the article is exactly as it was once the mark is gone');
    const p = await problems(page);
    assert.deepEqual([...p.errors, ...p.violations], []);
  } finally {
    await page.close();
  }
});

test('the hostile page: nothing runs, nothing is injected', LIMIT, async () => {
  const page = await open('/articles/hostile.html');
  try {
    const before = await page.evaluate(() => document.querySelectorAll('img, script, iframe').length);
    const texts = await points(page);
    for (let i = 0; i < texts.length; i++) await activate(page, i);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.evaluate(() => window.__precisPwned === undefined), true, 'no payload ran');
    assert.deepEqual((await problems(page)).dialogs, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, script, iframe').length), before);
    const inBox = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot
      .querySelectorAll('*:not(section):not(div):not(h2):not(button):not(ol):not(li)').length);
    assert.equal(inBox, 0, 'the box holds only its own elements');
    // The payloads the article's text carries are shown as text.
    assert.ok(texts.some((s) => s.includes('<img src=x onerror=') || s.includes('</script>')),
      'a payload-carrying sentence is among the points, as text');
  } finally {
    await page.close();
  }
});

test('keyboard: the points and the toggle are reachable and operable', LIMIT, async () => {
  const page = await open('/articles/g20.html');
  try {
    const texts = await points(page);
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.press('Tab');
      found = await page.evaluate(() => {
        const host = document.querySelector('precis-summary');
        return document.activeElement === host && !!host.shadowRoot.activeElement?.classList.contains('point');
      });
    }
    assert.ok(found, 'Tab reaches the first point');
    await page.press('Enter');
    assert.equal(norm((await highlighted(page))?.text ?? ''), norm(texts[0]));
    await page.press('Shift+Tab');
    const toggle = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.activeElement?.className);
    assert.equal(toggle, 'toggle', 'the toggle comes before the points');
    await page.press('Space');
    const state = await page.evaluate(() => {
      const root = document.querySelector('precis-summary').shadowRoot;
      return [root.querySelector('.toggle').getAttribute('aria-expanded'), root.querySelector('ol').hidden];
    });
    assert.deepEqual(state, ['false', true]);
    const label = await page.evaluate(() => document.querySelector('precis-summary').shadowRoot.querySelector('section').getAttribute('aria-labelledby'));
    assert.ok(label, 'the box is a labelled region');
  } finally {
    await page.close();
  }
});

test('the widget extracts the same article as precis --extract', LIMIT, async () => {
  const file = `${repo}demo/site/articles/wind-farm.html`;
  const cli = execFileSync(`${repo}build/native/precis`, ['--extract', file], { encoding: 'utf8' });
  const page = await open('/articles/wind-farm.html');
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
    await page.close();
  }
});

test('a page without an article: no box, one warning, a precis:error event, the page untouched', LIMIT, async () => {
  const page = await open('/index.html');
  try {
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('precis:error', () => resolve(true), { once: true });
      const s = document.createElement('script');
      s.src = '/precis/precis-widget.js';
      document.head.appendChild(s);
    }));
    assert.equal(await page.evaluate(() => window.__probe.error), 'precis: no article found');
    assert.equal(await page.evaluate(() => document.querySelector('precis-summary') === null), true, 'no box');
    assert.equal(await page.evaluate(() => document.body.innerHTML), before);
    const warnings = await page.evaluate(() => window.__probe.warnings);
    assert.equal(warnings.filter((w) => w.startsWith('precis:')).length, 1);
    const p = await problems(page);
    assert.deepEqual([...p.errors, ...p.violations], []);
  } finally {
    await page.close();
  }
});

test('screenshots: light and dark, en and ru, desktop and phone', LIMIT, async () => {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    for (const [name, path] of [['en', '/articles/g20.html'], ['ru', '/articles/kazan-metro.ru.html']]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await open(path, { colorScheme, viewport, touch: size === 'phone' });
        try {
          await points(page);
          assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme === 'dark');
          // The headline's bottom and the whole box in view.
          await page.evaluate((above) => window.scrollTo(0, document.querySelector('precis-summary').getBoundingClientRect().top +
            window.scrollY - above), size === 'phone' ? 120 : 380);
          await page.screenshot(`${artifacts}/${engine}-${size}-${name}-${colorScheme}.png`);
        } finally {
          await page.close();
        }
      }
    }
  }
});

test('the playground: summary, marked text, entities, quotes and scores under the strict CSP', LIMIT, async () => {
  const page = await open('/playground.html');
  try {
    await page.waitFor(() => document.querySelectorAll('#summary li').length === 3);
    const counts = await page.evaluate(() => ({
      chosen: document.querySelectorAll('#marked .chosen').length,
      entities: document.querySelectorAll('#entities tr').length - 1,
      people: document.querySelectorAll('#marked .entity-person[data-entity]').length,
      places: document.querySelectorAll('#marked .entity-place[data-entity]').length,
      firstType: document.querySelector('#entities tr:nth-child(2) td')?.textContent,
      quotes: document.querySelectorAll('#quotes tr').length - 1,
      scored: document.querySelectorAll('#scores tr').length - 1,
      status: document.getElementById('status').textContent,
    }));
    assert.ok(counts.chosen >= 3, 'the chosen sentences are marked in the text');
    assert.ok(counts.entities >= 3 && counts.quotes >= 3, 'entities and quotes are listed');
    assert.ok(counts.people >= 4 && counts.places >= 4, 'mentions are marked by type');
    assert.equal(counts.firstType, 'person', 'entities are grouped by type, people first');
    assert.ok(counts.scored > 10, 'every sentence has its scores');
    assert.match(counts.status, /^en, \d+ sentences/);
    const p = await problems(page);
    assert.deepEqual([...p.errors, ...p.violations], []);
  } finally {
    await page.close();
  }
});
