// The JavaScript API (contract section 4): create, summarize, analyze, destroy, errors.
// Runs in Node with no browser: `node --test web/test/`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Precis, renderHTML } from 'precis';

const root = new URL('../../', import.meta.url);
const sample = readFileSync(new URL('demo/putin-may-g20.en.txt', root), 'utf8');

// The project's golden articles with their natively produced expected.json.
function corpus() {
  const dir = new URL('tests/corpus/', root);
  return readdirSync(dir).sort().map((slug) => {
    const own = new URL(`${slug}/article.txt`, dir);
    const text = readFileSync(existsSync(own) ? own : new URL(`demo/${slug}.txt`, root), 'utf8');
    return { slug, text, expected: JSON.parse(readFileSync(new URL(`${slug}/expected.json`, dir), 'utf8')) };
  });
}

test('availability says WebAssembly runs here', () => {
  assert.equal(Precis.availability(), 'available');
});

test('a line break inside a sentence is one space in summarize(), CRLF too', async () => {
  const s = await Precis.create();
  const text = 'The cat sat on the mat and\r\nthe dog slept by the door. It was late at night and nobody was awake.';
  assert.match(await s.summarize(text), /^- The cat sat on the mat and the dog slept by the door\.$/m);
  s.destroy();
});

test('summarize gives markdown bullets of verbatim sentences', async () => {
  const s = await Precis.create({ type: 'key-points', length: 'short', lang: 'auto' });
  const summary = await s.summarize(sample);
  const lines = summary.split('\n');
  assert.equal(lines.length, 3);
  for (const line of lines) {
    assert.match(line, /^- /);
    assert.ok(sample.includes(line.slice(2)), `not verbatim: ${line}`);
  }
  s.destroy();
});

test('tldr and headline are one paragraph; length and sentences are honoured', async () => {
  const tldr = await Precis.create({ type: 'tldr', length: 'medium' });
  const text = await tldr.summarize(sample);
  assert.doesNotMatch(text, /^- /);
  assert.equal((await tldr.analyze(sample)).summary.length, 2);
  const five = await Precis.create({ sentences: 5, maxChars: 100000 });
  assert.equal((await five.analyze(sample)).summary.length, 5);
  tldr.destroy();
  five.destroy();
});

test('skipLead draws the key points from after the first paragraph', async () => {
  const s = await Precis.create({ skipLead: true });
  const r = await s.analyze(sample);
  assert.equal(r.summary.length, 3);
  for (const sentence of r.sentences) assert.ok(sentence.paragraph > 0, sentence.text);
  s.destroy();
});

test('analyze equals the native JSON on every golden article', async () => {
  const s = await Precis.create({ explain: true });
  for (const { slug, text, expected } of corpus()) {
    assert.deepEqual(await s.analyze(text), expected, slug);
  }
  s.destroy();
});

test('UTF-16 offsets index the JavaScript string, emoji and lone surrogates included', async () => {
  const s = await Precis.create({ sentences: 3 });
  const text = 'Fans cheered 😀 as the team won. A lone \uD800 surrogate sits here. The 🏆 trophy was lifted.';
  const r = await s.analyze(text);
  assert.equal(r.sentences.length, 3);
  assert.equal(text.slice(r.sentences[0].start16, r.sentences[0].end16), r.sentences[0].text);
  assert.equal(text.slice(r.sentences[2].start16, r.sentences[2].end16), r.sentences[2].text);
  // The lone surrogate arrives as U+FFFD, one UTF-16 unit like the original: offsets stay aligned.
  assert.equal(r.sentences[1].text, 'A lone \uFFFD surrogate sits here.');
  assert.equal(r.sentences[1].end16 - r.sentences[1].start16, 'A lone \uD800 surrogate sits here.'.length);
  for (const { text: article } of corpus()) {
    for (const q of (await s.analyze(article)).quotes) assert.equal(article.slice(q.start16, q.end16), q.text);
  }
  s.destroy();
});

test('the context is the title', async () => {
  const s = await Precis.create();
  assert.equal((await s.analyze('Snow fell. Roads closed. Schools shut.', { title: 'Winter' })).title, 'Winter');
  s.destroy();
});

