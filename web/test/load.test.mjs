// Loading the wasm: a response that is not WebAssembly, or none, fails with the URL and
// the reason (each case in its own Node process: the module loads once per process).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';

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
