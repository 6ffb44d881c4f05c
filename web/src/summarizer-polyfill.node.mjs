// The polyfill in Node (the "node" condition of precis/summarizer/polyfill): the Node entry
// first, which lends the wasm's file reader, then the polyfill itself.
import './precis.node.mjs';
import './summarizer-polyfill.mjs';
