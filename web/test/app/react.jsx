// The React recipe: <precis-summary> inside a component; a client-side route change (the
// buttons) renders another article, and the element, keyed by the route, mounts again.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'precis/widget';
import { ARTICLES } from './articles.js';

function Story({ id }) {
  const article = ARTICLES[id];
  return (
    <article id="story">
      <h1>{article.title}</h1>
      <precis-summary key={id} for="story" type="key-points" length="short"></precis-summary>
      {article.paragraphs.map((p) => <p key={p}>{p}</p>)}
    </article>
  );
}

function App() {
  const [route, setRoute] = useState('storm');
  return (
    <main>
      <nav>
        {Object.keys(ARTICLES).map((id) => (
          <button key={id} id={`go-${id}`} onClick={() => { history.pushState({}, '', `#${id}`); setRoute(id); }}>{id}</button>
        ))}
      </nav>
      <Story id={route} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
