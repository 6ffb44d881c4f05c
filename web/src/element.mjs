// The <precis-summary> element and Precis.mount(), for both ways of loading the widget:
// the script tag (precis-widget.js, which loads this file from its own folder) and the
// package's 'precis/widget' module (precis-widget.mjs, through a bundler). See README,
// "The widget".
//
// Each mount waits until its article nears the viewport (or the browser is idle), then
// loads widget.mjs and shows the box. Afterwards it follows the page, as single-page
// apps need: an article that arrives later, or changes, is summarized (again); changing
// an attribute of <precis-summary> redoes its box; moving it re-mounts it; destroy()
// leaves no observer, timer or listener behind. Whatever fails, the page keeps working.

// The element's attributes that change what it shows.
const OBSERVED = ['for', 'type', 'length', 'lang', 'skip-lead'];
const OPTIONS = ['type', 'length', 'lang', 'skipLead'];
// Changes to the page are acted on once they have settled for this long.
const SETTLE_MS = 300;
// How long a mount waits for an article that is not there yet (an app still rendering).
const ARTICLE_WAIT_MS = 10000;
// At most this many summaries per mount after the first: a page whose article text keeps
// changing (a live ticker in it) is not summarized forever.
const MAX_UPDATES = 20;

let warned = false;
// Where worker.mjs and precis.wasm are, when not beside the modules (setAssetBase()). A
// bundle without import.meta (esbuild's default iife) has them looked for beside itself.
let assetBase = !import.meta.url && typeof document === 'object' && document.currentScript && document.currentScript.src
  ? new URL('.', document.currentScript.src).href : null;

function attr(el, name) {
  const v = el && el.getAttribute(name);
  return v === null || v === '' ? undefined : v;
}

// An option from an element's attributes: skipLead from the boolean attribute skip-lead
// (present, and not "false"), the others as they are written.
function optionAttr(el, option, prefix = '') {
  if (option !== 'skipLead') return attr(el, prefix + option);
  const name = prefix + 'skip-lead';
  return el && el.hasAttribute(name) ? el.getAttribute(name) !== 'false' : undefined;
}

function pickOptions(o) {
  const out = {};
  for (const k of OPTIONS) if (o && o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out;
}

function fail(where, error) {
  const message = error && error.message ? error.message : String(error);
  if (!warned) {
    warned = true;
    console.warn('precis: no summary: ' + message);
  }
  try {
    where.dispatchEvent(new CustomEvent('precis:error', { bubbles: true, detail: { message } }));
  } catch (e) { /* nothing more to do */ }
}

// Runs `start` when `el` comes within a screen of the viewport, or when the browser is
// idle; returns the function that cancels it.
function whenNear(el, start) {
  let done = false;
  let observer = null;
  let idle = 0;
  let timer = 0;
  const stop = () => {
    done = true;
    if (observer) observer.disconnect();
    if (idle && window.cancelIdleCallback) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
  const go = () => {
    if (done) return;
    stop();
    start();
  };
  if (window.IntersectionObserver) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) go();
    }, { rootMargin: '100% 0px' });
    observer.observe(el);
  }
  if (window.requestIdleCallback) idle = window.requestIdleCallback(go, { timeout: 3000 });
  else timer = setTimeout(go, 200);
  return stop;
}

function resolveTarget(target) {
  if (!target) return null;
  if (typeof target === 'string') return document.querySelector(target);
  return target.nodeType === 1 ? target : null;
}

// What the summary depends on: the text of the article's element (else the body).
function signature(target) {
  const el = resolveTarget(target) || document.body;
  return el ? el.textContent : '';
}

// Mutations the widget makes itself: its boxes and its <mark> highlight.
function ownMutation(record) {
  const own = (n) => n.nodeType === 1 && (n.localName === 'precis-summary' || n.hasAttribute('data-precis-highlight'));
  const t = record.target.nodeType === 1 ? record.target : record.target.parentElement;
  if (t && t.closest('precis-summary, [data-precis-highlight]')) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(own);
}

/**
 * One mounted widget. `target` narrows the search for the article (a selector or an
 * element); `host` is a <precis-summary> (else the box is inserted before the article).
 * `load({ base, core })` gives the widget.mjs module and, with `core`, starts the core's
 * worker (worker.mjs in `base`, or beside the module with null) while the rest loads.
 */
