// Checked by `tsc --strict`: the widget's global and element, as a page's own script sees them.
import 'precis/widget';
import { findText } from 'precis/page.mjs';

export function widget(): void {
  const el = document.createElement('precis-summary');
  el.setAttribute('for', 'story');
  document.body.append(el);
  const mounted = Precis.mount('#story', { type: 'key-points', length: 'long' });
  mounted.ready.then((w) => w.result?.summary.length);
  el.widget?.destroy();
  el.addEventListener('precis:ready', (e) => e.detail.result?.lang);
  Precis.setAssetBase('/precis/');
  const range: Range | null = findText(document, document.body, 'A sentence.');
  range?.toString();
  // @ts-expect-error: not a length
  Precis.mount(el, { length: 'huge' });
}

