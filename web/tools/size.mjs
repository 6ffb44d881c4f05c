// size.mjs [DIR]: raw, gzip (level 9) and brotli (quality 11) sizes of the files a page
// downloads (default DIR: web/dist): the module (precis.mjs, precis.wasm), then what a
// news page with the widget loads on top of it.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = new URL(process.argv[2] ? `file://${process.cwd()}/${process.argv[2]}/` : '../dist/', import.meta.url);
const groups = [
  ['the module', ['precis.mjs', 'precis.wasm']],
  ['the widget adds', ['precis-widget.js', 'element.mjs', 'widget.mjs', 'core.mjs', 'box.mjs', 'box-assets.mjs', 'page.mjs', 'worker.mjs']],
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const total = [0, 0, 0];
console.log(`${'file'.padEnd(18)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const [name, files] of groups) {
  const sub = [0, 0, 0];
  for (const f of files) {
    const bytes = readFileSync(new URL(f, dir));
    const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length,
                   brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
    sizes.forEach((s, i) => { sub[i] += s; total[i] += s; });
    console.log(f.padEnd(18) + sizes.map(kb).join(''));
  }
  console.log(`  ${name}`.padEnd(18) + sub.map(kb).join(''));
}
console.log('total'.padEnd(18) + total.map(kb).join(''));
