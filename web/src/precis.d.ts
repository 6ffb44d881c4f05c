// Types of precis.mjs: faithful summaries of news articles (WebAssembly).

export type SummaryType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummaryLength = 'short' | 'medium' | 'long';
export type Language = 'auto' | 'en' | 'ru' | 'de' | 'fr' | 'es' | 'it' | 'pt';

/** One option of Precis.create() as the core describes it (Precis.options()). */
export interface OptionSpec {
  /** As create() takes it: "maxChars". */
  name: keyof PrecisOptions;
  kind: 'choice' | 'count' | 'text' | 'flag';
  /** kind 'choice': the words it takes. */
  choices: string[];
  /** kind 'count': the largest value, 0 for no limit. */
  most: number;
  /** The default; null when the option is unset by default. */
  default: string | number | boolean | null;
}

/** Options of Precis.create(); every one optional, with the defaults shown. */
export interface PrecisOptions {
  /** The kind of summary. Default 'key-points'. */
  type?: SummaryType;
  /** key-points 3/5/7 sentences, tldr and teaser 1/2/3, headline 1. Default 'short'. */
  length?: SummaryLength;
  /** The article's language; 'auto' detects it. Default 'auto'. */
  lang?: Language;
  /** Exactly this many sentences (fewer when the article has fewer); overrides length. */
  sentences?: number;
  /** The summary never exceeds this many characters (code points); whole sentences only. */
  maxChars?: number;
  /** Larger input (UTF-8 bytes) is refused, never truncated. Default 8388608 (8 MiB). */
  maxBytes?: number;
  /** Draw the summary from after the lead (the first paragraph, or the first three sentences
   *  of a one-paragraph text), for a box shown right above it. Default false. */
  skipLead?: boolean;
  /** Include every sentence with its features and score (result.explain). Default false. */
  explain?: boolean;
}

/** Where a piece of the input stands: `text` === input.slice(start16, end16) for a
 *  JavaScript string. Sentences, quotes and entity mentions are located by one. */
export interface Range {
  /** UTF-8 byte offsets into the input. */
  start: number;
  end: number;
  /** UTF-16 offsets into the input. */
  start16: number;
  end16: number;
}

export interface Sentence extends Range {
  index: number;
  paragraph: number;
  text: string;
  score: number;
}

/** What an entity is: `other` for nationalities ("British"), events, products, and
 *  names none of the three clearly fits. */
export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One mention of an entity, at its Range. */
export interface Span extends Range {
  text: string;
}

export interface Entity {
  /** The fullest form; Russian names in the nominative case. */
  name: string;
  type: EntityType;
  /** The other forms merged into it, in the same case as `name`. */
  aliases: string[];
  /** spans.length */
  mentions: number;
  /** In [0, 1]; the most salient entity has 1. */
  salience: number;
  /** Every mention, in document order. */
  spans: Span[];
}

export interface Quote extends Range {
  text: string;
  /** The entity (its name) who spoke, also when the text gives a role whose holder it names. */
  speaker: string | null;
  /** The role the text gives the speaker, as written ("the head of the British
   *  government"), when it gives one instead of a name. */
  speaker_role: string | null;
  /** Index of the sentence the quote starts in. */
  sentence: number;
}

export interface ExplainedSentence extends Sentence {
  chosen: boolean;
  features: Record<string, number>;
}

