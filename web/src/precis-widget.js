/*
 * precis widget: one script tag puts a "Key points" box above a news article.
 *
 *   <script src="/precis/precis-widget.js" defer data-precis-target="article"
 *           data-precis-type="key-points" data-precis-length="short" data-precis-skip-lead></script>
 *   <precis-summary for="story" type="key-points" length="short" skip-lead></precis-summary>
 *   Precis.mount(elementOrSelector, { type, length, lang, skipLead })  ->  { destroy(), ready }
 *
 * This classic script is small and does no work up front: the rest (widget.mjs, the
 * WebAssembly core) loads when the article nears the viewport or the browser is idle.
 * Whatever fails, the page keeps working: no box, one console warning and a
 * `precis:error` event on the host element (or the article, or the document).
 */
(function () {
  'use strict';
  if (window.Precis && window.Precis.mount) return;  // the script is on the page twice

  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : document.baseURI).href;
  var warned = false;
  var autoOptions = {
    type: attr(script, 'data-precis-type'),
    length: attr(script, 'data-precis-length'),
    lang: attr(script, 'data-precis-lang'),
    skipLead: flag(script, 'data-precis-skip-lead'),
  };

  function attr(el, name) {
    var v = el && el.getAttribute(name);
    return v === null || v === '' ? undefined : v;
  }

  // A boolean attribute: present (and not "false") means true.
  function flag(el, name) {
    return el && el.hasAttribute(name) ? el.getAttribute(name) !== 'false' : undefined;
  }

  function options(o) {
    var out = {};
    ['type', 'length', 'lang', 'skipLead'].forEach(function (k) { if (o && o[k] !== undefined) out[k] = o[k]; });
    return out;
  }

  function fail(where, error) {
    var message = error && error.message ? error.message : String(error);
    if (!warned) {
      warned = true;
      console.warn('precis: no summary: ' + message);
    }
    try {
      where.dispatchEvent(new CustomEvent('precis:error', { detail: { message: message } }));
    } catch (e) { /* nothing more to do */ }
  }

  // Runs `start` when `el` comes within a screen of the viewport, or when the browser is idle.
  function whenNear(el, start) {
    var done = false;
    var observer = null;
    var idle = 0;
    function go() {
      if (done) return;
      done = true;
      if (observer) observer.disconnect();
      if (idle && window.cancelIdleCallback) window.cancelIdleCallback(idle);
      start();
    }
    if (window.IntersectionObserver) {
      observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) go();
      }, { rootMargin: '100% 0px' });
      observer.observe(el);
    }
    if (window.requestIdleCallback) idle = window.requestIdleCallback(go, { timeout: 3000 });
    else setTimeout(go, 200);
    return function cancel() { done = true; if (observer) observer.disconnect(); };
  }

  function resolve(target) {
    if (!target) return null;
    if (typeof target === 'string') return document.querySelector(target);
    return target.nodeType === 1 ? target : null;
  }

  // Mounts a widget: `target` narrows the search for the article; `host` is a
  // <precis-summary> placeholder (else the box is inserted before the article).
  function mount(target, opts, host) {
    var widget = null;
    var destroyed = false;
    var targetEl = resolve(target);
    var where = host || targetEl || document;
    var cancel = null;
    var ready = new Promise(function (resolveReady, rejectReady) {
      if (target && !targetEl) throw new Error('no element matches ' + String(target));
      if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
      cancel = whenNear(host || targetEl || document.body || document.documentElement, function () {
        import(base + 'widget.mjs').then(function (m) {
          if (destroyed) return null;
          return m.mountWidget({ doc: document, host: host || null, target: targetEl, options: options(opts), base: base });
        }).then(function (w) {
          if (!w) return;
          if (destroyed) { w.destroy(); return; }
          widget = w;
          w.host.dispatchEvent(new CustomEvent('precis:ready', { detail: { result: w.result, article: w.article } }));
          resolveReady(w);
        }).catch(rejectReady);
      });
    });
    ready.catch(function (e) { if (!destroyed) fail(where, e); });
    return {
      ready: ready,
      destroy: function () {
        destroyed = true;
        if (cancel) cancel();
        if (widget) widget.destroy();
      },
    };
  }

  window.Precis = window.Precis || {};
  window.Precis.mount = function (target, opts) {
    try {
      return mount(target, opts || {}, null);
    } catch (e) {
      fail(document, e);
      return { ready: Promise.reject(e), destroy: function () {} };
    }
  };

  var placeholders = 0;
  if (window.customElements && !customElements.get('precis-summary')) {
    customElements.define('precis-summary', class extends HTMLElement {
      connectedCallback() {
        if (this.precisAuto || this.precisWidget) return;
        placeholders++;
        var forId = this.getAttribute('for');
        try {
          this.precisWidget = mount(forId ? '#' + CSS.escape(forId) : null, {
            type: attr(this, 'type') || autoOptions.type,
            length: attr(this, 'length') || autoOptions.length,
            lang: attr(this, 'lang') || autoOptions.lang,
            skipLead: flag(this, 'skip-lead') !== undefined ? flag(this, 'skip-lead') : autoOptions.skipLead,
          }, this);
          this.precisWidget.ready.catch(function () {});
        } catch (e) {
          fail(this, e);
        }
      }
      disconnectedCallback() {
        if (this.precisWidget) this.precisWidget.destroy();
        this.precisWidget = null;
      }
    });
  }

  // The script tag alone: one box for the page's article.
  if (script && placeholders === 0 && !document.querySelector('precis-summary') &&
      script.getAttribute('data-precis-auto') !== 'false') {
    var auto = window.Precis.mount(attr(script, 'data-precis-target') || null, autoOptions);
    auto.ready.catch(function () {});
  }
})();
