// box-time.mjs [--engines chromium,firefox,webkit] [--runs N] [--page PATH] [--viewport WxH]:
// how soon the widget's box is there, per engine, on the demo site (each run a fresh
// browser profile, nothing cached), as medians over N runs (default 7) with the range:
//   to box     from the article entering the viewport to the frame after the box was
//              inserted (the box painted)
//   stall      the main thread's longest stall in that time, in every engine: the
//              longest gap between two messages it could not deliver (web/test/probe.js)
//   long task  the longest Long Tasks entry in that time (Chromium only)
//   bytes      what the page load transferred, all of it and the widget's part (/precis/);
//              the demo server does not compress (node web/tools/size.mjs: brotli sizes)
// Needs web/dist, the browsers and the drivers (./toolchains/install-deps.sh). A benchmark,
// not a test: these machines are shared, so compare medians from one run.
import { fileURLToPath } from 'node:url';
import { ENGINES, launch } from '../test/engines.mjs';
import { serve } from '../../demo/serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const engines = option('--engines', ENGINES.join(',')).split(',');
const runs = Number(option('--runs', 7));
const path = option('--page', '/articles/g20.html');
const [width, height] = option('--viewport', '1280x800').split('x').map(Number);

let sent = [];
const server = await serve({
  port: 0,
  probe: fileURLToPath(new URL('../test/probe.js', import.meta.url)),
  onResponse: (p, bytes) => sent.push([p, bytes]),
});
const base = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`${path}, ${width} x ${height}, ${runs} runs per engine (medians, range)`);
for (const name of engines) {
  const browser = await launch(name);
  const toBox = [], stall = [], longTask = [], total = [], widget = [];
  for (let run = 0; run < runs; run++) {
    sent = [];
    const page = await browser.open(base + path, { viewport: { width, height } });
    try {
      await page.waitFor(() => window.__probe.paintedAt > 0 || window.__probe.error);
      const p = await page.evaluate(() => window.__probe);
      if (p.error) throw new Error(`${name}: ${p.error}`);
      const from = p.visibleAt;
      const to = p.paintedAt;
      const within = ([start, end]) => end > from && start < to;
      toBox.push(to - from);
      stall.push(Math.max(0, ...p.gaps.filter(within).map(([s, e]) => Math.min(e, to) - Math.max(s, from))));
      if (p.hasLongTasks) longTask.push(Math.max(0, ...p.longTasks.map(([s, d]) => [s, s + d]).filter(within).map(([s, e]) => e - s)));
      total.push(sent.reduce((n, [, b]) => n + b, 0));
      widget.push(sent.filter(([u]) => u.startsWith('/precis/')).reduce((n, [, b]) => n + b, 0));
    } finally {
      await page.close();
    }
  }
  await browser.close();
  const ms = (xs) => `${median(xs).toFixed(0)} ms (${range(xs)})`;
  console.log(`${name.padEnd(9)} ${browser.version}`);
  console.log(`  to box ${ms(toBox)}   stall ${ms(stall)}   long task ${longTask.length ? ms(longTask) : 'n/a'}   ` +
    `bytes ${kb(median(total))} (widget ${kb(median(widget))})`);
}
server.close();
