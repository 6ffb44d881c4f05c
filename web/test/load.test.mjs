// Loading the wasm: a response that is not WebAssembly, or none, fails with the URL and
// the reason (each case in its own Node process: the module loads once per process).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const TEXT = 'The council met on Monday to discuss the bridge. It voted to fund the repairs. Work starts in May, officials said.';

// Runs `node args` in `cwd`: what it prints.
function run(args, cwd) {
  return new Promise((ok, ko) => execFile(process.execPath, ['--no-warnings', ...args], { cwd },
    (e, stdout) => (e ? ko(e) : ok(stdout.trim()))));
}

let server;
let base;

before(async () => {
  // A dev server's single-page-app fallback: HTML for every path.
  server = createServer((req, res) => {
    if (req.url === '/gone.wasm') { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!DOCTYPE html><html><body>app</body></html>');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

// Creates a summarizer with the wasm from `source` in a fresh process: its error message.
function createWith(source) {
  const script = `import { Precis } from 'precis';
    Precis.setWasmSource(${JSON.stringify(source)});
    Precis.create().then(() => console.log('loaded'), (e) => console.log(e.message));`;
  return new Promise((ok, ko) => execFile(process.execPath, ['--no-warnings', '--input-type=module', '-e', script],
    { cwd: new URL('.', import.meta.url) }, (e, stdout) => (e ? ko(e) : ok(stdout.trim()))));
}

test('an HTML answer: precis: cannot load <url>: not WebAssembly, with its type and start', async () => {
  assert.equal(await createWith(`${base}/assets/precis.wasm`),
    `precis: cannot load ${base}/assets/precis.wasm: the response is not WebAssembly (text/html, starts with "<!DOCTYPE html><")`);
});

test('an HTTP error and a missing file name the URL', async () => {
  assert.equal(await createWith(`${base}/gone.wasm`), `precis: cannot load ${base}/gone.wasm: HTTP 404`);
  const missing = new URL('../dist/nowhere.wasm', import.meta.url).href;
  assert.equal(await createWith(missing), `precis: cannot load ${missing}: ENOENT`);
});

test('bytes that are not a module', async () => {
  const script = `import { Precis } from 'precis';
    Precis.setWasmSource(new TextEncoder().encode('not wasm at all'));
    Precis.create().then(() => console.log('loaded'), (e) => console.log(e.message));`;
  const out = await new Promise((ok, ko) => execFile(process.execPath, ['--input-type=module', '-e', script],
    { cwd: new URL('.', import.meta.url) }, (e, stdout) => (e ? ko(e) : ok(stdout.trim()))));
  assert.equal(out, 'precis: cannot load the given bytes: the response is not WebAssembly (no content type, starts with "not wasm at all")');
});

test('a compiled module: the one given is used; another program fails with the reason', async () => {
  const script = (module) => `import { Precis } from 'precis';
    import { readFileSync } from 'node:fs';
    const module = ${module};
    Precis.setWasmSource(module);
    Precis.create().then((s) => s.summarize(${JSON.stringify(TEXT)})).then(console.log, (e) => console.log(e.message));`;
  const node = (source) => new Promise((ok, ko) => execFile(process.execPath, ['--input-type=module', '-e', source],
    { cwd: new URL('.', import.meta.url) }, (e, stdout) => (e ? ko(e) : ok(stdout.trim()))));
  const compiled = await node(script(`await WebAssembly.compile(readFileSync(new URL(${JSON.stringify(new URL('precis.wasm', dist).href)})))`));
  assert.match(compiled, /^- The council met on Monday/);
  // A module that imports a function from "x" (the loader offers none).
  const other = await node(script('new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 7, 1, 1, 120, 1, 121, 0, 0]))'));
  assert.match(other, /^precis: cannot load the given module: .*\S/);
});

test("a CommonJS bundle for Node has no import.meta.url: a precis: error that says what to do", async () => {
  // esbuild --platform=node, its default format (cjs): import.meta is {}. The module cannot
  // know where the wasm is; a relative setWasmSource() path is the working directory's.
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'precis-cjs-'));
  try {
    await build({ stdin: { contents: `const { Precis } = require('precis');
      if (process.argv[2]) Precis.setWasmSource(process.argv[2]);
      Precis.create().then(async (s) => console.log(await s.summarize(${JSON.stringify(TEXT)})), (e) => console.log(e.message));`,
    resolveDir: fileURLToPath(new URL('.', import.meta.url)), sourcefile: 'app.js' },
    bundle: true, platform: 'node', outfile: join(dir, 'app.cjs'), logLevel: 'silent' });
    mkdirSync(join(dir, 'assets'));
    copyFileSync(new URL('precis.wasm', dist), join(dir, 'assets', 'precis.wasm'));
    assert.equal(await run(['app.cjs'], dir), 'precis: cannot find precis.wasm: this module has no import.meta.url ' +
      '(a CommonJS bundle?) and there is no page; call Precis.setWasmSource() with its URL or its bytes before the first create()');
    assert.equal((await run(['app.cjs', './assets/precis.wasm'], dir)).split('\n').length, 3);
    const elsewhere = join(dir, 'assets');
    assert.equal(await run([join(dir, 'app.cjs'), './assets/precis.wasm'], elsewhere),
      `precis: cannot load ${pathToFileURL(join(elsewhere, 'assets', 'precis.wasm')).href}: ENOENT`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in Node, a relative setWasmSource() path resolves against the working directory, not the package', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precis-cwd-'));
  try {
    copyFileSync(new URL('precis.wasm', dist), join(dir, 'copy.wasm'));
    const script = (source) => `import { Precis } from ${JSON.stringify(new URL('precis.node.mjs', dist).href)};
      Precis.setWasmSource(${JSON.stringify(source)});
      Precis.create().then(async (s) => console.log(await s.summarize(${JSON.stringify(TEXT)})), (e) => console.log(e.message));`;
    assert.equal((await run(['--input-type=module', '-e', script('copy.wasm')], dir)).split('\n').length, 3);
    assert.equal(await run(['--input-type=module', '-e', script('sub/none.wasm')], dir),
      `precis: cannot load ${pathToFileURL(join(dir, 'sub', 'none.wasm')).href}: ENOENT`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
