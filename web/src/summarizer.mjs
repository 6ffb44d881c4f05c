// The Writing Assistance APIs' Summarizer, with precis's answers: a site writes to the
// standard shape and runs in every browser and in Node. What differs from a browser's
// built-in model is in the README ("The standard Summarizer API"): every point is a
// sentence of the input, verbatim; 'headline' and 'teaser' are extractive too; the output
// language is the input's.
import { Precis } from './precis.mjs';

// The standard's output formats; types, lengths, languages and the input quota are the
// core's (Precis.options()).
const FORMATS = ['markdown', 'plain-text'];
const encoder = new TextEncoder();

// The core's words: { types, lengths, languages, quota } (the quota in the unit
// measureInputUsage() counts: UTF-8 bytes, the core's input limit).
async function coreWords() {
  const table = await Precis.options();
  const option = (name) => table.find((o) => o.name === name);
  return {
    types: option('type').choices,
    lengths: option('length').choices,
    languages: option('lang').choices.filter((l) => l !== 'auto'),
    quota: option('maxBytes').default,
  };
}

const primary = (tag) => String(tag).toLowerCase().split(/[-_]/)[0];

function check(name, value, choices) {
  if (value !== undefined && !choices.includes(value)) {
    throw new TypeError(`precis: Summarizer option '${name}' must be one of ${choices.join(', ')} (got ${JSON.stringify(value)})`);
  }
}

function unsupported(options, languages) {
  const langs = [...(options.expectedInputLanguages || []), ...(options.expectedContextLanguages || [])];
  if (options.outputLanguage !== undefined) langs.push(options.outputLanguage);
  return langs.find((l) => !languages.includes(primary(l)));
}

