// The widget's Web Worker: extraction and summary off the page's main thread. It gets
// the page in the wire format (page.mjs) and answers with { article, result }.
import { Precis } from './precis.mjs';
// What precis.mjs imports, named here too: the worker then fetches all its modules in one
// round instead of one level of imports after another (web/test/widget-modules.test.mjs).
import './page.mjs';
import './box.mjs';
import './box-assets.mjs';

const summarizers = new Map();  // one per set of options
// The module's download and compilation start with the worker, not with the first message.
Precis.create().then((s) => s.destroy(), () => { /* the first request reports the error */ });

self.onmessage = async (event) => {
  const { id, wire, options } = event.data;
  try {
    const key = JSON.stringify(options);
    if (!summarizers.has(key)) summarizers.set(key, await Precis.create(options));
    self.postMessage({ id, ...(await summarizers.get(key).summarizePage(wire)) });
  } catch (e) {
    self.postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
};
