// bench.mjs FILE.jsonl [PRECIS_BENCH] [--seconds S]: single-thread throughput of the
// native build (build/native/precis-bench) and of the WebAssembly module in Node over the
// same articles, in one run, and their ratio (wasm / native).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Precis } from '../dist/precis.mjs';

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const seconds = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : 3;
const [file, nativeBench = 'build/native/precis-bench'] = args;
if (!file) {
  console.error('usage: node web/tools/bench.mjs FILE.jsonl [PRECIS_BENCH] [--seconds S]');
  process.exit(2);
}
const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text)
  .filter((t) => typeof t === 'string');
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

async function wasmRate() {
  const s = await Precis.create();
  let articles = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of texts) {
      try { await s.analyzeJSON(t); } catch { /* refused input counts as done, as natively */ }
    }
    articles += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  s.destroy();
  return articles / elapsed;
}

function nativeRate() {
  const out = execFileSync(nativeBench, [file, '--seconds', String(seconds)]).toString();
  const m = out.match(/single thread: (\d+) articles\/s/);
  if (!m) throw new Error(`unexpected output of ${nativeBench}: ${out}`);
  return Number(m[1]);
}

// Alternate the two, twice, and keep each one's median: these machines are noisy.
const native = [], wasm = [];
for (let round = 0; round < 2; round++) {
  native.push(nativeRate());
  wasm.push(await wasmRate());
}
const best = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const n = best(native), w = best(wasm);
console.log(`${file}: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`native: ${n.toFixed(0)} articles/s   wasm (Node ${process.versions.node}): ${w.toFixed(0)} articles/s   ratio wasm/native: ${(w / n).toFixed(2)}`);
