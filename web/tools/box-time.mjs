// box-time.mjs [--engines chromium,firefox,webkit] [--runs N] [--page PATH] [--viewport WxH]
//              [--compare DIST] [--after PATH] [--cache CACHE-CONTROL]:
// how soon the widget's box is there, per engine, on the demo site (each run a fresh
// browser profile, nothing cached), as medians over N runs (default 7) with the range:
//   to box     from the article entering the viewport to the frame after the box was
//              inserted (the box painted)
//   stall      the main thread's longest stall in that time, in every engine: the
//              longest gap between two messages it could not deliver (web/test/probe.js)
//   long task  the longest Long Tasks entry in that time (Chromium only)
//   bytes      what the page load transferred, all of it and the widget's part (/precis/);
//              the demo server does not compress (node web/tools/size.mjs: brotli sizes)
// --compare DIST serves another build of web/dist (a folder like it, e.g. one built from an
// earlier commit with -DPRECIS_WEB_DIST=...) to every other run, and prints both: the
// runs alternate, so that the two builds see the same machine. A single run's figures
// move by more than most changes on a shared machine.
// --after PATH: a returning reader. Each run first reads PATH (another page of the site)
// until its box is there, then goes on to the measured page in the same tab and profile
// (Chromium's on disk, where it keeps compiled wasm), which times that second page only.
// --cache sets the Cache-Control of the widget's files (default no-cache: revalidated
// every time, 304 when unchanged); a site would serve them with e.g. max-age=3600.
// Needs web/dist, the browsers and the drivers (./toolchains/install-deps.sh). A benchmark,
// not a test.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const compare = option('--compare', null);
const after = option('--after', null);
const widgetCache = option('--cache', 'no-cache');
if (compare && !existsSync(join(compare, 'precis.wasm'))) {
  console.error(`box-time: --compare ${compare}: no precis.wasm there (a folder like web/dist is needed)`);
  process.exit(2);
}

let sent = [];
const probe = fileURLToPath(new URL('../test/probe.js', import.meta.url));
const onResponse = (p, bytes) => sent.push([p, bytes]);
// One server per build: the same site, with /precis/ from web/dist or from DIST.
const builds = [{ label: 'web/dist', roots: [] }];
if (compare) builds.push({ label: compare, roots: [['/precis/', resolve(compare)]] });
for (const b of builds) {
  b.server = await serve({ port: 0, probe, onResponse, roots: b.roots, widgetCache });
  b.base = `http://127.0.0.1:${b.server.address().port}`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`${path}${after ? ` after ${after} (/precis/: ${widgetCache})` : ''}, ${width} x ${height}, ` +
  `${runs} runs per engine${compare ? ' and build, alternating' : ''} (medians, range)`);
const boxOrError = () => window.__probe.paintedAt > 0 || window.__probe.error;
for (const name of engines) {
  const browser = await launch(name);
  for (const b of builds) Object.assign(b, { toBox: [], stall: [], longTask: [], total: [], widget: [] });
  for (let run = 0; run < runs; run++) {
    // Each build goes first in every other pair, so that neither always follows the other.
    for (const b of run % 2 ? [...builds].reverse() : builds) {
      sent = [];
      const page = await browser.open(b.base + (after || path), { viewport: { width, height }, onDisk: Boolean(after) });
      try {
        if (after) {
          await page.waitFor(boxOrError);
          sent = [];
          await page.visit(b.base + path);
        }
        await page.waitFor(boxOrError);
        const p = await page.evaluate(() => window.__probe);
        if (p.error) throw new Error(`${name}: ${p.error}`);
        const from = p.visibleAt;
        const to = p.paintedAt;
        const within = ([start, end]) => end > from && start < to;
        b.toBox.push(to - from);
        b.stall.push(Math.max(0, ...p.gaps.filter(within).map(([s, e]) => Math.min(e, to) - Math.max(s, from))));
        if (p.hasLongTasks) b.longTask.push(Math.max(0, ...p.longTasks.map(([s, d]) => [s, s + d]).filter(within).map(([s, e]) => e - s)));
        b.total.push(sent.reduce((n, [, x]) => n + x, 0));
        b.widget.push(sent.filter(([u]) => u.startsWith('/precis/')).reduce((n, [, x]) => n + x, 0));
      } finally {
        await page.close();
      }
    }
  }
  await browser.close();
  const ms = (xs) => `${median(xs).toFixed(0)} ms (${range(xs)})`;
  console.log(`${name.padEnd(9)} ${browser.version}`);
  for (const b of builds) {
    console.log(`  ${compare ? `${b.label}: ` : ''}to box ${ms(b.toBox)}   stall ${ms(b.stall)}   ` +
      `long task ${b.longTask.length ? ms(b.longTask) : 'n/a'}   bytes ${kb(median(b.total))} (widget ${kb(median(b.widget))})`);
  }
  if (compare) {
    // Run by run, the second build's time less the first's (neighbouring runs share the
    // machine's state more than runs far apart do).
    const diffs = builds[1].toBox.map((t, i) => t - builds[0].toBox[i]);
    console.log(`  ${compare} - web/dist, run by run: median ${median(diffs).toFixed(0)} ms (${range(diffs)})`);
  }
}
for (const b of builds) b.server.close();
