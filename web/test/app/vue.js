// The Vue recipe: <precis-summary> in a render function (in templates, tell the compiler
// it is a custom element: compilerOptions.isCustomElement); a route change swaps the article.
import { createApp, h, ref } from 'vue';
import 'precis/widget';
import { ARTICLES } from './articles.js';

createApp({
  setup() {
    const route = ref('storm');
    return () => h('main', [
      h('nav', Object.keys(ARTICLES).map((id) => h('button', { id: `go-${id}`, onClick: () => { route.value = id; } }, id))),
      h('article', { id: 'story', key: route.value }, [
        h('h1', ARTICLES[route.value].title),
        h('precis-summary', { for: 'story', type: 'key-points', length: 'short' }),
        ...ARTICLES[route.value].paragraphs.map((p) => h('p', p)),
      ]),
    ]);
  },
}).mount('#root');
