// The "Key points" box for news pages. Loaded lazily by precis-widget.js; see README
// ("The widget").
//
// Flow: read the DOM into the page wire format (page.mjs) -> the core extracts the
// article and summarizes it (in a Web Worker when the page allows one, else here) ->
// build the box (shadow DOM, text nodes only) -> insert it in one step -> activating a
// point highlights its sentence in the article.
import { paragraphRange, readPage } from './page.mjs';

const HEADINGS = {
  en: ['Key points', 'Hide', 'Show'],
  ru: ['Главное', 'Скрыть', 'Показать'],
  de: ['Das Wichtigste', 'Ausblenden', 'Anzeigen'],
  fr: ['L’essentiel', 'Masquer', 'Afficher'],
  es: ['Lo esencial', 'Ocultar', 'Mostrar'],
  it: ['Punti chiave', 'Nascondi', 'Mostra'],
  pt: ['Pontos principais', 'Ocultar', 'Mostrar'],
};

const CSS_TEXT = `
:host { display: block; font-family: var(--precis-font, inherit); }
:host(:not([data-precis-reserved])) { margin: 0 0 1.5em; }
/* The space the page reserved, exactly: no margin of its own, a longer box scrolls inside. */
:host([data-precis-reserved]) { contain: size; overflow: auto; }
.box { background: var(--precis-bg, #f4f6f9); color: var(--precis-fg, #1b1d21);
  border-left: 4px solid var(--precis-accent, #2f6fde); border-radius: 6px; padding: .75em 1em; }
@media (prefers-color-scheme: dark) {
  .box { background: var(--precis-bg, #1f242c); color: var(--precis-fg, #e8eaed);
    border-left-color: var(--precis-accent, #7aa7ff); }
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 1em; }
h2 { font-size: 1em; line-height: 1.4; margin: 0; }
ol { margin: .5em 0 0; padding-left: 1.4em; }
ol[hidden] { display: none; }
li { margin: .35em 0; }
/* A block as wide as the list (buttons shrink to fit otherwise), wrapping even one long word. */
.point { all: unset; display: block; box-sizing: border-box; width: 100%; cursor: pointer; line-height: 1.45;
  overflow-wrap: anywhere; }
.point:hover { text-decoration: underline; text-decoration-color: var(--precis-accent, #2f6fde); }
.point:focus-visible, .toggle:focus-visible { outline: 2px solid var(--precis-accent, #2f6fde); outline-offset: 2px;
  border-radius: 2px; }
.toggle { font: inherit; font-size: .85em; background: none; color: inherit; border: 1px solid currentColor;
  border-radius: 4px; padding: .1em .6em; cursor: pointer; }
@media (prefers-reduced-motion: no-preference) { .point { transition: color .15s; } }
/* Phones and touch screens: every point a tap target of at least 44 px. */
@media (max-width: 40em), (pointer: coarse) {
  li { margin: .15em 0; }
  .point { min-height: 44px; padding: .3em 0; }
  .toggle { min-height: 44px; min-width: 44px; }
}
`;

// The page's style for the highlighted sentence (the Custom Highlight API paints it).
const PAGE_CSS = `
::highlight(precis-sentence) { background-color: #fff0a6; color: inherit; }
@media (prefers-color-scheme: dark) { ::highlight(precis-sentence) { background-color: #5c4d00; color: inherit; } }
mark[data-precis-highlight] { background-color: #fff0a6; color: inherit; }
`;

function sheet(text) {
  if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    // Constructed style sheets are CSSOM, not inline style: strict CSPs allow them.
    const s = new CSSStyleSheet();
    s.replaceSync(text);
    return s;
  }
  return null;
}

let pageSheetAdded = false;
function addPageSheet(doc) {
  if (pageSheetAdded) return;
  const s = sheet(PAGE_CSS);
  if (s && 'adoptedStyleSheets' in doc) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
  pageSheetAdded = true;
}

// ---- the core, in a worker when possible ------------------------------------------------

let workerState = null;  // { worker, next, waiting } or false when workers are unavailable
let mainThread = null;

