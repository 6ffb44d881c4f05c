// Types of 'precis/summarizer/polyfill': the global Summarizer, where the environment had none.
import type { Summarizer as PrecisSummarizer } from './summarizer.js';

declare global {
  var Summarizer: typeof PrecisSummarizer;
}

export {};