test('bad options reject with a message naming the option', async () => {
  await assert.rejects(Precis.create({ type: 'essay' }), /option 'type'/);
  await assert.rejects(Precis.create({ length: 7 }), /option 'length'/);
  await assert.rejects(Precis.create({ lang: 'xx' }), /option 'lang'/);
  await assert.rejects(Precis.create({ sentences: 0 }), /option 'sentences'/);
  await assert.rejects(Precis.create({ maxChars: -1 }), /option 'maxChars'/);
  await assert.rejects(Precis.create({ skipLead: 'yes' }), /option 'skipLead': expected true or false/);
  await assert.rejects(Precis.create({ sentences: NaN }), /option 'sentences': NaN is not a finite number/);
  await assert.rejects(Precis.create({ maxChars: 0 }), /option 'maxChars': '0' is not a whole number of at least 1/);
  await assert.rejects(Precis.create({ fooBar: 1 }), /unknown option 'fooBar'/);
  await assert.rejects(Precis.create({ colour: 'red' }), /unknown option 'colour'/);
  // Only the camelCase names: not the core's own spelling, and the title is an argument.
  for (const name of ['max_chars', 'max-chars', 'skip_lead', 'title']) {
    await assert.rejects(Precis.create({ [name]: name === 'title' ? 'x' : 40 }), { name: 'TypeError', message: `precis: unknown option '${name}'` });
  }
  // A count without a most means the same in wasm (32-bit size_t) as natively.
  const big = await Precis.create({ maxChars: 2 ** 32, maxBytes: Number.MAX_SAFE_INTEGER });
  assert.equal((await big.analyze(sample)).summary.length, 3);
  big.destroy();
  const s = await Precis.create();
  await assert.rejects(s.analyze(sample, { title: 42 }), /title/);
  await assert.rejects(s.analyze(42), /text must be a string/);
  // A per-call limit that is not a count is the option's error, whatever the text's length.
  for (const maxBytes of [-1, 0, 1.5, true, '10']) {
    await assert.rejects(s.analyze(sample, { maxBytes }), { name: 'TypeError', message: /^precis: option 'maxBytes'/ });
  }
  s.destroy();
});

test('null means the default: options, call options, the byte limit', async () => {
  const s = await Precis.create({ maxBytes: null, type: null });
  const plain = await s.analyzeJSON(sample);
  assert.equal(await s.analyzeJSON(sample, null), plain);
  assert.equal((await s.analyze(sample, null)).summary.length, 3);
  assert.match(await s.summarize(sample, null), /^- /);
  await assert.rejects(s.analyze('x'.repeat(9 * 1024 * 1024)), /over the limit of 8388608 bytes/);
  s.destroy();
});

test('a title with a lone surrogate is read as the text is: U+FFFD', async () => {
  const s = await Precis.create();
  assert.equal((await s.analyze(sample, { title: 'Bridge \uD83D' })).title, 'Bridge \uFFFD');
  assert.equal((await s.analyze(sample, { title: '\uDC00 end' })).title, '\uFFFD end');
  assert.equal((await s.analyze(sample, { title: 'a pair \uD83D\uDE00 stays' })).title, 'a pair \uD83D\uDE00 stays');
  s.destroy();
});

