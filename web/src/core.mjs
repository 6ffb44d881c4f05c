// The core for the widget: in a Web Worker (worker.mjs) when the page allows one, else on
// the main thread. Its own module so that the worker can start while widget.mjs and the
// rest of the box's modules are still loading (precis-widget.js, element.mjs).

let workerState = null;  // { worker, next, waiting } or false when workers are unavailable
let mainThread = null;
let live = 0;            // widgets mounted: the worker ends a moment after the last one goes
let idleTimer = 0;
const WORKER_IDLE_MS = 2000;  // long enough for a re-mount (an SPA's route change) to reuse it
// A worker started while its widget was still loading ends if no widget has taken it by
// then (the widget was destroyed first): generous, since a slow network may take seconds.
const UNCLAIMED_WORKER_MS = 30000;

// The worker from an explicit asset folder (the script tag's, setAssetBase()): the URL goes
// through a Trusted Types policy where the page enforces them.
function workerFromBase(base) {
  const url = new URL('worker.mjs', base);
  // Workers must be same-origin with the page; a widget served from a CDN runs here.
  if (url.origin !== location.origin) return null;
  let script = url.href;
  if (globalThis.trustedTypes && trustedTypes.createPolicy) {
    try {
      const policy = trustedTypes.createPolicy('precis-widget', {
        createScriptURL: (u) => {
          if (new URL(u, location.href).href !== url.href) throw new TypeError('precis: unexpected worker URL');
          return u;
        },
      });
      script = policy.createScriptURL(url.href);
    } catch (e) {
      return null;  // the page's CSP does not allow the policy: work on the main thread
    }
  }
  return new Worker(script, { type: 'module', name: 'precis' });
}

/**
 * Starts the worker (once; later calls give the same one) for worker.mjs in `base`, or
 * beside this module without one. Returns its state, or false when the work runs on the
 * main thread (no workers, another origin, a CSP that refuses the Trusted Types policy).
 */
export function startWorker(base) {
  if (workerState !== null) return workerState;
  workerState = false;
  if (typeof Worker !== 'function') return workerState;
  try {
    // Without an asset folder (imported through a bundler): the literal form Vite and
    // webpack rewrite, bundling worker.mjs with its imports.
    const worker = base ? workerFromBase(base)
      : new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module', name: 'precis' });
    if (!worker) return workerState;
    sendModule(worker, base);
    const state = { worker, next: 1, waiting: new Map() };
    worker.onmessage = (e) => {
      const w = state.waiting.get(e.data.id);
      state.waiting.delete(e.data.id);
      if (w) w.resolve(e.data);
    };
    worker.onerror = (e) => {
      // The worker could not start (or crashed): everything waiting runs on the main thread.
      e.preventDefault?.();
      workerState = false;
      worker.terminate();
      for (const w of state.waiting.values()) w.retry();
      state.waiting.clear();
    };
    workerState = state;
    if (live === 0) endWhenIdle(UNCLAIMED_WORKER_MS);
  } catch (e) {
    workerState = false;  // no import.meta.url (an iife bundle), another origin, Trusted Types
  }
  return workerState;
}

// The worker's first message says where its module comes from (worker.mjs). With an asset
// folder the page downloads and compiles precis.wasm while the worker thread starts and
// fetches its scripts, and hands it the compiled module: in Chromium the worker's part after
// its scripts ran fell from 80 to 50 ms (medians of 15 runs, timestamps from the page and
// the worker). WebAssembly.compile() of the bytes decodes them off the main thread;
// compileStreaming() would decode on it (a 20 ms task in Chromium's trace). If this fails
// (a CSP without 'wasm-unsafe-eval', a network error, not wasm), the worker loads the module
// itself and reports any error with its URL and reason.
function sendModule(worker, base) {
  if (!base || typeof fetch !== 'function' || typeof WebAssembly !== 'object' || typeof WebAssembly.compile !== 'function') {
    worker.postMessage({ wasm: null });
    return;
  }
  worker.postMessage({ wasm: 'pending' });
  fetch(new URL('precis.wasm', base), { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((bytes) => WebAssembly.compile(bytes))
    .then((module) => {
      try {
        worker.postMessage({ wasm: module });
      } catch (e) {
        worker.postMessage({ wasm: null });  // an engine that cannot send a module to a worker
      }
    }, () => worker.postMessage({ wasm: null }));
}

/** A widget uses the worker: it stays. */
export function retain() {
  live++;
  clearTimeout(idleTimer);
}

/** A widget is done with the worker: it ends a moment after the last one is. */
export function release() {
  if (--live > 0) return;
  endWhenIdle(WORKER_IDLE_MS);
}

function endWhenIdle(ms) {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (live > 0 || !workerState) return;
    for (const w of workerState.waiting.values()) w.retry();
    workerState.worker.terminate();
    workerState = null;
  }, ms);
}

async function onMainThread(base, wire, options) {
  if (!mainThread) {
    mainThread = import('./precis.mjs').then(({ Precis }) => {
      if (base) {
        try {
          Precis.setWasmSource(new URL('precis.wasm', base).href);
        } catch (e) { /* the page loaded the module itself already: use it as it is */ }
      }
      return { Precis, summarizers: new Map() };
    });
  }
  const { Precis, summarizers } = await mainThread;
  const key = JSON.stringify(options);
  if (!summarizers.has(key)) summarizers.set(key, await Precis.create(options));
  return summarizers.get(key).summarizePage(wire);
}

/** The page's article and its summary ({ article, result }), from the worker or here. */
export function summarizePage(base, wire, options) {
  const state = startWorker(base);
  if (!state) return onMainThread(base, wire, options);
  return new Promise((resolve, reject) => {
    const id = state.next++;
    state.waiting.set(id, {
      resolve: (data) => (data.error ? reject(new Error(data.error)) : resolve(data)),
      retry: () => onMainThread(base, wire, options).then(resolve, reject),
    });
    state.worker.postMessage({ id, wire, options });
  });
}
