// try-page.mjs PAGE.html [...]: drops the widget's script tag into saved news pages and
// shows, for each, the box's points and whether each is a sentence of the article that
// `precis --extract` finds in the same file (the page's own scripts and any request
// off the page are blocked: saved pages call home).
//   node web/tools/try-page.mjs page.html [build/native/precis]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const cli = args.find((a) => /precis$/.test(a)) || `${repo}build/native/precis`;
const pages = args.filter((a) => a !== cli);
if (!pages.length) {
  console.error('usage: node web/tools/try-page.mjs PAGE.html ... [path/to/precis]');
  process.exit(2);
}
const ORIGIN = 'http://news.test';
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const norm = (s) => s.replace(/\s+/g, ' ').trim();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
for (const file of pages) {
  let html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const tag = '<script src="/precis/precis-widget.js" defer></script>';
  html = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${tag}</head>`) : tag + html;
  let article = '';
  try {
    article = norm(execFileSync(cli, ['--extract', '--input', 'html', file], { encoding: 'utf8' }));
  } catch (e) {
    article = '';
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/page.html') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    if (url.pathname.startsWith('/precis/')) {
      const name = url.pathname.slice('/precis/'.length);
      const ext = name.slice(name.lastIndexOf('.'));
      return route.fulfill({ body: readFileSync(`${repo}web/dist/${name}`), contentType: TYPES[ext] || 'text/plain' });
    }
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/page.html`);
  const points = await page.waitForFunction(() => {
    const host = document.querySelector('precis-summary');
    const items = host?.shadowRoot?.querySelectorAll('.point');
    return items && items.length ? [...items].map((b) => b.textContent) : null;
  }, null, { timeout: 20000 }).then((h) => h.jsonValue(), () => null);
  console.log(`\n${file}`);
  if (!points) {
    console.log('  no box');
    failures++;
  } else {
    for (const p of points) {
      const ok = article.includes(norm(p));
      if (!ok) failures++;
      console.log(`  ${ok ? 'in the article ' : 'NOT IN ARTICLE '} ${p.slice(0, 100)}`);
    }
  }
  await context.close();
}
await browser.close();
process.exit(failures ? 1 : 0);
