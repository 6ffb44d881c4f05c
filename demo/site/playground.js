// The playground: the JavaScript API (precis.mjs) on pasted text, with --explain.
import { Precis } from '/precis/precis.mjs';

const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;  // the user's text only ever as text
  if (cls) e.className = cls;
  return e;
}

function table(t, head, rows) {
  t.replaceChildren();
  const tr = el('tr');
  for (const h of head) tr.appendChild(el('th', h));
  t.appendChild(tr);
  for (const row of rows) {
    const r = el('tr');
    if (row.cls) r.className = row.cls;
    for (const c of row.cells) r.appendChild(el('td', typeof c === 'number' ? c.toFixed(3) : String(c), typeof c === 'number' ? 'num' : undefined));
    t.appendChild(r);
  }
}

// The text with spans for entity mentions, quotes and chosen sentences (UTF-16 offsets).
function marked(text, result) {
  const marks = [];
  for (const q of result.quotes) marks.push([q.start16, q.end16, 'quote']);
  for (const s of result.sentences) marks.push([s.start16, s.end16, 'chosen']);
  for (const e of result.entities) {
    for (const name of [e.name, ...e.aliases]) {
      let at = text.indexOf(name);
      while (at >= 0) {
        marks.push([at, at + name.length, 'entity']);
        at = text.indexOf(name, at + name.length);
      }
    }
  }
  // Cut the text at every mark boundary; each piece gets the classes covering it.
  const cuts = new Set([0, text.length]);
  for (const [a, b] of marks) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const classes = new Set(marks.filter(([s, e]) => s <= a && b <= e).map((m) => m[2]));
    const piece = text.slice(a, b);
    out.appendChild(classes.size ? el('span', piece, [...classes].join(' ')) : document.createTextNode(piece));
  }
  return out;
}

async function run() {
  const status = $('status');
  status.textContent = 'working…';
  status.className = '';
  try {
    const s = await Precis.create({ type: $('type').value, length: $('length').value, lang: $('lang').value, explain: true });
    const text = $('text').value;
    const t0 = performance.now();
    const result = await s.analyze(text);
    const ms = performance.now() - t0;
    s.destroy();
    $('summary').replaceChildren(...result.sentences.map((x) => el('li', x.text)));
    $('marked').replaceChildren(marked(text, result));
    table($('entities'), ['entity', 'aliases', 'mentions', 'salience'],
      result.entities.map((e) => ({ cells: [e.name, e.aliases.join(', '), String(e.mentions), e.salience] })));
    table($('quotes'), ['quote', 'speaker'], result.quotes.map((q) => ({ cells: [q.text, q.speaker ?? '—'] })));
    const names = result.explain.sentences.length ? Object.keys(result.explain.sentences[0].features) : [];
    table($('scores'), ['#', 'sentence', 'score', ...names],
      result.explain.sentences.map((x) => ({ cls: x.chosen ? 'is-chosen' : '',
        cells: [String(x.index), x.text, x.score, ...names.map((n) => x.features[n])] })));
    status.textContent = `${result.lang}, ${result.stats.sentences} sentences, ${ms.toFixed(1)} ms`;
  } catch (e) {
    status.textContent = e.message;
    status.className = 'error';
  }
}

async function start() {
  const sample = await fetch('/samples/putin-may-g20.en.txt');
  if (sample.ok) $('text').value = await sample.text();
  $('run').addEventListener('click', run);
  run();
}
start();
