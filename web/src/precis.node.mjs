// precis in Node (the package's "node" export condition): the same API as precis.mjs,
// plus what Node lacks: a file reader for the wasm beside this file (Node's fetch cannot
// read file: URLs) and an HTML parser for summarizeHTML() (parse5, which builds the tree
// a browser builds). The browser entry never imports node: modules, so bundlers for the
// web need no shims.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { readPage } from './page.mjs';

globalThis[Symbol.for('precis.readFile')] ??= readFile;
// What a relative Precis.setWasmSource() path resolves against: the working directory.
globalThis[Symbol.for('precis.cwdUrl')] ??= () => pathToFileURL(`${process.cwd()}/`).href;
globalThis[Symbol.for('precis.htmlToWire')] ??= async (html) => {
  const { parse } = await import('parse5');
  return readPage(domOf(parse(html))).wire;
};

// The part of the DOM that readPage() reads (page.mjs), over parse5's tree: elements with
// their attributes, text, siblings; no styles (like the native front end, inline ones only
// are known to the core).
class Element {
  constructor(node, doc) {
    this.nodeType = 1;
    this.localName = node.tagName;
    this.namespaceURI = node.namespaceURI;
    this.ownerDocument = doc;
    this.attributes = new Map(node.attrs.map((a) => [a.name, a.value]));
    this.lastChild = null;
    this.previousSibling = null;
  }
  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }
}

function domOf(tree) {
  const doc = { defaultView: null, documentElement: null, head: null };
  // Without recursion: pages may nest thousands of levels.
  const stack = [[tree, null]];
  while (stack.length) {
    const [node, parent] = stack.pop();
    let made = null;
    if (node.nodeName === '#text') made = { nodeType: 3, data: node.value, previousSibling: null };
    else if (node.tagName) made = new Element(node, doc);
    if (made && parent) {
      made.previousSibling = parent.lastChild;
      parent.lastChild = made;
    }
    if (made && made.localName === 'html' && !doc.documentElement) doc.documentElement = made;
    if (made && made.localName === 'head' && !doc.head) doc.head = made;
    const children = node.childNodes || [];
    // Children in document order: each is appended after the previous one.
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], made || parent]);
  }
  return doc;
}

export * from './precis.mjs';
export { default } from './precis.mjs';
