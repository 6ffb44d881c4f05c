// The widget's Web Worker: extraction and summary off the page's main thread. It gets
// the page in the wire format (page.mjs) and answers with { article, result }.
import { Precis } from './precis.mjs';
// What precis.mjs imports, named here too: the worker then fetches all its modules in one
// round instead of one level of imports after another (web/test/widget-modules.test.mjs).
import './page.mjs';
import './box.mjs';
import './box-assets.mjs';

const summarizers = new Map();  // one per set of options

// The page's first message (core.mjs) says where the module comes from: { wasm: 'pending' }
// while the page compiles it, then { wasm: module } (or null: load it from beside this
// script). Loading starts as soon as that is known, before the first request.
let compiling = false;
let sourceKnown;
const known = new Promise((resolve) => { sourceKnown = resolve; });
known.then(() => Precis.create()).then((s) => s.destroy(), () => { /* the first request reports the error */ });

function setSource(wasm) {
  if (wasm === 'pending') {
    compiling = true;
    return;
  }
  compiling = false;
  try {
    if (wasm) Precis.setWasmSource(wasm);
  } catch (e) { /* a request came first and loading has begun: it goes on as it is */ }
  sourceKnown();
}

self.onmessage = async (event) => {
  if ('wasm' in event.data) {
    setSource(event.data.wasm);
    return;
  }
  const { id, wire, options } = event.data;
  try {
    if (!compiling) sourceKnown();  // no word from the page: load the module from here
    await known;
    const key = JSON.stringify(options);
    if (!summarizers.has(key)) summarizers.set(key, await Precis.create(options));
    self.postMessage({ id, ...(await summarizers.get(key).summarizePage(wire)) });
  } catch (e) {
    self.postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
};
