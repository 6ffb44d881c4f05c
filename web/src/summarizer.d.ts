// Types of 'precis/summarizer': the Writing Assistance APIs' Summarizer shape.

export type SummarizerType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummarizerFormat = 'markdown' | 'plain-text';
export type SummarizerLength = 'short' | 'medium' | 'long';
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface CreateMonitor extends EventTarget {}

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  /** BCP 47 tags; precis summarizes en, ru, de, fr, es, it, pt. */
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  /** The summary is in the input's language (its sentences, verbatim). */
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Kept as given; an extractive summary is not steered by it. */
  sharedContext?: string;
  signal?: AbortSignal;
  /** Hears one 'downloadprogress' event (loaded 1 of 1): there is nothing to download. */
  monitor?: (monitor: CreateMonitor) => void;
}

export interface SummarizerSummarizeOptions {
  /** The article's title, or what it is about: scoring prefers sentences on it. */
  context?: string;
  signal?: AbortSignal;
}

export declare class Summarizer {
  private constructor();
  static availability(options?: SummarizerCreateCoreOptions | null): Promise<Availability>;
  static create(options?: SummarizerCreateOptions | null): Promise<Summarizer>;
  summarize(input: string, options?: SummarizerSummarizeOptions | null): Promise<string>;
  /**
   * The summary as a stream, one piece per sentence. Async-iterable (`for await`) in every
   * browser, also where ReadableStream is not (precis adds the iterator), and so typed:
   * TypeScript's DOM library declares ReadableStream's iterator only in "DOM.AsyncIterable".
   */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions | null): ReadableStream<string> & AsyncIterable<string>;
  /** UTF-8 bytes of the input and the context. */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions | null): Promise<number>;
  /** 8388608: the most UTF-8 bytes one call takes. */
  readonly inputQuota: number;
  readonly sharedContext: string;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  readonly expectedInputLanguages: ReadonlyArray<string> | null;
  readonly expectedContextLanguages: ReadonlyArray<string> | null;
  readonly outputLanguage: string | null;
  destroy(): void;
}

export default Summarizer;
