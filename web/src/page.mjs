// The widget's front end for article extraction: the live DOM, walked in document order
// and written in the page wire format the core reads (src/extract/wire.hpp), so that the
// core's one extraction algorithm runs on it as it runs on Gumbo's tree natively. This
// file only reports what the page holds; the core decides what is the article.

// Attributes the core reads (src/extract/page.cpp); others are left out to keep the page small.
const ATTRIBUTES = ['class', 'id', 'role', 'hidden', 'aria-hidden', 'aria-label', 'style', 'rel', 'itemprop',
  'name', 'property', 'content', 'lang', 'datetime', 'charset'];
// Elements whose text the core never reads: their text is not sent (the elements are).
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'textarea', 'select']);
// Widget boxes are not part of the article.
const OWN = 'precis-summary';

const SEPARATORS = /[\x1e\x1f]/g;
const clean = (s) => s.replace(SEPARATORS, ' ');

function hiddenByStyle(el) {
  // What the page's style sheets hide is hidden to readers; the native front end sees
  // only inline styles, so this is the one place the browser knows more.
  const view = el.ownerDocument.defaultView;
  if (typeof el.checkVisibility === 'function' && el.checkVisibility()) return false;
  // No box: display:none hides, display:contents does not (its children have boxes).
  return view ? view.getComputedStyle(el).display === 'none' : false;
}

/**
 * Reads the document into the wire format. With `target`, only that element's subtree
 * stands in the body (the page's <head> is read either way, for its title and language).
 * Returns { wire, texts }: texts[i] is the DOM text node the core counts as text i.
 */
export function readPage(doc, target = null) {
  const parts = [];
  const texts = [];
  const open = (el, extra) => {
    let rec = 'O' + clean(el.localName);
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) rec += '\x1f' + name + '\x1f' + clean(value);
    }
    if (extra) rec += extra;
    parts.push(rec + '\x1e');
  };
  const close = () => parts.push('C\x1e');

  // Depth-first, without recursion: pages may nest thousands of levels.
  const walk = (root) => {
    const stack = [[root, false]];
    while (stack.length) {
      const [node, leaving] = stack.pop();
      if (leaving) { close(); continue; }
      if (node.nodeType === 3) {  // text
        const t = node.data;
        if (t.length) { parts.push('T' + clean(t) + '\x1e'); texts.push(node); }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const tag = node.localName;
      if (tag === OWN) continue;
      // A page that hides its whole document (<html> or <body>) until a script shows it
      // (anti-flicker, frame-busting) is hidden only for a moment: its content is read.
      const whole = node === doc.documentElement || node === doc.body;
      const hidden = !whole && node.getAttribute('hidden') === null &&
        node.namespaceURI === 'http://www.w3.org/1999/xhtml' && hiddenByStyle(node);
      open(node, hidden ? '\x1fhidden\x1f' : '');
      stack.push([node, true]);
      if (NO_TEXT.has(tag)) continue;
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
    }
  };

  const html = doc.documentElement;
  if (!target) {
    walk(html);
  } else {
    open(html);
    if (doc.head) walk(doc.head);
    parts.push('Obody\x1e');
    walk(target);
    close();
    close();
  }
  return { wire: parts.join(''), texts };
}

const SPACE = /\s/;

/**
 * The DOM Range of characters [start, end) of an article paragraph, found in the text
 * nodes paragraph.first_text..last_text. The core collapsed whitespace and may have
 * dropped inline elements inside the paragraph, so text nodes are matched, not counted.
 */
export function paragraphRange(doc, texts, paragraph, start, end) {
  const want = paragraph.text;
  let k = 0;  // position in the paragraph's text
  let startPos = null;
  let endPos = null;
  const mark = (node, offset) => {
    if (startPos === null && k >= start) startPos = [node, offset];
    if (endPos === null && k >= end) endPos = [node, offset];
  };
  for (let i = paragraph.first_text; i <= paragraph.last_text && i < texts.length && endPos === null; i++) {
    const node = texts[i];
    const s = node.data;
    // Does this node's text continue the paragraph here? (Dropped text does not.)
    const firstChar = s.search(/\S/);
    if (firstChar < 0) continue;
    let probe = k;
    while (probe < want.length && SPACE.test(want[probe])) probe++;
    if (want[probe] !== s[firstChar]) continue;
    for (let j = 0; j < s.length; j++) {
      if (SPACE.test(s[j])) continue;
      while (k < want.length && SPACE.test(want[k])) k++;
      mark(node, j);
      if (want[k] !== s[j]) break;
      k++;
      mark(node, j + 1);
    }
  }
  if (!startPos || !endPos) return null;
  const range = doc.createRange();
  range.setStart(startPos[0], startPos[1]);
  range.setEnd(endPos[0], endPos[1]);
  return range;
}

/**
 * The DOM Range of the first place `text` stands in `root`'s text, or null: runs of
 * whitespace compare as one space, and the text of widget boxes, scripts and the like is
 * not read. The widget uses it to find the sentences of a box the server rendered.
 */
export function findText(doc, root, text) {
  const want = text.replace(/\s+/g, ' ').trim();
  if (!want || !root) return null;
  const view = doc.defaultView;
  const walker = doc.createTreeWalker(root, view.NodeFilter.SHOW_ELEMENT | view.NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType === 3) return view.NodeFilter.FILTER_ACCEPT;
      return n.localName === OWN || NO_TEXT.has(n.localName) ? view.NodeFilter.FILTER_REJECT : view.NodeFilter.FILTER_SKIP;
    },
  });
  let flat = '';
  const at = [];  // at[i]: the [text node, offset] of flat[i]
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const s = node.data;
    for (let j = 0; j < s.length; j++) {
      if (SPACE.test(s[j])) {
        if (!flat.length || flat[flat.length - 1] === ' ') continue;
        flat += ' ';
      } else {
        flat += s[j];
      }
      at.push([node, j]);
    }
  }
  const i = flat.indexOf(want);
  if (i < 0) return null;
  const [startNode, startOffset] = at[i];
  const [endNode, endOffset] = at[i + want.length - 1];
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}
