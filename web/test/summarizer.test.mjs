// The standard Summarizer shape (precis/summarizer), in Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Summarizer } from 'precis/summarizer';

const sample = readFileSync(new URL('../../demo/putin-may-g20.en.txt', import.meta.url), 'utf8');
const flat = sample.replace(/\s+/g, ' ');

test('availability: the languages precis summarizes, nothing to download', async () => {
  assert.equal(await Summarizer.availability(), 'available');
  assert.equal(await Summarizer.availability({ type: 'tldr', expectedInputLanguages: ['en-GB', 'ru'] }), 'available');
  assert.equal(await Summarizer.availability({ expectedInputLanguages: ['ja'] }), 'unavailable');
  assert.equal(await Summarizer.availability({ outputLanguage: 'zh' }), 'unavailable');
  await assert.rejects(Summarizer.availability({ type: 'essay' }), /option 'type'/);
  await assert.rejects(Summarizer.create({ expectedInputLanguages: ['ja'] }), { name: 'NotSupportedError' });
});

test('create: the options as attributes, a monitor, an aborted signal', async () => {
  const heard = [];
  const s = await Summarizer.create({ type: 'key-points', format: 'plain-text', length: 'medium', sharedContext: 'World news',
    expectedInputLanguages: ['en'], monitor(m) { m.addEventListener('downloadprogress', (e) => heard.push([e.loaded, e.total])); } });
  assert.deepEqual(heard, [[1, 1]]);
  assert.deepEqual([s.type, s.format, s.length, s.sharedContext, s.outputLanguage], ['key-points', 'plain-text', 'medium', 'World news', null]);
  assert.deepEqual(s.expectedInputLanguages, ['en']);
  assert.equal(s.inputQuota, 8 * 1024 * 1024);
  s.destroy();
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(Summarizer.create({ signal: controller.signal }), { name: 'AbortError' });
});

test('summarize: markdown bullets or plain lines of verbatim sentences; context; quota; destroy', async () => {
  const md = await Summarizer.create();
  const bullets = (await md.summarize(sample, { context: 'Putin and May meet' })).split('\n');
  assert.equal(bullets.length, 3);
  for (const b of bullets) {
    assert.match(b, /^- /);
    assert.ok(flat.includes(b.slice(2).replace(/\\([\\`*_[\]<>#|~])/g, '$1')), `verbatim: ${b}`);
  }
  assert.equal(await md.summarize('   '), '');
  assert.equal(await md.measureInputUsage('Ёж', { context: 'ab' }), 6);
  await assert.rejects(md.summarize('x'.repeat(8 * 1024 * 1024 + 1)), { name: 'QuotaExceededError' });
  md.destroy();
  await assert.rejects(md.summarize(sample), { name: 'AbortError' });

  const plain = await Summarizer.create({ format: 'plain-text', type: 'tldr' });
  const text = await plain.summarize(sample);
  assert.doesNotMatch(text, /^- |\n/);
  assert.ok(flat.includes(text), 'one verbatim sentence');
  plain.destroy();
  const escaped = await Summarizer.create({ type: 'tldr' });
  assert.equal(await escaped.summarize('Prices rose *sharply* in [May] as <costs> grew.'), 'Prices rose \\*sharply\\* in \\[May\\] as \\<costs\\> grew.');
  escaped.destroy();
});

test('summarizeStreaming: one piece per point, together the summary', async () => {
  const s = await Summarizer.create({ length: 'medium' });
  const pieces = [];
  for await (const piece of s.summarizeStreaming(sample)) pieces.push(piece);
  assert.equal(pieces.length, 5);
  assert.equal(pieces.join(''), await s.summarize(sample));
  s.destroy();
});
