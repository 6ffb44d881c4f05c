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
  // Under the quota, but over the module's heap (very many short sentences: README, "Limits").
  await assert.rejects(md.summarize('He said. '.repeat(600_000)),
    (e) => e instanceof DOMException && e.name === 'UnknownError' && e.message === 'precis: out of memory');
  assert.equal((await md.summarize(sample)).split('\n').length, 3, 'the next call works');
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

test('null options are no options, as WebIDL reads a null dictionary', async () => {
  assert.equal(await Summarizer.availability(null), 'available');
  const s = await Summarizer.create(null);
  const plain = await s.summarize(sample);
  assert.equal(await s.summarize(sample, null), plain);
  assert.equal(await s.summarize(sample, { context: null }), plain);  // no context, not the title "null"
  assert.equal(await s.measureInputUsage(sample, null), Buffer.byteLength(sample));
  let streamed = '';
  for await (const piece of s.summarizeStreaming(sample, null)) streamed += piece;
  assert.equal(streamed, plain);
  s.destroy();
});

test('an input blank as the core reads it is the empty summary', async () => {
  const s = await Summarizer.create();
  assert.equal(await s.summarize('\u0085 \u2028'), '');  // not blank to String.prototype.trim
  s.destroy();
});

test('markdown: a point that starts like a list item, or holds an entity, renders as written', async () => {
  const s = await Summarizer.create({ type: 'tldr', length: 'long' });
  const text = '- A freeze on fuel duty was announced on Monday by the chancellor in London.\n\n' +
    '2. The second measure is a cut in the basic rate of income tax from April.\n\n' +
    'AT&amp;T said the plan would help its customers, a spokesman told reporters.';
  const out = await s.summarize(text);
  assert.match(out, /^\\- A freeze on fuel duty/);
  assert.match(out, / 2\\\. The second measure/);
  assert.match(out, /AT\\&amp;T said/);
  s.destroy();
});

test('aborts and destroy: create()\'s signal destroys later, a stream stops, a pending call rejects', async () => {
  const made = new AbortController();
  const s = await Summarizer.create({ signal: made.signal });
  made.abort();
  await assert.rejects(s.summarize(sample), { name: 'AbortError' });

  const t = await Summarizer.create();
  const pending = t.summarize(sample);
  t.destroy();
  await assert.rejects(pending, { name: 'AbortError' });

  const u = await Summarizer.create();
  const stop = new AbortController();
  const reader = u.summarizeStreaming(sample, { signal: stop.signal }).getReader();
  assert.match((await reader.read()).value, /^- /);
  stop.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });
  u.destroy();
});

test("the polyfill installs the Summarizer in Node too ('node' condition)", async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e',
    "await import('precis/summarizer/polyfill'); console.log(await Summarizer.availability())"],
  { cwd: new URL('.', import.meta.url), encoding: 'utf8' });
  assert.equal(out.trim(), 'available');
});