function workerUrl(base) {
  const url = new URL('worker.mjs', base);
  // Workers must be same-origin with the page; a widget served from a CDN runs here.
  if (url.origin !== location.origin || typeof Worker !== 'function') return null;
  if (globalThis.trustedTypes && trustedTypes.createPolicy) {
    try {
      const policy = trustedTypes.createPolicy('precis-widget', {
        createScriptURL: (u) => {
          if (new URL(u, location.href).href !== url.href) throw new TypeError('precis: unexpected worker URL');
          return u;
        },
      });
      return policy.createScriptURL(url.href);
    } catch (e) {
      return null;  // the page's CSP does not allow the policy: work on the main thread
    }
  }
  return url.href;
}

function startWorker(base) {
  if (workerState !== null) return workerState;
  workerState = false;
  const url = workerUrl(base);
  if (!url) return workerState;
  try {
    const worker = new Worker(url, { type: 'module', name: 'precis' });
    const state = { worker, next: 1, waiting: new Map() };
    worker.onmessage = (e) => {
      const w = state.waiting.get(e.data.id);
      state.waiting.delete(e.data.id);
      if (w) w.resolve(e.data);
    };
    worker.onerror = (e) => {
      // The worker could not start (or crashed): everything waiting runs on the main thread.
      e.preventDefault?.();
      workerState = false;
      worker.terminate();
      for (const w of state.waiting.values()) w.retry();
      state.waiting.clear();
    };
    workerState = state;
  } catch (e) {
    workerState = false;
  }
  return workerState;
}

async function onMainThread(base, wire, options) {
  if (!mainThread) {
    mainThread = import(new URL('precis.mjs', base).href).then(({ Precis }) => ({ Precis, summarizers: new Map() }));
  }
  const { Precis, summarizers } = await mainThread;
  const key = JSON.stringify(options);
  if (!summarizers.has(key)) summarizers.set(key, await Precis.create(options));
  return summarizers.get(key).summarizePage(wire);
}

function summarizePage(base, wire, options) {
  const state = startWorker(base);
  if (!state) return onMainThread(base, wire, options);
  return new Promise((resolve, reject) => {
    const id = state.next++;
    state.waiting.set(id, {
      resolve: (data) => (data.error ? reject(new Error(data.error)) : resolve(data)),
      retry: () => onMainThread(base, wire, options).then(resolve, reject),
    });
    state.worker.postMessage({ id, wire, options });
  });
}

// ---- the box ---------------------------------------------------------------------------

function el(doc, tag, attrs = {}, text) {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;  // article text only ever as text
  return e;
}

// For each chosen sentence, a function giving its DOM range: in its paragraph (the core
// numbers the article's paragraphs and says where each starts), from its offsets inside
// that paragraph. Found again at each use, as the <mark> fallback splits text nodes.
function sentenceRanges(doc, texts, article, result) {
  return result.sentences.map((s) => {
    const p = article.paragraphs[s.paragraph];
    return () => paragraphRange(doc, texts, p, s.start16 - p.start16, s.end16 - p.start16);
  });
}

function blockOf(node) {
  let e = node.nodeType === 1 ? node : node.parentElement;
  const view = e.ownerDocument.defaultView;
  while (e.parentElement && view.getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
  // Not inside a list or a table: the box goes before the whole of it.
  return e.closest('ul, ol, dl, table') || e;
}

// Without the Highlight API: wraps the range's part of each text node it covers in a
// <mark>, and returns the function that puts every text node back as it was (the same
// node objects with the same text, so the widget's map of the page stays valid).
function markRange(doc, range) {
  const root = range.commonAncestorContainer;
  const nodes = [];
  if (root.nodeType === 3) {
    nodes.push(root);
  } else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n);
  }
  const undo = [];
  for (const node of nodes) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (start >= end || !/\S/.test(node.data.slice(start, end))) continue;
    const original = node.data;
    const rest = end < node.length ? node.splitText(end) : null;
    const part = start > 0 ? node.splitText(start) : node;
    const mark = el(doc, 'mark', { 'data-precis-highlight': '' });
    part.parentNode.insertBefore(mark, part);
    mark.appendChild(part);
    undo.push(() => {
      mark.parentNode?.insertBefore(part, mark);
      mark.remove();
      if (part !== node) part.remove();
      rest?.remove();
      node.data = original;
    });
  }
  return () => undo.reverse().forEach((f) => f());
}

