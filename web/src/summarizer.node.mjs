// The Summarizer in Node: summarizer.mjs over the Node entry (which reads the wasm from disk).
import './precis.node.mjs';

export * from './summarizer.mjs';
export { default } from './summarizer.mjs';
