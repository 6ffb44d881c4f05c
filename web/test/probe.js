// Loaded first by every page in the browser tests and the box benchmark (demo/serve.mjs
// inserts it right after the page's CSP). It records, in the same way in every engine,
// what not every driver reports: WebKitWebDriver gives no console messages, and only
// Chromium has the Layout Instability and Long Tasks APIs. The tests read window.__probe.
(function () {
  'use strict';
  var p = window.__probe = {
    errors: [], warnings: [], violations: [], dialogs: [],
    ready: false, readyAt: 0, paintedAt: 0, error: null,
    visibleAt: 0, cls: 0, gaps: [], longTasks: [],
  };
  // ?precis-test=no-highlight-api: the page as an engine without the Custom Highlight
  // API sees it, so that the widget's <mark> fallback is tested in every engine.
  if (/[?&]precis-test=no-highlight-api(&|$)/.test(location.search)) {
    delete window.Highlight;
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
  }
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    var into = level === 'error' ? p.errors : p.warnings;
    console[level] = function () {
      into.push([].map.call(arguments, String).join(' '));
      return original.apply(this, arguments);
    };
  });
  // Script errors, and (capturing) resources that failed to load.
  window.addEventListener('error', function (e) {
    p.errors.push(e.message ? String(e.message) : 'failed to load ' + (e.target && (e.target.src || e.target.href)));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    p.errors.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    p.violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  // A dialog would mean a payload ran: recorded, never shown (drivers differ on dialogs).
  ['alert', 'confirm', 'prompt'].forEach(function (name) {
    window[name] = function (message) { p.dialogs.push(name + ': ' + String(message)); return null; };
  });

  document.addEventListener('precis:ready', function () {
    p.ready = true;
    p.readyAt = performance.now();
    // The box is painted by the frame after the one it was inserted in.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { p.paintedAt = performance.now(); });
    });
  }, true);
  document.addEventListener('precis:error', function (e) { p.error = e.detail.message; }, true);

  // When the article first enters the viewport (the benchmark's start).
  document.addEventListener('DOMContentLoaded', function () {
    var story = document.querySelector('article') || document.body;
    if (!story || !window.IntersectionObserver) return;
    var seen = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        p.visibleAt = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(story);
  });

  // The main thread's stalls, measured in every engine: [start, end] of each gap over
  // 20 ms between two messages a busy thread cannot deliver on time. Long Tasks
  // ([start, duration], Chromium) where available.
  var channel = new MessageChannel();
  var last = performance.now();
  var until = last + 10000;
  channel.port1.onmessage = function () {
    var now = performance.now();
    if (now - last > 20) p.gaps.push([last, now]);
    last = now;
    if (now < until) setTimeout(function () { channel.port2.postMessage(0); }, 0);
  };
  channel.port2.postMessage(0);

  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  p.hasLayoutShift = types.indexOf('layout-shift') >= 0;
  p.hasLongTasks = types.indexOf('longtask') >= 0;
  if (p.hasLayoutShift) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { if (!e.hadRecentInput) p.cls += e.value; });
    }).observe({ type: 'layout-shift', buffered: true });
  }
  if (p.hasLongTasks) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { p.longTasks.push([e.startTime, e.duration]); });
    }).observe({ type: 'longtask', buffered: true });
  }
})();
