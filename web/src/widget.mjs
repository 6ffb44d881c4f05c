// The "Key points" box for news pages. Loaded lazily by precis-widget.js; see README
// ("The widget").
//
// Flow: read the DOM into the page wire format (page.mjs) -> the core extracts the
// article and summarizes it (in a Web Worker when the page allows one, else here) ->
// build the box (shadow DOM, text nodes only) -> insert it in one step -> activating a
// point highlights its sentence in the article.
import { CSS_TEXT, HEADINGS, boxIds } from './box.mjs';
import { findText, paragraphRange, readPage } from './page.mjs';
import { release, retain, startWorker, summarizePage } from './core.mjs';

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
    this.highlight = null;  // this box's entry in the page-wide CSS.highlights
  }
  show(locate) {
    this.clear();
    const range = locate();
    if (!range) return;
    const reduced = this.doc.defaultView.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const target = range.startContainer.parentElement || blockOf(range.startContainer);
    addPageSheet(this.doc);
    if (globalThis.CSS && CSS.highlights && typeof Highlight === 'function') {
      this.highlight = new Highlight(range);
      CSS.highlights.set('precis-sentence', this.highlight);
    } else {
      this.unmark = markRange(this.doc, range);  // removed again by clear()
    }
    target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    this.timer = setTimeout(() => this.clear(), 6000);
  }
  clear() {
    clearTimeout(this.timer);
    // Only its own: another box's point may have been highlighted since.
    if (this.highlight && CSS.highlights.get('precis-sentence') === this.highlight) CSS.highlights.delete('precis-sentence');
    this.highlight = null;
    if (this.unmark) this.unmark();
    this.unmark = null;
  }
}

function styleRoot(doc, root) {
  const s = sheet(CSS_TEXT);
  if (s) root.adoptedStyleSheets = [s];
  else root.appendChild(el(doc, 'style', {}, CSS_TEXT));
}

// The box's behaviour, on a box built here or rendered by the server: the toggle, and each
// point highlighting its sentence (ranges[i], or nothing when it was not found).
function activate(doc, root, lang, ranges) {
  const [, hide, show] = HEADINGS[lang] || HEADINGS.en;
  const highlighter = new Highlighter(doc);
  root.querySelectorAll('.point').forEach((point, i) => {
    if (ranges[i] && ranges[i]()) point.addEventListener('click', () => highlighter.show(ranges[i]));
  });
  const toggle = root.querySelector('.toggle');
  const list = root.querySelector('ol');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? show : hide;
    list.hidden = open;
  });
  return highlighter;
}

function buildBox(doc, host, result, ranges) {
  const [heading, hide] = HEADINGS[result.lang] || HEADINGS.en;
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  while (root.firstChild) root.removeChild(root.firstChild);
  styleRoot(doc, root);

  const ids = boxIds();
  const box = el(doc, 'section', { class: 'box', part: 'box', 'aria-labelledby': ids.heading, lang: result.lang });
  const head = el(doc, 'div', { class: 'head' });
  head.appendChild(el(doc, 'h2', { id: ids.heading, part: 'heading' }, heading));
  head.appendChild(el(doc, 'button', { type: 'button', class: 'toggle', 'aria-expanded': 'true', 'aria-controls': ids.list },
    hide));
  box.appendChild(head);
  const list = el(doc, 'ol', { id: ids.list, part: 'list' });
  for (const sentence of result.sentences) {
    const li = el(doc, 'li');
    li.appendChild(el(doc, 'button', { type: 'button', class: 'point', part: 'point' }, sentence.text.replace(/\s+/g, ' ')));
    list.appendChild(li);
  }
  box.appendChild(list);
  root.appendChild(box);
  return activate(doc, root, result.lang, ranges);
}

// A placeholder whose space the page reserves keeps exactly that space. An empty one's
// height is the page's; one that shows a box already (the server's, or the last summary)
// has the box's height, so only its min-height tells.
function reserve(doc, host) {
  const cs = doc.defaultView.getComputedStyle(host);
  const hasBox = !!(host.shadowRoot && host.shadowRoot.firstChild);
  if (parseFloat(cs.minHeight) > 0 || (!hasBox && parseFloat(cs.height) > 0)) host.setAttribute('data-precis-reserved', '');
}

/**
 * Finds the article (in `target`, else the whole document), summarizes it and shows the
 * box in `host` (a <precis-summary> placeholder) or, without one, in a new element
 * inserted before the article's first paragraph. `base`: the folder of worker.mjs and
 * precis.wasm when they are not beside this module. Resolves with a widget handle;
 * rejects after removing anything it added.
 */
export async function mountWidget({ doc, host, target, options, base }) {
  startWorker(base);  // first: the worker and its module load while the page is read
  retain();
  let handle;
  try {
    handle = await summarizeInto({ doc, host, target, options, base });
  } catch (e) {
    release();
    throw e;
  }
  const destroy = handle.destroy;
  let destroyed = false;
  // destroy(true) keeps the box in the page: a new summary is about to replace its content.
  handle.destroy = (keepBox = false) => {
    if (destroyed) return;
    destroyed = true;
    destroy(keepBox);
    release();
  };
  return handle;
}

async function summarizeInto({ doc, host, target, options, base }) {
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
    reserve(doc, host);
    highlighter = buildBox(doc, host, result, ranges);
  }
  return {
    host,
    article,
    result,
    destroy(keepBox) {
      highlighter.clear();
      if (keepBox) return;
      if (inserted) inserted.remove();
      else if (host.shadowRoot) while (host.shadowRoot.firstChild) host.shadowRoot.removeChild(host.shadowRoot.firstChild);
    },
  };
}

/**
 * Adopts a box the server rendered into `host` (renderHTML(): a declarative shadow root
 * with the points): finds each point's sentence in `target` (else the page's body) and
 * makes the points and the toggle work, without loading the core. Resolves with a widget
 * handle whose `result` is null (the server kept it); destroy() leaves the server's box.
 */
export async function adoptBox({ doc, host, target }) {
  const root = host.shadowRoot;
  const box = root && root.querySelector('section.box');
  if (!box) throw new Error('no server-rendered box to adopt');
  styleRoot(doc, root);  // the inline <style> may have been refused by the page's CSP
  reserve(doc, host);
  const where = target || doc.body;
  // Found again at each use, as the <mark> fallback splits text nodes.
  const ranges = [...root.querySelectorAll('.point')].map((p) => () => findText(doc, where, p.textContent));
  const highlighter = activate(doc, root, box.getAttribute('lang'), ranges);
  return {
    host,
    article: null,
    result: null,
    adopted: true,
    destroy() {
      highlighter.clear();
      // Clones carry no listeners: adopting the box again (after a move) starts clean. Its
      // own buttons only: a box built since in the same shadow root keeps its listeners.
      for (const b of box.querySelectorAll('button')) b.replaceWith(b.cloneNode(true));
    },
  };
}
