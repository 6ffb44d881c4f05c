// precis: faithful summaries of news articles, in the browser and in Node 18+.
//
// The WebAssembly module (precis.wasm, beside this file) is the precis core's C ABI
// (include/precis/precis.h). This file instantiates it once, with the four imports it
// needs and no generated glue (so no eval: a CSP of 'wasm-unsafe-eval' is enough), and
// wraps it in the API the README describes ("JavaScript and WebAssembly"):
//
//   Precis.availability()                    'available' | 'unavailable'
//   const s = await Precis.create({ type, length, lang, sentences, maxChars, maxBytes, skipLead })
//   await s.summarize(text, { context })     the summary as a string (markdown bullets for key points)
//   await s.analyze(text, { title })         the result object, schema precis/1
//   s.destroy()
//   await s.summarizePage(wire), await s.summarizeHTML(html)   { article, result } of a web page
//   await Precis.extractPage(wire)           the article of a page the widget read from the DOM
//   renderHTML(result)                       the box as HTML, for server-side rendering

// Static, not import(): Vite bundles the worker as an iife, which cannot split code.
import { readPage } from './page.mjs';
import { boxHTML } from './box.mjs';


const encoder = new TextEncoder();
const decoder = new TextDecoder();

let corePromise = null;
let optionTable = null;  // the core's options, names as in its JSON (precis_options()), read once
let wasmSource = null;

// Where this file was loaded from. A bundle in a format without import.meta (esbuild's
// default iife) has no import.meta.url: files are then looked for beside the script.
const scriptBase = typeof document === 'object' && document && document.currentScript && document.currentScript.src
  ? document.currentScript.src : (globalThis.location && globalThis.location.href) || undefined;

// The wasm's URL. The literal `new URL('./precis.wasm', import.meta.url)` is the form Vite,
// webpack 5 and Rollup's import-meta-assets plugin rewrite into the URL of the file they emit.
// Without either (a CommonJS bundle in Node: esbuild --platform=node) there is nothing to
// resolve it against, and only the caller knows where the file is.
function defaultWasmUrl() {
  if (import.meta.url) return new URL('./precis.wasm', import.meta.url);
  if (scriptBase) return new URL('precis.wasm', scriptBase);
  throw fail('cannot find precis.wasm: this module has no import.meta.url (a CommonJS bundle?) and there is no page; ' +
    'call Precis.setWasmSource() with its URL or its bytes before the first create()');
}

// Node's working directory as a file: URL ending in '/', lent by the Node entry.
const CWD_URL = Symbol.for('precis.cwdUrl');

// A setWasmSource() URL, resolved when it is given: a relative one against the page (the
// worker's script in a worker), in Node against the working directory, as a relative path
// on the command line is.
function sourceUrl(source) {
  const base = (globalThis.location && globalThis.location.href) ||
    (globalThis[CWD_URL] && globalThis[CWD_URL]()) || import.meta.url || undefined;
  try {
    return new URL(String(source), base);
  } catch (e) {
    throw new TypeError(`precis: the wasm source ${JSON.stringify(String(source))} is not a URL` +
      (base ? '' : ' (there is no page or working directory to resolve it against: give an absolute URL)'));
  }
}

// Vite's dev server serves dependencies pre-bundled from node_modules/.vite/deps/ without
// the files they reference, and answers the missing wasm with its HTML fallback page. The
// package's own copy is then two folders up, in node_modules/precis/dist/.
const VITE_DEPS = '/node_modules/.vite/deps/';
function viteDepsFallback(url) {
  const at = url.pathname.indexOf(VITE_DEPS);
  if (at < 0) return null;
  return new URL(url.pathname.slice(0, at) + '/node_modules/precis/dist/precis.wasm', url);
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];  // "\0asm"

// Why these bytes are not a WebAssembly module, or null when they start like one.
function notWasm(bytes, contentType) {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (WASM_MAGIC.every((b, i) => head[i] === b)) return null;
  const start = decoder.decode(new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength))).replace(/\s+/g, ' ').trim();
  return `the response is not WebAssembly (${contentType || 'no content type'}, starts with ${JSON.stringify(start)})`;
}

