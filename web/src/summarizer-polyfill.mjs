// Installs precis's Summarizer (summarizer.mjs) as the global `Summarizer` where the
// environment has none; a browser's own built-in one is left as it is.
import { Summarizer } from './summarizer.mjs';

if (!('Summarizer' in globalThis)) {
  Object.defineProperty(globalThis, 'Summarizer', { value: Summarizer, writable: true, configurable: true });
}
