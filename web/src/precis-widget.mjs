// The widget as a module ('precis/widget'): importing it defines <precis-summary> and
// window.Precis.mount()/setAssetBase(). Bundlers follow its imports: widget.mjs, the
// worker and precis.wasm are emitted with the app (or, when a bundler copies no files,
// found through Precis.setAssetBase() or the element's data-precis-base).
import { install } from './element.mjs';

// On a server (a framework rendering the page in Node) there is no page to put a box in.
// The core's worker starts while widget.mjs loads (see element.mjs, mount()).
const load = ({ base, core }) => {
  if (core) import('./core.mjs').then((c) => c.startWorker(base), () => {});
  return import('./widget.mjs');
};
if (typeof window === 'object' && typeof document === 'object') install({ load });
