// The React recipe: <precis-summary> inside a component; a client-side route change (the
// buttons) renders another article, and the element, keyed by the article, mounts again.
// story.tsx is the README's React example as written (package.test.mjs writes it here).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Story } from './story.tsx';
import { ARTICLES } from './articles.js';

function App() {
  const [route, setRoute] = useState('storm');
  return (
    <main>
      <nav>
        {Object.keys(ARTICLES).map((id) => (
          <button key={id} id={`go-${id}`} onClick={() => { history.pushState({}, '', `#${id}`); setRoute(id); }}>{id}</button>
        ))}
      </nav>
      <Story article={{ id: route, ...ARTICLES[route] }} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
