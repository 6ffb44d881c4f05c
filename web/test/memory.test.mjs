// Memory: 10,000 consecutive analyze() calls leave the module's heap where it was after
// the first hundred (malloc's own count of bytes in use).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Precis } from 'precis';

const sample = readFileSync(new URL('../../demo/putin-may-g20.en.txt', import.meta.url), 'utf8');

test('10,000 analyze() calls, successes and errors, do not grow the heap', async () => {
  const s = await Precis.create();
  // Every tenth call is an input error: errors must free what they allocated too. (The
  // first error allocates the last-error message's buffer once; the warm-up covers it.)
  const call = (i) => (i % 10 === 9 ? assert.rejects(s.analyze(' '), /nothing to summarize/) : s.analyze(sample));
  for (let i = 0; i < 100; i++) await call(i);
  const after100 = await Precis.heapUsed();
  assert.ok(after100 > 0, 'the allocator reports its use');
  for (let i = 100; i < 10000; i++) await call(i);
  assert.equal(await Precis.heapUsed(), after100);
  s.destroy();
});

test('over the heap maximum (256 MB), a call rejects with "out of memory" and the module recovers', async () => {
  const s = await Precis.create({ maxBytes: 64_000_000 });
  try {
    // 20 million words need more than the module's 256 MB: the core's allocation fails.
    await assert.rejects(s.analyze('a '.repeat(20_000_000)), { message: 'precis: out of memory' });
    const r = await s.analyze('Storm closes pass\n\nHeavy snow closed the pass, police said. Nobody was hurt.');
    assert.equal(r.sentences.length, 2);
  } finally {
    s.destroy();
  }
});
