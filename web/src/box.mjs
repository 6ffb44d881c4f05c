// The "Key points" box's look and words, shared by the widget (which builds it as DOM,
// web/src/widget.mjs) and renderHTML() (which writes it as HTML for server-side
// rendering): one structure, one style sheet, one set of headings.

/** The box's heading and its toggle's two labels, by the summary's language. */
export const HEADINGS = {
  en: ['Key points', 'Hide', 'Show'],
  ru: ['Главное', 'Скрыть', 'Показать'],
  de: ['Das Wichtigste', 'Ausblenden', 'Anzeigen'],
  fr: ['L’essentiel', 'Masquer', 'Afficher'],
  es: ['Lo esencial', 'Ocultar', 'Mostrar'],
  it: ['Punti chiave', 'Nascondi', 'Mostra'],
  pt: ['Pontos principais', 'Ocultar', 'Mostrar'],
};

/** The box's style sheet (its shadow root's). */
export const CSS_TEXT = `
:host { display: block; margin: 0 0 1.5em; font-family: var(--precis-font, inherit); }
:host([data-precis-reserved]) { contain: size; overflow: auto; }
.box { --bg: var(--precis-bg, #f4f6f9); background: var(--bg); color: var(--precis-fg, #1b1d21);
  border-left: 4px solid var(--precis-accent, #2f6fde); border-radius: 6px; padding: .75em 1em; }
@media (prefers-color-scheme: dark) {
  .box { --bg: var(--precis-bg, #1f242c); color: var(--precis-fg, #e8eaed);
    border-left-color: var(--precis-accent, #7aa7ff); }
}
/* In a reserved space a longer box scrolls; a fade at the space's foot says there is more
   (over the box's own background, so it cannot be seen when nothing is below). */
:host([data-precis-reserved]) .box::after { content: ''; display: block; position: sticky; bottom: 0; height: 2em;
  margin: 0 -1em -.75em; background: linear-gradient(transparent, var(--bg)); pointer-events: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 1em; }
h2 { font-size: 1em; line-height: 1.4; margin: 0; }
ol { margin: .5em 0 0; padding-left: 1.4em; }
ol[hidden] { display: none; }
li { margin: .35em 0; }
.point { all: unset; display: block; cursor: pointer; line-height: 1.45; }
.point:hover { text-decoration: underline; text-decoration-color: var(--precis-accent, #2f6fde); }
.point:focus-visible, .toggle:focus-visible { outline: 2px solid var(--precis-accent, #2f6fde); outline-offset: 2px;
  border-radius: 2px; }
.toggle { font: inherit; font-size: .85em; background: none; color: inherit; border: 1px solid currentColor;
  border-radius: 4px; padding: .1em .6em; cursor: pointer; }
@media (prefers-reduced-motion: no-preference) { .point { transition: color .15s; } }
`;

/** Ids of the box's heading and list, unique in the page. */
export function boxIds() {
  const id = `precis-${Math.random().toString(36).slice(2, 8)}`;
  return { heading: `${id}-h`, list: `${id}-l` };
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
// The <precis-summary> attributes renderHTML() writes, so that the widget adopting the
// box knows what it shows (and redoes it when one of them changes).
const HOST_ATTRIBUTES = ['for', 'type', 'length', 'lang'];

/**
 * The box for `result` (schema precis/1) as HTML, for server-side rendering: a
 * <precis-summary> with a declarative shadow root holding the heading and the points,
 * visible without JavaScript at first paint; the widget adopts it instead of summarizing
 * again. Every character of the article is escaped. Options: `for` (the article
 * element's id), `type`, `length`, `lang` (written as the element's attributes), and
 * `nonce` (for the inline <style> under a CSP that allows styles by nonce).
 */
export function renderHTML(result, options = {}) {
  if (!result || result.schema !== 'precis/1' || !Array.isArray(result.sentences)) {
    throw new TypeError('precis: renderHTML() takes a result of schema precis/1');
  }
  const [heading, hide] = HEADINGS[result.lang] || HEADINGS.en;
  const ids = boxIds();
  const attrs = { type: result.type, ...options };
  let host = '<precis-summary data-precis-ssr=""';
  for (const name of HOST_ATTRIBUTES) if (attrs[name] !== undefined) host += ` ${name}="${escape(attrs[name])}"`;
  const nonce = options.nonce !== undefined ? ` nonce="${escape(options.nonce)}"` : '';
  const points = result.sentences.map((s) =>
    `<li><button type="button" class="point" part="point">${escape(s.text.replace(/\s+/g, ' '))}</button></li>`).join('');
  return `${host}><template shadowrootmode="open"><style${nonce}>${CSS_TEXT}</style>` +
    `<section class="box" part="box" aria-labelledby="${ids.heading}" lang="${escape(result.lang)}">` +
    `<div class="head"><h2 id="${ids.heading}" part="heading">${escape(heading)}</h2>` +
    `<button type="button" class="toggle" aria-expanded="true" aria-controls="${ids.list}">${escape(hide)}</button></div>` +
    `<ol id="${ids.list}" part="list">${points}</ol></section></template></precis-summary>`;
}
