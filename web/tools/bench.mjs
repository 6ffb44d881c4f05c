// bench.mjs FILE.jsonl [PRECIS_BENCH] [--seconds S] [--rounds R]: single-thread throughput
// of the native build (build/native/precis-bench) and of the WebAssembly module in Node
// over the same articles, in one run, and their ratio (wasm / native). The two alternate
// for R rounds (default 5) of S seconds (default 2); medians are reported, and the ratio
// of each round too, since shared machines are noisy.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Precis } from '../dist/precis.node.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const seconds = option('--seconds', 2);
const rounds = option('--rounds', 5);
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

// Alternate the two and keep medians: these machines are shared and noisy.
const native = [], wasm = [], ratios = [];
for (let round = 0; round < rounds; round++) {
  native.push(nativeRate());
  wasm.push(await wasmRate());
  ratios.push(wasm[round] / native[round]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
console.log(`${file}: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds of ${seconds} s`);
console.log(`per round, wasm/native: ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
console.log(`native: ${median(native).toFixed(0)} articles/s   wasm (Node ${process.versions.node}): ` +
            `${median(wasm).toFixed(0)} articles/s   ratio of medians wasm/native: ${(median(wasm) / median(native)).toFixed(2)}`);
