// size.mjs [DIR]: raw, gzip (level 9) and brotli (quality 11) sizes of the files a page
// downloads: precis.mjs and precis.wasm (default DIR: web/dist).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = new URL(process.argv[2] ? `file://${process.cwd()}/${process.argv[2]}/` : '../dist/', import.meta.url);
const files = ['precis.mjs', 'precis.wasm'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const total = [0, 0, 0];
console.log(`${'file'.padEnd(14)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const f of files) {
  const bytes = readFileSync(new URL(f, dir));
  const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length,
                 brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  sizes.forEach((s, i) => { total[i] += s; });
  console.log(f.padEnd(14) + sizes.map(kb).join(''));
}
console.log('total'.padEnd(14) + total.map(kb).join(''));