function checkSignal(signal) {
  if (signal && signal.aborted) throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

// Markdown's syntax in a verbatim sentence, escaped so that the text renders as written:
// the inline characters, '&' (an entity such as "&amp;" would render as "&"), and a list
// marker at its start ("- A freeze ...", "2. Second ..." would nest a list in the point).
const escapeMarkdown = (s) => s.replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`)
  .replace(/^([-+])(?=\s|$)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

async function* iterate(stream) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export class Summarizer {
  #precis;
  #quota;
  #destroyed = false;

  /** @private Use Summarizer.create(). */
  constructor(precis, options, quota) {
    if (!(precis instanceof Precis)) throw new TypeError('precis: use Summarizer.create(options)');
    this.#precis = precis;
    this.#quota = quota;
    this.sharedContext = options.sharedContext ?? '';
    this.type = options.type ?? 'key-points';
    this.format = options.format ?? 'markdown';
    this.length = options.length ?? 'short';
    this.expectedInputLanguages = options.expectedInputLanguages ? Object.freeze([...options.expectedInputLanguages]) : null;
    this.expectedContextLanguages = options.expectedContextLanguages ? Object.freeze([...options.expectedContextLanguages]) : null;
    this.outputLanguage = options.outputLanguage ?? null;
    Object.freeze(this);
  }

  /**
   * 'available' when these options can be served here (the model is the module: nothing to
   * download), 'unavailable' for a language precis does not summarize or without WebAssembly.
   */
  static async availability(options) {
    options ??= {};  // as WebIDL reads a null dictionary
    check('format', options.format, FORMATS);
    if (Precis.availability() !== 'available') return 'unavailable';
    const words = await coreWords();
    check('type', options.type, words.types);
    check('length', options.length, words.lengths);
    return unsupported(options, words.languages) ? 'unavailable' : 'available';
  }

  /** A summarizer for these options; rejects with NotSupportedError for an unsupported language. */
  static async create(options) {
    options ??= {};
    checkSignal(options.signal);
    if ((await Summarizer.availability(options)) === 'unavailable') {
      const languages = Precis.availability() === 'available' ? (await coreWords()).languages : [];
      const lang = unsupported(options, languages);
      throw new DOMException(lang && languages.length ? `precis: language '${lang}' is not supported (${languages.join(', ')})`
        : 'precis: WebAssembly is not available here', 'NotSupportedError');
    }
    // Nothing to download: a monitor hears one progress event, all of it already there.
    if (typeof options.monitor === 'function') {
      const monitor = new EventTarget();
      options.monitor(monitor);
      const progress = new Event('downloadprogress');
      Object.assign(progress, { loaded: 1, total: 1, lengthComputable: true });
      monitor.dispatchEvent(progress);
    }
    const lang = options.expectedInputLanguages && options.expectedInputLanguages.length === 1
      ? primary(options.expectedInputLanguages[0]) : 'auto';
    const precis = await Precis.create({ type: options.type ?? 'key-points', length: options.length ?? 'short', lang });
    checkSignal(options.signal);
    const summarizer = new Summarizer(precis, options, (await coreWords()).quota);
    // The standard: aborting create()'s signal later destroys the summarizer it made.
    options.signal?.addEventListener('abort', () => summarizer.destroy(), { once: true });
    return summarizer;
  }

  /** The most input (UTF-8 bytes, input and context together) one call takes. */
  get inputQuota() { return this.#quota; }

  /** What `input` counts against inputQuota: its UTF-8 bytes, and the context's. */
  async measureInputUsage(input, options) {
    options ??= {};
    this.#check(options.signal);
    return encoder.encode(String(input)).length + encoder.encode(String(options.context ?? '')).length;
  }

  /** The summary as a string: "- " bullets for key points in markdown, else one paragraph. */
  async summarize(input, options) {
    return (await this.#points(input, options ?? {})).join(this.#separator());
  }

  /** The summary as a stream of strings: one piece per sentence, each adding to the last. */
  summarizeStreaming(input, options) {
    options ??= {};
    let points = null;
    let i = 0;
    const stream = new ReadableStream({
      pull: async (controller) => {
        if (!points) points = await this.#points(input, options);
        this.#check(options.signal);  // aborted or destroyed between two pieces: the stream errors
        if (i < points.length) {
          controller.enqueue((i > 0 ? this.#separator() : '') + points[i]);
          i++;
        }
        if (i >= points.length) controller.close();
      },
    });
    // `for await` over it, also where ReadableStream is not async-iterable yet.
    if (!stream[Symbol.asyncIterator]) stream[Symbol.asyncIterator] = () => iterate(stream);
    return stream;
  }

  /** Frees the summarizer; later calls reject with an AbortError. */
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#precis.destroy();
  }

  #separator() {
    return this.type === 'key-points' ? '\n' : ' ';
  }

  #check(signal) {
    if (this.#destroyed) throw new DOMException('precis: this summarizer was destroyed', 'AbortError');
    checkSignal(signal);
  }

  async #points(input, options) {
    this.#check(options.signal);
    if (typeof input !== 'string') throw new TypeError('precis: the input must be a string');
    const usage = await this.measureInputUsage(input, options);
    if (usage > this.#quota) {
      throw new DOMException(`precis: the input is ${usage} bytes, over the quota of ${this.#quota}`, 'QuotaExceededError');
    }
    this.#check(options.signal);  // destroyed while the usage was measured
    const context = options.context === undefined || options.context === null ? undefined : String(options.context);
    // An input with nothing to summarize (blank, as the core reads it) gets the standard's
    // answer: an empty summary.
    if (!input.trim()) return [];
    let result;
    try {
      result = await this.#precis.analyze(input, { title: context });
    } catch (e) {
      if (e instanceof Error && e.message === 'precis: nothing to summarize') return [];
      // The module's heap was full for this input (README, "Limits"): Web IDL's
      // UnknownError, "an unknown transient reason (e.g. out of memory)". The next call works.
      if (e instanceof Error && e.message === 'precis: out of memory') throw new DOMException(e.message, 'UnknownError');
      throw e;
    }
    this.#check(options.signal);
    const sentences = result.summary.map(oneLine);
    if (this.format === 'plain-text') return sentences;
    return this.type === 'key-points' ? sentences.map((s) => `- ${escapeMarkdown(s)}`) : sentences.map(escapeMarkdown);
  }
}

export default Summarizer;