function mount(load, target, opts, host) {
  let options = pickOptions(opts);
  let widget = null;
  let destroyed = false;
  let cancelNear = null;
  let observer = null;
  let settle = 0;
  let waitTimer = 0;
  let updates = 0;
  let seen = null;  // the signature the box shows
  let shown = null;  // the element the box's summary is of, and its text then
  let running = null;
  let begun = false;  // the first run started (the article came near, or the browser was idle)
  let resolveReady;
  let rejectReady;
  let settled = false;
  const ready = new Promise((ok, ko) => { resolveReady = ok; rejectReady = ko; });
  ready.catch(() => {});
  const where = () => host || resolveTarget(target) || document;

  const finish = (error) => {
    if (settled) return;
    settled = true;
    if (error) rejectReady(error);
    else resolveReady(widget);
  };

  const giveUp = (e) => {
    stopWatching();
    finish(e);
    if (!destroyed) fail(where(), e);
  };

  // A run failed after a box showed: the box keeps its summary while its article is in the
  // page as it was. One whose article went (a route change to a page without one) goes,
  // as there is no box on a page without an article, and the page is still followed.
  const failShown = (e) => {
    if (shown && !(shown.el.isConnected && shown.el.textContent === shown.text)) {
      shown = null;
      widget.destroy();
      if (widget.adopted) host.shadowRoot.replaceChildren();  // destroy() leaves a server's box (for a move)
    }
    fail(where(), e);
  };

  const stopWatching = () => {
    if (observer) observer.disconnect();
    observer = null;
    clearTimeout(settle);
    clearTimeout(waitTimer);
  };

  // Watches the page for the article arriving or changing.
  const watch = () => {
    if (observer || destroyed || !window.MutationObserver || !document.body) return;
    // Once the page has settled: summarize again if the article's text is not what the box
    // shows (after the run in flight, if any: it may have read the page before the change).
    const check = () => {
      if (destroyed) return;
      if (running) { running.then(check, check); return; }
      if (signature(target) === seen) return;
      if (updates >= MAX_UPDATES) { stopWatching(); return; }
      updates++;
      run();
    };
    observer = new MutationObserver((records) => {
      if (records.every(ownMutation)) return;
      clearTimeout(settle);
      settle = setTimeout(check, SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };

  const run = () => {
    begun = true;
    const targetEl = resolveTarget(target);
    if (target && !targetEl) {
      const missing = new Error('no element matches ' + String(target));
      // The element may come later (an app still rendering): wait for it. A box already
      // there (its `for` now names nothing) shows no summary of the whole page: failShown().
      if (widget) failShown(missing);
      else waitForArticle(missing);
      return;
    }
    const text = signature(target);
    // The element's base is a URL relative to the page, as the script tag's and
    // setAssetBase()'s are.
    const hostBase = host && attr(host, 'data-precis-base');
    let base = assetBase;
    try {
      if (hostBase) base = new URL(hostBase, document.baseURI).href;
    } catch (e) {  // not a URL ("http://["): no box, reported, and the page goes on
      giveUp(e);
      return;
    }
    // (Not a server's box emptied since, its article gone: there is nothing to adopt.)
    const adopting = !widget && host && host.hasAttribute('data-precis-ssr') && host.shadowRoot && host.shadowRoot.firstChild;
    // Adopting a server's box needs no core.
    running = load({ base, core: !adopting }).then((m) => {
      if (destroyed) return null;
      return adopting ? m.adoptBox({ doc: document, host, target: targetEl })
        : m.mountWidget({ doc: document, host: host || null, target: targetEl, options, base });
    }).then((w) => {
      running = null;
      if (!w) return;
      if (destroyed) { w.destroy(); return; }
      const old = widget;
      widget = w;
      // A placeholder's content was just replaced; a box the widget inserted goes.
      if (old) old.destroy(!!host);
      // The box this mount inserted has its handle as `widget`, as a placeholder has.
      if (!host) w.host.precisMount = handle;
      seen = text;
      shown = { el: targetEl || document.body, text };
      clearTimeout(waitTimer);
      waitTimer = 0;
      // Bubbling, so that a listener on the document hears every box (widget.d.ts).
      w.host.dispatchEvent(new CustomEvent('precis:ready', { bubbles: true, detail: { result: w.result, article: w.article, adopted: !!w.adopted } }));
      finish();
      watch();
    }, (e) => {
      running = null;
      if (destroyed) return;
      seen = text;
      if (/no article found|no sentences to show|no longer in the page|no element matches/.test(String(e && e.message)) && !widget) waitForArticle(e);
      else if (widget) failShown(e);
      else giveUp(e);
    });
  };

  // No article yet: watch the page for it, for a while.
  const waitForArticle = (e) => {
    if (!waitTimer) waitTimer = setTimeout(() => giveUp(e), ARTICLE_WAIT_MS);
    watch();
  };

  const start = () => {
    if (typeof WebAssembly !== 'object') { giveUp(new Error('WebAssembly is not available')); return; }
    cancelNear = whenNear(host || resolveTarget(target) || document.body || document.documentElement, run);
  };
  const handle = {
    ready,
    /** New options or target: the box is redone (the page keeps the old one meanwhile). */
    update(newTarget, newOpts) {
      if (destroyed) return;
      target = newTarget;
      options = pickOptions(newOpts);
      if (!begun) return;  // the first run, still to come, takes them
      updates = 0;
      if (running) running.then(() => { if (!destroyed) run(); });
      else run();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (cancelNear) cancelNear();
      stopWatching();
      if (widget) widget.destroy();
      widget = null;
      finish(new Error('destroyed'));
    },
  };
  start();
  return handle;
}

function forSelector(el) {
  const id = el.getAttribute('for');
  return id ? '#' + CSS.escape(id) : null;
}

/**
 * Defines <precis-summary> and window.Precis.mount/setAssetBase (once per page, whoever
 * comes first). `load` gives widget.mjs (see mount()); `base` is the folder of the widget's files when
 * they are served as they are (the script tag), null when a bundler placed them; `auto`
 * (the script tag's options) puts one box before the article when the page has no
 * <precis-summary>.
 */
export function install({ load, base = null, auto = null }) {
  if (base) assetBase = base;
  const Precis = (window.Precis = window.Precis || {});
  if (!Precis.mount || Precis.mount.pending) {
    Precis.mount = (target, opts) => {
      try {
        return mount(load, target || null, opts || {}, null);
      } catch (e) {
        fail(document, e);
        const ready = Promise.reject(e);
        ready.catch(() => {});  // reported by fail(): no unhandled rejection besides
        return { ready, update() {}, destroy() {} };
      }
    };
    Precis.setAssetBase = (url) => {
      assetBase = url === null || url === undefined ? null : new URL(String(url), document.baseURI).href;
    };
  }

  let placeholders = 0;
  if (window.customElements && !customElements.get('precis-summary')) {
    customElements.define('precis-summary', class extends HTMLElement {
      static get observedAttributes() { return OBSERVED; }

      connectedCallback() {
        if (this.precisAuto || this.precisWidget) return;
        placeholders++;
        try {
          this.precisWidget = mount(load, forSelector(this), this.precisOptions(), this);
        } catch (e) {
          fail(this, e);
        }
      }

      disconnectedCallback() {
        // Moved elements are disconnected, then connected again: a clean re-mount.
        if (this.precisWidget) this.precisWidget.destroy();
        this.precisWidget = null;
      }

      attributeChangedCallback(name, before, after) {
        if (before === after || !this.precisWidget) return;
        // Several attributes set in one go give one new box.
        if (this.precisPending) return;
        this.precisPending = true;
        queueMicrotask(() => {
          this.precisPending = false;
          if (this.precisWidget) this.precisWidget.update(forSelector(this), this.precisOptions());
        });
      }

      precisOptions() {
        const o = {};
        for (const k of OPTIONS) o[k] = optionAttr(this, k) ?? (auto ? auto.options[k] : undefined);
        return o;
      }

      /**
       * The box's handle, { ready, update(), destroy() }: a placeholder's own, or the mount's
       * that inserted this box (while it is in the page; the mount may replace it).
       */
      get widget() { return this.precisWidget || (this.isConnected && this.precisMount) || null; }
    });
  }

  // The script tag alone: one box for the page's article.
  if (auto && placeholders === 0 && !document.querySelector('precis-summary') && auto.enabled) {
    Precis.mount(auto.target, auto.options).ready.catch(() => {});
  }
}