/** The result, schema precis/1 (the same JSON as the native `precis --format json`). */
export interface Result {
  schema: 'precis/1';
  lang: Exclude<Language, 'auto'>;
  type: SummaryType;
  title: string;
  summary: string[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  stats: { sentences: number; paragraphs: number; words: number; chars: number };
  explain?: { sentences: ExplainedSentence[] };
}

/** The article the extractor found in a web page (schema "precis-article/1"). */
export interface Article {
  schema: 'precis-article/1';
  title: string;
  byline: string;
  published: string;
  /** "en", "ru", ... when the page says, else "". */
  lang: string;
  /**
   * Each paragraph: where it starts in the text summarized (the paragraphs joined by blank
   * lines; bytes of UTF-8 and UTF-16 units), and the first and last of the page's text
   * nodes it comes from. A result's `sentences[i].paragraph` indexes this list.
   */
  paragraphs: { text: string; start: number; start16: number; first_text: number; last_text: number }[];
}

/** Options of one call: any of PrecisOptions, overriding the summarizer's for that call only. */
export type CallOptions = PrecisOptions;

/** The article a page holds and its summary (summarizePage(), summarizeHTML()). */
export interface PageSummary {
  article: Article;
  /** Offsets point into the article's paragraphs joined by blank lines. */
  result: Result;
}

/** Where precis.wasm comes from: a URL (a relative one resolves against the page; in Node
 *  against the working directory, process.cwd()), its bytes, or the module compiled from
 *  them (e.g. by a page, sent to its worker). */
export type WasmSource = string | URL | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

export declare class Precis {
  private constructor();
  /** 'available' when this environment runs WebAssembly, else 'unavailable'. */
  static availability(): 'available' | 'unavailable';
  /**
   * Where to load precis.wasm from, before the first create(); null is the default (beside
   * the module). A relative URL is resolved when it is given: against the page, or in Node
   * against the working directory (not the package's folder). Needed where the module has
   * no import.meta.url and no page (a CommonJS bundle in Node): create() otherwise rejects
   * with "precis: cannot find precis.wasm: ...".
   */
  static setWasmSource(source: WasmSource | null): void;
  /** Loads the module once and makes a summarizer; rejects on bad options, naming the option. */
  static create(options?: PrecisOptions | null): Promise<Precis>;
  /** Bytes of the module's heap in use (malloc's count), for leak checks. */
  static heapUsed(): Promise<number>;
  /**
   * The options create() takes, as the core describes them, named as create() takes them
   * (camelCase: "maxChars" is the core's "max_chars"): the words and limits every front
   * end takes from the core. The core's "title" is not among them: create() takes no
   * title; a call does (analyze()'s `title`, summarize()'s `context`).
   */
  static options(): Promise<OptionSpec[]>;
  /** Finds the article in a page read from the DOM (the wire format of src/extract/wire.hpp). */
  static extractPage(wire: string): Promise<Article>;
  /** The summary as a string: "- " bullets for key points, else one paragraph. `context` is the title. */
  summarize(text: string, options?: CallOptions & { context?: string } | null): Promise<string>;
  /** The full result object. */
  analyze(text: string, options?: CallOptions & { title?: string } | null): Promise<Result>;
  /** The result as JSON text, byte for byte what the native `precis --format jsonl` prints. */
  analyzeJSON(text: string, options?: CallOptions & { title?: string } | null): Promise<string>;
  /** Finds the article in a page read from the DOM (readPage() of 'precis/page.mjs') and summarizes it. */
  summarizePage(wire: string, options?: CallOptions | null): Promise<PageSummary>;
  /**
   * Finds the article in a whole HTML page and summarizes it: with the browser's parser
   * (DOMParser; not under Trusted Types), or in Node with parse5, an HTML5 parser that
   * builds the tree a browser builds. The extraction is the core's either way.
   */
  summarizeHTML(html: string, options?: CallOptions | null): Promise<PageSummary>;
  /** Frees the summarizer; using it afterwards throws. */
  destroy(): void;
}

/**
 * Options of renderHTML(): the <precis-summary> attributes to write, and a CSP nonce for
 * its <style>. null or undefined is the default (no attribute; `type` is the result's).
 * Another name, or a value that is not a string, throws a `precis:` TypeError; type,
 * length and lang are checked as create() checks them (once the module is loaded, as it
 * is wherever a result was made).
 */
export interface RenderOptions {
  /** The id of the article's element (the widget highlights sentences there). */
  for?: string | null;
  type?: SummaryType | null;
  length?: SummaryLength | null;
  lang?: Language | null;
  nonce?: string | null;
}

/**
 * The box for a result as HTML, for server-side rendering: a <precis-summary> with a
 * declarative shadow root (`<template shadowrootmode="open">`) holding the heading and
 * the points, every character of the article escaped. Readers without JavaScript see
 * it; the widget adopts it without loading the core.
 */
export declare function renderHTML(result: Result, options?: RenderOptions | null): string;

export default Precis;
