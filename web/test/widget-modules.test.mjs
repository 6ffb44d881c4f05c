// The widget's loaders name every module they need, so that a browser fetches them in one
// round instead of one level of imports after another: precis-widget.js lists widget.mjs
// and all it imports; worker.mjs imports all that precis.mjs imports. A module added to
// either graph must be added to the list too, or the box comes a round trip later.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

// The sources as written (web/dist has them minified); box-assets.mjs is generated in
// web/dist from the box's CSS.
const src = new URL('../src/', import.meta.url);
const dist = new URL('../dist/', import.meta.url);
const read = (file) => readFileSync(new URL(file, existsSync(new URL(file, src)) ? src : dist), 'utf8');

// The relative modules a file imports or re-exports statically.
function imports(file) {
  const found = new Set();
  for (const m of read(file).matchAll(/^\s*(?:import|export)\s[^;]*?['"]\.\/([\w.-]+\.mjs)['"]/gms)) found.add(m[1]);
  return found;
}

// A module and everything it imports, directly or not.
function closure(file) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const g of imports(f)) visit(g);
  };
  visit(file);
  return seen;
}

test('precis-widget.js fetches widget.mjs and all its modules at once', () => {
  const list = read('precis-widget.js').match(/WIDGET_MODULES = \[([^\]]*)\]/);
  assert.ok(list, 'precis-widget.js has its WIDGET_MODULES list');
  const named = list[1].split(',').map((s) => s.trim().replace(/^'|'$/g, ''));
  assert.equal(named[0], 'widget.mjs', 'the module load() resolves with comes first');
  assert.deepEqual(new Set(named), closure('widget.mjs'));
});

test('worker.mjs imports all of precis.mjs\'s modules itself', () => {
  const wanted = closure('precis.mjs');
  assert.ok(wanted.size > 1, 'precis.mjs imports modules');
  assert.deepEqual(imports('worker.mjs'), wanted);
});
