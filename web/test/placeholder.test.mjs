// The placeholder's space (precis-placeholder.css) against the box's real height: on each
// demo article page, for each type and length, at 320, 768 and 1280 px, the box must fit
// the space the style sheet reserves for it, so that a reserved box never cuts a point.
// Prints the tallest box per width (rem) for the README.   node --test web/test/placeholder.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../demo/serve.mjs';
import { launch } from './chromium.mjs';

const PAGES = ['g20', 'kazan-metro.ru', 'wind-farm', 'hostile'];
const BOXES = [['key-points', 'short'], ['key-points', 'medium'], ['key-points', 'long'], ['tldr', 'short'],
  ['tldr', 'medium'], ['tldr', 'long'], ['teaser', 'short'], ['teaser', 'long'], ['headline', 'short']];
let server;
let browser;
let base;

before(async () => {
  server = await serve({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const width of [320, 768, 1280]) {
  test(`${width} px: every box fits its reserved space`, async (t) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const tallest = {};
    try {
      for (const name of PAGES) {
        await page.goto(`${base}/articles/${name}.html`);
        await page.waitForFunction(() => customElements.get('precis-summary'));
        const sizes = await page.evaluate(async (boxes) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = '/precis/precis-placeholder.css';
          await new Promise((ok, ko) => { link.onload = ok; link.onerror = ko; document.head.append(link); });
          for (const el of document.querySelectorAll('precis-summary')) el.remove();
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
          const lead = [...document.querySelectorAll('#story p')].find((p) => p.textContent.length > 80);
          const out = [];
          for (const [type, length] of boxes) {
            const el = document.createElement('precis-summary');
            el.style.minHeight = '0';  // the box's own height first
            for (const [k, v] of [['for', 'story'], ['type', type], ['length', length]]) el.setAttribute(k, v);
            lead.before(el);
            await el.widget.ready;
            const natural = el.getBoundingClientRect().height / rem;
            el.style.minHeight = '';
            out.push({ natural, reserved: parseFloat(getComputedStyle(el).minHeight) / rem });
            el.remove();
          }
          return out;
        }, BOXES);
        BOXES.forEach(([type, length], i) => {
          const { natural, reserved } = sizes[i];
          const key = `${type}/${length}`;
          tallest[key] = Math.max(tallest[key] ?? 0, natural);
          assert.ok(natural <= reserved, `${name} ${key} at ${width} px: the box is ${natural.toFixed(1)} rem, the space ${reserved} rem`);
        });
      }
      t.diagnostic(`tallest boxes at ${width} px (rem): ${Object.entries(tallest).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    } finally {
      await context.close();
    }
  });
}
