// The app every bundler builds: the widget as a module, and the core API on the same page.
import 'precis/widget';
import { Precis } from 'precis';

const text = [...document.querySelectorAll('#story p')].map((p) => p.textContent).join('\n\n');
Precis.create({ type: 'key-points', length: 'short' })
  .then((s) => s.summarize(text))
  .then((summary) => { document.getElementById('core').textContent = summary; },
    (e) => { document.getElementById('core').textContent = `error: ${e.message}`; });