async function instantiateBytes(bytes, href, contentType) {
  const reason = notWasm(bytes, contentType);
  if (reason) throw new Error(`precis: cannot load ${href}: ${reason}`);
  try {
    return await WebAssembly.instantiate(bytes, imports());
  } catch (e) {
    throw new Error(`precis: cannot load ${href}: ${e && e.message ? e.message : e}`);
  }
}

// Node's fetch cannot read file: URLs; the Node entry (precis.node.mjs) lends its file reader.
const READ_FILE = Symbol.for('precis.readFile');

async function fetchUrl(url) {
  if (url.protocol === 'file:') {
    const readFile = globalThis[READ_FILE];
    if (!readFile) throw new Error(`precis: cannot load ${url.href}: file: URLs are read by the Node entry ('precis' in Node, precis.node.mjs)`);
    let bytes;
    try {
      bytes = await readFile(url);
    } catch (e) {
      throw new Error(`precis: cannot load ${url.href}: ${e.code || e.message}`);
    }
    return instantiateBytes(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), url.href, '');
  }
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw new Error(`precis: cannot load ${url.href}: ${e && e.message ? e.message : e}`);
  }
  if (!response.ok) throw new Error(`precis: cannot load ${url.href}: HTTP ${response.status}`);
  const contentType = (response.headers.get('content-type') || '').split(';')[0].trim();
  if (contentType === 'application/wasm' && typeof WebAssembly.instantiateStreaming === 'function') {
    // Compiles while it downloads. A body that is not wasm still fails here, with its reason.
    try {
      return await WebAssembly.instantiateStreaming(response, imports());
    } catch (e) {
      throw new Error(`precis: cannot load ${url.href}: ${e && e.message ? e.message : e}`);
    }
  }
  return instantiateBytes(await response.arrayBuffer(), url.href, contentType);
}

// A module compiled already (setWasmSource(module): one a page compiled while its worker
// started, web/src/core.mjs).
function isCompiled(source) {
  return typeof WebAssembly === 'object' && typeof WebAssembly.Module === 'function' && source instanceof WebAssembly.Module;
}

async function fetchWasm(source) {
  if (isCompiled(source)) {
    try {
      return { instance: await WebAssembly.instantiate(source, imports()) };
    } catch (e) {
      throw new Error(`precis: cannot load the given module: ${e && e.message ? e.message : e}`);
    }
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return instantiateBytes(ArrayBuffer.isView(source)
      ? source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) : source, 'the given bytes', '');
  }
  if (source) return fetchUrl(source);  // a URL, resolved by setWasmSource()
  const url = defaultWasmUrl();
  try {
    return await fetchUrl(url);
  } catch (e) {
    const fallback = viteDepsFallback(url);
    if (!fallback) throw e;
    return fetchUrl(fallback).catch(() => { throw e; });
  }
}

// The module's imports: it reads no environment variables and never exits.
function imports() {
  return {
    env: { emscripten_notify_memory_growth() {} },  // views are re-read at every call
    wasi_snapshot_preview1: {
      environ_sizes_get(countPtr, sizePtr) {
        const view = new DataView(core.memory.buffer);
        view.setUint32(countPtr, 0, true);
        view.setUint32(sizePtr, 0, true);
        return 0;
      },
      environ_get() { return 0; },
      proc_exit(code) { throw new Error(`precis: the WebAssembly module exited (${code})`); },
    },
  };
}

// The instantiated module; set once loading succeeds.
const core = { memory: null, exports: null };

function loadCore() {
  if (!corePromise) {
    corePromise = fetchWasm(wasmSource).then(({ instance }) => {
      core.exports = instance.exports;
      core.memory = instance.exports.memory;
      core.exports._initialize();  // static constructors of the C++ core
      // The core's options, read once: optionError() tells an option's message by them.
      optionTable = JSON.parse(callCore([], () => core.exports.precis_options()));
      return core;
    });
    corePromise.catch(() => { corePromise = null; });  // a later call may try again
  }
  return corePromise;
}