class Highlighter {
  constructor(doc) {
    this.doc = doc;
    this.unmark = null;
    this.timer = 0;
  }
  show(locate) {
    this.clear();
    const range = locate();
    if (!range) return;
    const reduced = this.doc.defaultView.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const target = range.startContainer.parentElement || blockOf(range.startContainer);
    addPageSheet(this.doc);
    if (globalThis.CSS && CSS.highlights && typeof Highlight === 'function') {
      CSS.highlights.set('precis-sentence', new Highlight(range));
    } else {
      this.unmark = markRange(this.doc, range);  // removed again by clear()
    }
    target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    this.timer = setTimeout(() => this.clear(), 6000);
  }
  clear() {
    clearTimeout(this.timer);
    if (globalThis.CSS && CSS.highlights) CSS.highlights.delete('precis-sentence');
    if (this.unmark) this.unmark();
    this.unmark = null;
  }
}

function buildBox(doc, host, result, ranges) {
  const [heading, hide, show] = HEADINGS[result.lang] || HEADINGS.en;
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  while (root.firstChild) root.removeChild(root.firstChild);
  const s = sheet(CSS_TEXT);
  if (s) root.adoptedStyleSheets = [s];
  else root.appendChild(el(doc, 'style', {}, CSS_TEXT));

  const id = `precis-${Math.random().toString(36).slice(2, 8)}`;
  const box = el(doc, 'section', { class: 'box', part: 'box', 'aria-labelledby': `${id}-h`, lang: result.lang });
  const head = el(doc, 'div', { class: 'head' });
  head.appendChild(el(doc, 'h2', { id: `${id}-h`, part: 'heading' }, heading));
  const toggle = el(doc, 'button', { type: 'button', class: 'toggle', 'aria-expanded': 'true', 'aria-controls': `${id}-l` },
    hide);
  head.appendChild(toggle);
  box.appendChild(head);
  const list = el(doc, 'ol', { id: `${id}-l`, part: 'list' });
  const highlighter = new Highlighter(doc);
  result.sentences.forEach((sentence, i) => {
    const li = el(doc, 'li');
    const point = el(doc, 'button', { type: 'button', class: 'point', part: 'point' }, sentence.text.replace(/\s+/g, ' '));
    if (ranges[i]()) point.addEventListener('click', () => highlighter.show(ranges[i]));
    li.appendChild(point);
    list.appendChild(li);
  });
  box.appendChild(list);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? show : hide;
    list.hidden = open;
  });
  root.appendChild(box);
  return highlighter;
}

/**
 * Finds the article (in `target`, else the whole document), summarizes it and shows the
 * box in `host` (a <precis-summary> placeholder) or, without one, in a new element
 * inserted before the article's first paragraph. Resolves with a widget handle; rejects
 * after removing anything it added.
 */
export async function mountWidget({ doc, host, target, options, base }) {
  startWorker(base);  // first: the worker and its module load while the page is read
  const { wire, texts } = readPage(doc, target);
  const { article, result } = await summarizePage(base, wire, options);
  if (!result.sentences.length) throw new Error('no sentences to show');
  const ranges = sentenceRanges(doc, texts, article, result);

  let inserted = null;
  let highlighter;
  if (!host) {
    // Before the article's body: its first paragraph of prose, not a kicker or a dateline.
    const lead = article.paragraphs.find((p) => p.text.length >= 80) || article.paragraphs[0];
    const first = texts[lead.first_text];
    const block = first && first.isConnected ? blockOf(first) : null;
    if (!block || !block.parentNode) throw new Error('the article is no longer in the page');
    host = doc.createElement('precis-summary');
    host.precisAuto = true;  // a box the widget made: not a placeholder to mount again
    highlighter = buildBox(doc, host, result, ranges);
    block.parentNode.insertBefore(host, block);  // in one step, at its final height
    inserted = host;
  } else {
    const cs = doc.defaultView.getComputedStyle(host);
    // A placeholder whose space the page reserves keeps exactly that space.
    if (parseFloat(cs.minHeight) > 0 || parseFloat(cs.height) > 0) host.setAttribute('data-precis-reserved', '');
    highlighter = buildBox(doc, host, result, ranges);
  }
  return {
    host,
    article,
    result,
    destroy() {
      highlighter.clear();
      if (inserted) inserted.remove();
      else if (host.shadowRoot) while (host.shadowRoot.firstChild) host.shadowRoot.removeChild(host.shadowRoot.firstChild);
    },
  };
}
