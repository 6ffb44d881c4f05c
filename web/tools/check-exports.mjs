// check-exports.mjs PRECIS_H EXPORT_LIST PRECIS_WASM
// Fails unless the functions declared in precis.h, the export list and the functions the
// built module exports are the same set (Emscripten's own runtime exports aside).
import { readFileSync } from 'node:fs';

const [header, list, wasm] = process.argv.slice(2);
const declared = new Set([...readFileSync(header, 'utf8').matchAll(/^[a-z].*?\b(precis_[a-z_0-9]+)\s*\(/gm)].map((m) => m[1]));
const listed = new Set(readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const module = new WebAssembly.Module(readFileSync(wasm));
// Emscripten adds these for its runtime; they are not part of precis's ABI.
const runtime = new Set(['memory', '_initialize', '__indirect_function_table', '__errno_location', '__dl_seterr',
                         'malloc', 'free', 'setThrew', 'stackSave', 'stackRestore', 'stackAlloc']);
const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name).filter((n) => !runtime.has(n)));

const problems = [];
const diff = (a, b, what) => { for (const x of a) if (!b.has(x)) problems.push(`${x}: ${what}`); };
diff(declared, listed, 'declared in precis.h but not in the export list');
diff(listed, declared, 'in the export list but not declared in precis.h');
diff(listed, exported, 'in the export list but not exported by the module');
diff(exported, listed, 'exported by the module but not in the export list');
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${declared.size} functions: precis.h, the export list and the module agree`);