// Copies `bytes` into the module's memory; the caller frees the pointer.
function copyIn(bytes) {
  const ptr = core.exports.precis_string_alloc(bytes.length + 1);
  if (!ptr) throw new Error('precis: out of memory');
  const heap = new Uint8Array(core.memory.buffer);  // after the allocation: memory may have grown
  heap.set(bytes, ptr);
  heap[ptr + bytes.length] = 0;
  return ptr;
}

// Calls a core function that returns a string the caller frees: each of `inputs` (bytes)
// is copied into the module and `call` gets their pointers; everything is freed after,
// whatever happens. A NULL result throws the core's error.
function callCore(inputs, call) {
  const pointers = [];
  let out = 0;
  try {
    for (const bytes of inputs) pointers.push(copyIn(bytes));
    out = call(...pointers);
    if (!out) throw optionError(lastError());
    return readCString(out);
  } finally {
    core.exports.precis_string_free(out);
    for (const p of pointers) core.exports.precis_string_free(p);
  }
}

function readCString(ptr) {
  const heap = new Uint8Array(core.memory.buffer);
  return decoder.decode(heap.subarray(ptr, heap.indexOf(0, ptr)));
}

function lastError() {
  return readCString(core.exports.precis_last_error());
}

function fail(message) {
  return new Error(`precis: ${message}`);
}

// JavaScript options (camelCase) as the core's JSON options (snake_case): the core checks
// them (its one table of options) and its message names the option as the caller wrote it.
function coreOptions(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new TypeError('precis: options must be an object');
  const out = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    // Only camelCase names map to the core's: "max_chars" or "max-chars" is not an option
    // here, and the title is a call's argument, not an option.
    if (!/^[a-z][a-zA-Z0-9]*$/.test(key) || key === 'title') throw new TypeError(`precis: unknown option '${key}'`);
    // JSON has no NaN or Infinity (they would become null: the default, silently).
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError(`precis: option '${key}': ${value} is not a finite number`);
    }
    out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = typeof value === 'string' ? wellFormed(value) : value;
  }
  return out;
}

// A lone surrogate as U+FFFD, as TextEncoder treats the text: JSON.stringify would write it
// as an escape ("\ud83d") that no UTF-8 JSON reader takes.
// No lookbehind in the pattern: Safari before 16.4 cannot parse one, and the whole module
// would fail to load there. A pair is matched whole and kept; a lone half is replaced.
function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) => (c.length === 2 ? c : '\uFFFD'));
}

// The core's message about an option, with the option as JavaScript spells it:
// "max_chars: '0' is not ..." is "option 'maxChars': '0' is not ...". Other messages
// ("page: record 0 ...", "options: not valid JSON") are the core's own.
const camel = (name) => name.replace(/_([a-z])/g, (m, c) => c.toUpperCase());

function optionError(message) {
  const unknown = /^unknown option '([a-z_0-9]+)'$/.exec(message);
  if (unknown) return new TypeError(`precis: unknown option '${camel(unknown[1])}'`);
  const named = /^([a-z_0-9]+): (.*)$/.exec(message);
  if (!named || !optionTable.some((o) => o.name === named[1])) return fail(message);
  return new TypeError(`precis: option '${camel(named[1])}': ${named[2]}`);
}

// A line break inside a sentence becomes one space, CRLF as much as LF or CR alone (as
// the native text output does).
function oneLine(sentence) {
  return sentence.replace(/\r\n|[\r\n]/g, ' ');
}

// Node lends its HTML parser (precis.node.mjs); browsers have their own.
const HTML_TO_WIRE = Symbol.for('precis.htmlToWire');

async function browserPageWire(html) {
  if (typeof DOMParser !== 'function') throw fail('summarizeHTML() needs a browser, or Node through the Node entry');
  return readPage(new DOMParser().parseFromString(html, 'text/html')).wire;
}

