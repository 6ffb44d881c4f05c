/*
 * precis widget: one script tag puts a "Key points" box above a news article.
 *
 *   <script src="/precis/precis-widget.js" defer data-precis-target="article"
 *           data-precis-type="key-points" data-precis-length="short" data-precis-skip-lead></script>
 *   <precis-summary for="story" type="key-points" length="short" skip-lead></precis-summary>
 *   Precis.mount(elementOrSelector, { type, length, lang, skipLead })  ->  { ready, update(), destroy() }
 *
 * This classic script is small and does no work up front: it loads element.mjs (the
 * element and Precis.mount) from its own folder, or from data-precis-base; the rest
 * (widget.mjs, the WebAssembly core) loads when the article nears the viewport or the
 * browser is idle. Whatever fails, the page keeps working: no box, one console warning
 * and a `precis:error` event on the host element (or the article, or the document).
 */
(function () {
  'use strict';
  // Imported on a server ('precis/precis-widget.js' in Node, a framework rendering the
  // page) there is no page to put a box in: nothing to do, as for 'precis/widget'.
  if (typeof window !== 'object' || typeof document !== 'object') return;
  if (window.Precis && window.Precis.mount) return;  // the script is on the page twice

  var script = document.currentScript;
  var own = new URL('.', script && script.src ? script.src : document.baseURI).href;
  var base = attr(script, 'data-precis-base') ? new URL(attr(script, 'data-precis-base'), document.baseURI).href : own;
  var auto = {
    enabled: script && script.getAttribute('data-precis-auto') !== 'false',
    target: attr(script, 'data-precis-target') || null,
    options: { type: attr(script, 'data-precis-type'), length: attr(script, 'data-precis-length'),
      lang: attr(script, 'data-precis-lang'), skipLead: flag(script, 'data-precis-skip-lead') },
  };

  function attr(el, name) {
    var v = el && el.getAttribute(name);
    return v === null || v === '' ? undefined : v;
  }

  // A boolean attribute: present (and not "false") means true.
  function flag(el, name) {
    return el && el.hasAttribute(name) ? el.getAttribute(name) !== 'false' : undefined;
  }

  // widget.mjs and the modules it imports (all of them: web/test/widget-modules.test.mjs),
  // fetched at once rather than one level of imports after another; the core's worker
  // (in core.mjs, which imports nothing) starts as soon as core.mjs is there.
  var WIDGET_MODULES = ['widget.mjs', 'core.mjs', 'box.mjs', 'box-assets.mjs', 'page.mjs'];
  // core.mjs (small, and it does nothing until called) comes with element.mjs, so that the
  // worker and the module's compilation start the moment the article nears, without a
  // round trip first.
  var core = import(base + 'core.mjs');
  core.catch(function () {});
  function load(want) {
    if (want.core) core.then(function (c) { c.startWorker(want.base); }, function () {});
    return Promise.all(WIDGET_MODULES.map(function (file) { return import(base + file); }))
      .then(function (modules) { return modules[0]; });
  }

  var loading = import(base + 'element.mjs').then(function (m) {
    m.install({ base: base, auto: auto, load: load });
  });
  loading.catch(function (e) {
    console.warn('precis: no summary: ' + (e && e.message ? e.message : e));
    document.dispatchEvent(new CustomEvent('precis:error', { detail: { message: String(e && e.message || e) } }));
  });

  // Until element.mjs is there, Precis.mount() and setAssetBase() wait for it.
  window.Precis = window.Precis || {};
  var mount = function (target, opts) {
    var handle = loading.then(function () { return window.Precis.mount(target, opts); });
    var ready = handle.then(function (h) { return h.ready; });
    // A failure has been reported once (a warning, precis:error): a page that does not
    // wait for `ready` must not get an unhandled rejection on top.
    var quiet = function () {};
    ready.catch(quiet);
    return {
      ready: ready,
      update: function (t, o) { handle.then(function (h) { h.update(t, o); }).catch(quiet); },
      destroy: function () { handle.then(function (h) { h.destroy(); }).catch(quiet); },
    };
  };
  mount.pending = true;
  window.Precis.mount = mount;
  window.Precis.setAssetBase = function (url) {
    loading.then(function () { window.Precis.setAssetBase(url); });
  };
})();