test('the shipped scripts use no regular-expression lookbehind (Safari before 16.4 cannot parse it)', () => {
  const dist = new URL('../dist/', import.meta.url);
  const scripts = readdirSync(dist).filter((f) => /\.(mjs|js)$/.test(f));
  assert.ok(scripts.length > 10);
  for (const f of scripts) assert.doesNotMatch(readFileSync(new URL(f, dist), 'utf8'), /\(\?<[=!]/, f);
});

test("a page's errors are the core's, not an option's", async () => {
  await assert.rejects(Precis.extractPage('Xbad\u001e'), (e) => e.constructor === Error && /^precis: page: record 0/.test(e.message));
});

test('a destroyed summarizer throws a clear error; the module keeps working', async () => {
  const s = await Precis.create();
  s.destroy();
  s.destroy();  // twice is harmless
  await assert.rejects(s.analyze(sample), /this summarizer was destroyed/);
  await assert.rejects(s.summarize(sample), /this summarizer was destroyed/);
  const t = await Precis.create();
  assert.equal((await t.analyze(sample)).summary.length, 3);
  t.destroy();
});

test('oversized and empty input reject; the module keeps working', async () => {
  const s = await Precis.create({ maxBytes: 1000 });
  await assert.rejects(s.analyze(sample), /input is 2877 bytes, over the limit of 1000 bytes/);
  assert.equal((await s.analyze('Short text. Two sentences.')).summary.length, 2);
  const d = await Precis.create();
  await assert.rejects(d.analyze('x'.repeat(9 * 1024 * 1024)), /over the limit of 8388608 bytes/);
  await assert.rejects(d.analyze(' \n\t '), /nothing to summarize/);
  assert.equal((await d.analyze(sample)).summary.length, 3);
  s.destroy();
  d.destroy();
});

test('summarizers share one module and can run side by side', async () => {
  const [a, b] = await Promise.all([Precis.create({ type: 'tldr' }), Precis.create({ type: 'key-points' })]);
  const [ra, rb] = await Promise.all([a.analyze(sample), b.analyze(sample)]);
  assert.equal(ra.type, 'tldr');
  assert.equal(rb.type, 'key-points');
  a.destroy();
  b.destroy();
});

test('analyzeJSON is the JSON text analyze parses', async () => {
  const s = await Precis.create();
  const json = await s.analyzeJSON(sample);
  assert.deepEqual(JSON.parse(json), await s.analyze(sample));
  assert.ok(json.startsWith('{"schema":"precis/1"'));
  s.destroy();
});

test('per-call options override the summarizer\'s for that call only', async () => {
  const s = await Precis.create({ type: 'key-points', length: 'short' });
  assert.equal((await s.analyze(sample, { length: 'long' })).summary.length, 7);
  assert.equal((await s.analyze(sample, { type: 'headline' })).type, 'headline');
  assert.doesNotMatch(await s.summarize(sample, { type: 'tldr' }), /^- /);
  assert.equal((await s.analyze(sample)).summary.length, 3, 'the summarizer keeps its own options');
  await assert.rejects(s.analyze(sample, { length: 'huge' }), /option 'length'/);
  s.destroy();
});

// The demo site's article pages, with what the native build (Gumbo) makes of them.
const PAGES = ['g20', 'hostile', 'wind-farm', 'kazan-metro.ru'].map((name) => {
  const file = fileURLToPath(new URL(`demo/site/articles/${name}.html`, root));
  return { name, file, html: readFileSync(file, 'utf8') };
});
const nativeCli = fileURLToPath(new URL('build/native/precis', root));

test('summarizeHTML in Node (parse5) finds the article and summary the native build (Gumbo) does', async () => {
  const s = await Precis.create();
  for (const { name, file, html } of PAGES) {
    const { article, result } = await s.summarizeHTML(html);
    const extracted = execFileSync(nativeCli, ['--extract', file], { encoding: 'utf8' });
    assert.equal(`${article.title}\n${article.paragraphs.map((p) => `\n${p.text}\n`).join('')}`, extracted, name);
    const summary = execFileSync(nativeCli, ['--format', 'jsonl', file], { encoding: 'utf8' }).trim();
    assert.deepEqual(result, JSON.parse(summary), name);
  }
  await assert.rejects(s.summarizeHTML('<html><body><nav><a href="/">Home</a></nav></body></html>'), /no article found/);
  await assert.rejects(s.summarizeHTML(42), /the page must be a string/);
  s.destroy();
});

test('renderHTML escapes every character of the article and writes the box the widget adopts', async () => {
  const s = await Precis.create();
  const { result } = await s.summarizeHTML(PAGES.find((p) => p.name === 'hostile').html);
  s.destroy();
  const html = renderHTML(result, { for: 'story"><script>', nonce: 'n0nce' });
  // Only the box's own tags; the payloads in the article's text arrive as text.
  const tags = [...html.matchAll(/<\/?([a-z0-9-]+)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(tags)].sort(), ['button', 'div', 'h2', 'li', 'ol', 'precis-summary', 'section', 'style', 'template']);
  assert.match(html, /&lt;img src=x onerror=&quot;window\.__precisPwned=1&quot;&gt;/);
  assert.match(html, /^<precis-summary data-precis-ssr="" for="story&quot;&gt;&lt;script&gt;" type="key-points">/);
  assert.match(html, /<template shadowrootmode="open"><style nonce="n0nce">/);
  assert.equal((html.match(/class="point"/g) || []).length, result.sentences.length);
  assert.throws(() => renderHTML({ summary: [] }), /schema precis\/1/);
});

test("renderHTML's options: null is the default; unknown ones and bad values are refused as create() refuses them", async () => {
  const s = await Precis.create();
  const r = await s.analyze(sample);
  s.destroy();
  const plain = renderHTML(r);
  assert.match(plain, /^<precis-summary data-precis-ssr="" type="key-points"><template shadowrootmode="open"><style>/);
  assert.equal(renderHTML(r, null), plain);
  assert.equal(renderHTML(r, {}), plain);
  // A null or undefined member is the default: no attribute, and the result's type.
  assert.equal(renderHTML(r, { for: null, nonce: null, type: null, length: undefined, lang: null }), plain);
  assert.equal(renderHTML(r, { type: undefined }), plain);
  assert.match(renderHTML(r, { for: 'story', type: 'tldr', length: 'long', lang: 'auto', nonce: 'n' }),
    /^<precis-summary data-precis-ssr="" for="story" type="tldr" length="long" lang="auto"><template shadowrootmode="open"><style nonce="n">/);
  const refused = (options, message) => assert.throws(() => renderHTML(r, options),
    (e) => e instanceof TypeError && e.message === message, JSON.stringify(options));
  refused({ fro: 'story' }, "precis: unknown option 'fro'");
  refused({ maxChars: 100 }, "precis: unknown option 'maxChars'");
  refused({ type: 'bogus' }, "precis: option 'type': 'bogus' is not one of key-points, tldr, teaser, headline");
  refused({ lang: 'xx' }, "precis: option 'lang': 'xx' is not one of auto, en, ru, de, fr, es, it, pt");
  refused({ length: '' }, "precis: option 'length': '' is not one of short, medium, long");
  refused({ for: 7 }, "precis: option 'for': expected a string");
  refused({ nonce: {} }, "precis: option 'nonce': expected a string");
  refused('story', 'precis: options must be an object');
  // Checked as create() checks them: the same words.
  await assert.rejects(Precis.create({ type: 'bogus' }), { message: "precis: option 'type': 'bogus' is not one of key-points, tldr, teaser, headline" });
});

test('renderHTML in a process that loaded no module: a stored result, its options checked as far as JavaScript can', async () => {
  const s = await Precis.create();
  const stored = await s.analyzeJSON(sample);
  s.destroy();
  const script = `import { renderHTML } from 'precis';
    const r = JSON.parse(${JSON.stringify(stored)});
    const t = (o) => { try { return renderHTML(r, o).match(/^<precis-summary[^>]*>/)[0]; } catch (e) { return e.message; } };
    console.log(JSON.stringify([t(null), t({ for: null, lang: 'en' }), t({ fro: 1 }), t({ nonce: 5 })]));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script],
    { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' }));
  assert.deepEqual(out, [
    '<precis-summary data-precis-ssr="" type="key-points">',
    '<precis-summary data-precis-ssr="" type="key-points" lang="en">',
    "precis: unknown option 'fro'",
    "precis: option 'nonce': expected a string",
  ]);
});

test('renderHTML writes byte for byte what precis --format html prints', async () => {
  const s = await Precis.create();
  for (const { name, file, html } of PAGES) {
    const { result } = await s.summarizeHTML(html);
    assert.equal(renderHTML(result) + '\n', execFileSync(nativeCli, ['--format', 'html', file], { encoding: 'utf8' }), name);
  }
  for (const { slug, text } of corpus()) {
    const cli = execFileSync(nativeCli, ['--format', 'html', '-'], { input: text, encoding: 'utf8' });
    assert.equal(renderHTML(await s.analyze(text)) + '\n', cli, slug);
  }
  s.destroy();
});

test('the options come from the core: its words, limits and defaults', async () => {
  const table = await Precis.options();
  const byName = Object.fromEntries(table.map((o) => [o.name, o]));
  assert.deepEqual(byName.type.choices, ['key-points', 'tldr', 'teaser', 'headline']);
  assert.equal(byName.lang.choices[0], 'auto');
  assert.equal(byName.maxBytes.default, 8 * 1024 * 1024);
  assert.equal(byName.sentences.most, 10000);
  assert.equal(byName.skipLead.kind, 'flag');
  // A bad value rejects with the core's own words, the option named as JavaScript spells it.
  await assert.rejects(Precis.create({ length: 'huge' }), /option 'length': 'huge' is not one of short, medium, long/);
});


test("Precis.options() names the options as create() takes them, and create() takes every one", async () => {
  const table = await Precis.options();
  // create()'s options, as precis.d.ts and the README list them: camelCase, no title (a
  // title is a call's argument).
  assert.deepEqual(table.map((o) => o.name).sort(),
    ['explain', 'lang', 'length', 'maxBytes', 'maxChars', 'sentences', 'skipLead', 'type']);
  const value = (o) => o.default ?? { choice: o.choices[0], count: 1, flag: true, text: 'x' }[o.kind];
  for (const o of table) {
    const s = await Precis.create({ [o.name]: value(o) });
    assert.equal((await s.analyze(sample, { [o.name]: value(o) })).schema, 'precis/1', o.name);
    s.destroy();
  }
  // Every default at once is the default summarizer.
  const defaults = Object.fromEntries(table.filter((o) => o.default !== null).map((o) => [o.name, o.default]));
  const [a, b] = await Promise.all([Precis.create(defaults), Precis.create()]);
  assert.equal(await a.analyzeJSON(sample), await b.analyzeJSON(sample));
  a.destroy();
  b.destroy();
  // A copy: what a caller does to it changes nothing here.
  table[0].choices.push('mine');
  table.pop();
  assert.equal((await Precis.options()).length, 8);
  assert.ok(!(await Precis.options())[0].choices.includes('mine'));
});