// A summarizer for these options (JSON, the core's names), or the core's error about
// them: the one check of every option's value, create()'s and renderHTML()'s.
function newHandle(json) {
  const ptr = copyIn(encoder.encode(json));
  try {
    const handle = core.exports.precis_summarizer_new(ptr);
    if (!handle) throw optionError(lastError());
    return handle;
  } finally {
    core.exports.precis_string_free(ptr);
  }
}

const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((handle) => core.exports.precis_summarizer_free(handle))
  : null;

/** A summarizer with fixed options; create it with Precis.create(). */
export class Precis {
  #handle = 0;
  #options;

  /** @private Use Precis.create(). */
  constructor(handle, options) {
    if (typeof handle !== 'number' || handle === 0) throw new TypeError('precis: use Precis.create(options)');
    this.#handle = handle;
    this.#options = options;
    registry?.register(this, handle, this);
  }

  /** 'available' when this environment runs WebAssembly, else 'unavailable'. */
  static availability() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function' ? 'available' : 'unavailable';
  }

  /**
   * Where to load precis.wasm from (a URL, its bytes, or the WebAssembly.Module compiled from
   * them), before the first create(). A relative URL resolves against the page, in Node
   * against the working directory.
   */
  static setWasmSource(source) {
    // While a load is under way too: a second module would not share the first's memory.
    if (core.exports || corePromise) throw new Error('precis: the WebAssembly module is already loaded');
    if (source === null || source === undefined || source === '') wasmSource = null;  // the default
    else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source) || isCompiled(source)) wasmSource = source;
    else wasmSource = sourceUrl(source);
    corePromise = null;
  }

  /**
   * The options create() takes, as the core describes them: [{ name, kind, choices, most,
   * default }], named as create() takes them ("maxChars": the core's "max_chars" in
   * camelCase): the words and limits every front end takes from the core. The core's
   * "title" is not among them: a title is a call's (analyze()'s title, summarize()'s context).
   */
  static async options() {
    await loadCore();
    return optionTable.filter((o) => o.name !== 'title').map((o) => ({ ...o, name: camel(o.name), choices: [...o.choices] }));
  }

  /** Bytes of the module's heap in use (malloc's count), for leak checks. */
  static async heapUsed() {
    await loadCore();
    return core.exports.precis_heap_used();
  }

  /**
   * Finds the article in a page read from the DOM (see readPage() in page.mjs): the
   * article object of schema precis-article/1, or a rejection ("no article found").
   */
  static async extractPage(wire) {
    if (typeof wire !== 'string') throw new TypeError('precis: the page must be a string');
    await loadCore();
    const bytes = encoder.encode(wire);
    return JSON.parse(callCore([bytes], (page) => core.exports.precis_extract_page(page, bytes.length)));
  }

  /** Loads the module once (shared by every summarizer) and makes a summarizer. */
  static async create(options = {}) {
    const json = JSON.stringify(coreOptions(options));
    if (Precis.availability() !== 'available') throw fail('WebAssembly is not available here');
    await loadCore();
    const handle = newHandle(json);
    // The limit the core holds this summarizer to (null or undefined: the default).
    const maxBytes = options.maxBytes ?? optionTable.find((o) => o.name === 'max_bytes').default;
    return new Precis(handle, { ...options, maxBytes });
  }

  /** The result object of schema precis/1; offsets start16/end16 index `text` itself. */
  async analyze(text, options) {
    const { title, ...rest } = options ?? {};
    return JSON.parse(this.#run(text, title, rest));
  }

  /** The result as JSON text, byte for byte what the native `precis --format jsonl` prints. */
  async analyzeJSON(text, options) {
    const { title, ...rest } = options ?? {};
    return this.#run(text, title, rest);
  }

  /** The summary as a string: "- " bullets for key points, else one paragraph. */
  async summarize(text, options) {
    const { context, ...rest } = options ?? {};
    const result = JSON.parse(this.#run(text, context, rest));
    const sentences = result.summary.map(oneLine);
    return result.type === 'key-points' ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' ');
  }

  /**
   * Finds the article in a page read from the DOM (page.mjs) and summarizes it:
   * { article, result }, the result's offsets pointing into the article's paragraphs
   * joined by blank lines.
   */
  async summarizePage(wire, options = {}) {
    if (!this.#handle) throw fail('this summarizer was destroyed');
    if (typeof wire !== 'string') throw new TypeError('precis: the page must be a string');
    const json = encoder.encode(JSON.stringify(coreOptions(options)));
    const bytes = encoder.encode(wire);
    return JSON.parse(callCore([bytes, json],
      (page, opts) => core.exports.precis_summarize_page(this.#handle, page, bytes.length, opts)));
  }

  /**
   * Finds the article in a whole HTML page and summarizes it, as summarizePage() does: the
   * page is parsed by the browser (DOMParser) or, in Node, by parse5 (precis.node.mjs).
   */
  async summarizeHTML(html, options = {}) {
    if (typeof html !== 'string') throw new TypeError('precis: the page must be a string');
    const toWire = globalThis[HTML_TO_WIRE] || browserPageWire;
    return this.summarizePage(await toWire(html), options);
  }

  /** Frees the summarizer; using it afterwards throws. */
  destroy() {
    if (!this.#handle) return;
    registry?.unregister(this);
    core.exports.precis_summarizer_free(this.#handle);
    this.#handle = 0;
  }

  #run(text, title, callOptions) {
    if (!this.#handle) throw fail('this summarizer was destroyed');
    if (typeof text !== 'string') throw new TypeError('precis: text must be a string');
    if (title !== undefined && title !== null && typeof title !== 'string') {
      throw new TypeError('precis: the title (context) must be a string');
    }
    const options = coreOptions(callOptions);
    if (title !== undefined && title !== null) options.title = wellFormed(title);
    const bytes = encoder.encode(text);  // lone surrogates become U+FFFD: one UTF-16 unit either way
    const maxBytes = options.max_bytes ?? this.#options.maxBytes;
    // Refused before copying it into the module's memory (same message as the core's); a
    // per-call limit that is not a count is left to the core, whose message names it.
    if (Number.isSafeInteger(maxBytes) && maxBytes >= 1 && bytes.length > maxBytes) {
      throw fail(`input is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
    }
    return callCore([bytes, encoder.encode(JSON.stringify(options))],
      (textPtr, opts) => core.exports.precis_summarize(this.#handle, textPtr, bytes.length, opts));
  }
}

// renderHTML()'s options: the <precis-summary> attributes it writes, of which type, length
// and lang are create()'s options, and the nonce.
const RENDER_OPTIONS = ['for', 'type', 'length', 'lang', 'nonce'];
const SUMMARY_OPTIONS = ['type', 'length', 'lang'];

/**
 * The box for a result as HTML, for server-side rendering (box.mjs writes it). Options as
 * create()'s: null or undefined (the object or a member) is the default, anything else
 * is checked. type, length and lang are checked by the core as create() checks them, once
 * the module is loaded (it is wherever a result was made); a stored result rendered in a
 * process that loaded no module has them written as given.
 */
export function renderHTML(result, options) {
  if (!result || result.schema !== 'precis/1' || !Array.isArray(result.sentences)) {
    throw new TypeError('precis: renderHTML() takes a result of schema precis/1');
  }
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new TypeError('precis: options must be an object');
  const attrs = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!RENDER_OPTIONS.includes(key)) throw new TypeError(`precis: unknown option '${key}'`);
    if (value === null) continue;
    if (typeof value !== 'string') throw new TypeError(`precis: option '${key}': expected a string`);
    attrs[key] = value;
  }
  const summary = Object.fromEntries(SUMMARY_OPTIONS.filter((k) => k in attrs).map((k) => [k, attrs[k]]));
  if (core.exports && Object.keys(summary).length) core.exports.precis_summarizer_free(newHandle(JSON.stringify(coreOptions(summary))));
  return boxHTML(result, attrs);
}

export default Precis;
