// parity.mjs FILE.jsonl [PRECIS_CLI]: the native CLI and the WebAssembly module on the same
// articles, compared byte for byte. Prints the number of mismatches and, for the first
// few, the first field that differs. Exit status 1 when any article differs.
//
//   node web/tools/parity.mjs ../shared/data/cnndm.en.jsonl build/native/precis
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Precis } from '../dist/precis.node.mjs';

const [file, cli = 'build/native/precis'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node web/tools/parity.mjs FILE.jsonl [PRECIS_CLI]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
// The CLI exits with status 1 when some line was refused (its record holds the error), so
// the status alone does not say that it failed: a missing record does.
const run = spawnSync(cli, ['--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', file],
                      { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
const native = run.stdout ? run.stdout.toString().split('\n') : [];
if (run.error || native.length < lines.length + 1) {
  console.error(`${cli}: ${run.error ? run.error.message : `${native.length - 1} records for ${lines.length} lines`}`);
  if (run.stderr) process.stderr.write(run.stderr);
  process.exit(2);
}
const summarizer = await Precis.create();

// The first field where two results differ, as a path.
function firstDifference(a, b, path = '$') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return `${path} (key order)`;
}

let mismatches = 0, errors = 0;
for (let i = 0; i < lines.length; i++) {
  const item = JSON.parse(lines[i]);
  // The CLI puts the line's id first: {"id":...,<the result's fields>}.
  const nativeLine = native[i];
  const body = '{' + nativeLine.slice(nativeLine.indexOf(',') + 1);
  let wasm;
  try {
    wasm = await summarizer.analyzeJSON(item.text, { title: item.title ?? undefined, lang: item.lang ?? undefined });
  } catch (e) {
    wasm = JSON.stringify({ error: e.message.replace(/^precis: /, '') });
  }
  // A refused article must be refused by both. The messages may differ in their subject:
  // the CLI names the jsonl record's field ("lang: ..."), the API the option ("option 'lang': ...").
  const refused = JSON.parse(body).error !== undefined, wasmRefused = JSON.parse(wasm).error !== undefined;
  if (refused && wasmRefused) errors++;
  else if (wasm !== body) {
    mismatches++;
    if (mismatches <= 5) {
      console.log(`line ${i + 1} (id ${JSON.stringify(item.id)}): first difference at ${firstDifference(JSON.parse(wasm), JSON.parse(body))}`);
    }
  }
}
console.log(`${file}: ${lines.length} articles, ${mismatches} mismatches between native and wasm` +
            (errors ? ` (${errors} refused by both)` : ''));
process.exit(mismatches ? 1 : 0);
