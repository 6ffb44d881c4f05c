// try-page.mjs PAGE.html [...]: drops the widget's script tag into saved news pages and
// shows, for each, the box's points and whether each is a sentence of the article that
// `precis --extract` finds in the same file (the page's own scripts and any request
// off the page are blocked: saved pages call home), and whether the box is the one the
// CLI gives for the file (`precis --input html`). Ends with the counts.
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
const counts = { pages: 0, boxes: 0, inArticle: 0, sameAsCli: 0, noBox: 0, cliNoBox: 0 };
for (const file of pages) {
  counts.pages++;
  let html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const tag = '<script src="/precis/precis-widget.js" defer></script>';
  html = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${tag}</head>`) : tag + html;
  const run = (args) => {
    try {
      return execFileSync(cli, [...args, '--input', 'html', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      return null;
    }
  };
  const article = norm(run(['--extract']) || '');
  const cliPoints = (run([]) || '').split('\n').filter((l) => l.trim()).map(norm);
  if (!cliPoints.length) counts.cliNoBox++;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // A page may upgrade its requests to https (CSP upgrade-insecure-requests): same host.
    if (url.host !== new URL(ORIGIN).host) return route.abort();
    if (url.pathname === '/page.html') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    if (url.pathname.startsWith('/precis/')) {
      const name = url.pathname.slice('/precis/'.length);
      const ext = name.slice(name.lastIndexOf('.'));
      return route.fulfill({ body: readFileSync(`${repo}web/dist/${name}`), contentType: TYPES[ext] || 'text/plain' });
    }
    return route.abort();
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text()); });
  page.on('pageerror', (e) => messages.push(String(e)));
  await page.goto(`${ORIGIN}/page.html`);
  const points = await page.waitForFunction(() => {
    const host = document.querySelector('precis-summary');
    const items = host?.shadowRoot?.querySelectorAll('.point');
    return items && items.length ? [...items].map((b) => b.textContent) : null;
  }, null, { timeout: 20000 }).then((h) => h.jsonValue(), () => null);
  console.log(`\n${file}`);
  const same = JSON.stringify((points || []).map(norm)) === JSON.stringify(cliPoints);
  if (same) counts.sameAsCli++;
  if (!points) {
    console.log(`  no box${same ? ' (nor from the CLI)' : ''}`);
    counts.noBox++;
    failures++;
  } else {
    counts.boxes++;
    let all = true;
    for (const p of points) {
      const ok = article.includes(norm(p));
      if (!ok) failures++;
      all = all && ok;
      console.log(`  ${ok ? 'in the article ' : 'NOT IN ARTICLE '} ${p.slice(0, 100)}`);
    }
    if (all) counts.inArticle++;
  }
  for (const m of messages.filter((t) => process.env.ALL_CONSOLE || /precis/i.test(t))) console.log(`  console: ${m.slice(0, 160)}`);
  if (!same) console.log(`  the CLI's box differs: ${cliPoints.length ? cliPoints.map((p) => p.slice(0, 60)).join(' | ') : 'none'}`);
  await context.close();
}
await browser.close();
console.log(`\n${counts.pages} pages: ${counts.boxes} boxes, ${counts.inArticle} with every point in the article; ` +
  `${counts.noBox} without a box (${counts.cliNoBox} without one from the CLI); ` +
  `the box is the CLI's on ${counts.sameAsCli} of ${counts.pages} pages`);
process.exit(failures ? 1 : 0);
