// The widget as a module ('precis/widget'): importing it defines <precis-summary> and
// window.Precis.mount()/setAssetBase(). Bundlers follow its imports: widget.mjs, the
// worker and precis.wasm are emitted with the app (or, when a bundler copies no files,
// found through Precis.setAssetBase() or the element's data-precis-base).
import { install } from './element.mjs';

install({ load: () => import('./widget.mjs') });
