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

// The order entities are listed in, by type.
const TYPES = ['person', 'organization', 'place', 'other'];

// The text with spans for entity mentions (by type, from each entity's spans), quotes
// and chosen sentences (UTF-16 offsets). A mention's span carries data-entity: the
// entity's index in result.entities, so its row can light up all its mentions.
function marked(text, result) {
  const marks = [];
  for (const q of result.quotes) marks.push([q.start16, q.end16, 'quote']);
  for (const s of result.sentences) marks.push([s.start16, s.end16, 'chosen']);
  result.entities.forEach((e, i) => {
    for (const m of e.spans) marks.push([m.start16, m.end16, `entity entity-${e.type}`, i]);
  });
  // Cut the text at every mark boundary; each piece gets the classes covering it.
  const cuts = new Set([0, text.length]);
  for (const [a, b] of marks) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = marks.filter(([s, e]) => s <= a && b <= e);
    const piece = text.slice(a, b);
    if (!covering.length) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = el('span', piece, [...new Set(covering.flatMap((m) => m[2].split(' ')))].join(' '));
    const entities = covering.filter((m) => m.length > 3).map((m) => m[3]);
    if (entities.length) span.dataset.entity = entities.join(' ');
    out.appendChild(span);
  }
  return out;
}

// The entities grouped by type (person, organization, place, other), most salient first
// in each group; pointing at a row (or focusing it) lights up that entity's mentions.
function entityTable(result) {
  const rows = result.entities.map((e, i) => ({ e, i }))
    .sort((x, y) => TYPES.indexOf(x.e.type) - TYPES.indexOf(y.e.type) || x.i - y.i);
  table($('entities'), ['type', 'entity', 'aliases', 'mentions', 'salience'],
    rows.map(({ e }) => ({ cls: `entity-row entity-${e.type}`,
      cells: [e.type, e.name, e.aliases.join(', '), String(e.mentions), e.salience] })));
  const trs = $('entities').querySelectorAll('tr');
  rows.forEach(({ i }, k) => {
    const tr = trs[k + 1];
    tr.tabIndex = 0;
    const light = (on) => {
      for (const m of $('marked').querySelectorAll('[data-entity]'))
        if (m.dataset.entity.split(' ').includes(String(i))) m.classList.toggle('is-lit', on);
    };
    for (const [ev, on] of [['mouseenter', true], ['mouseleave', false], ['focus', true], ['blur', false]])
      tr.addEventListener(ev, () => light(on));
  });
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
    entityTable(result);
    table($('quotes'), ['quote', 'speaker', 'speaker as the text gives it'],
      result.quotes.map((q) => ({ cells: [q.text, q.speaker ?? '—', q.speaker_role ?? ''] })));
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
