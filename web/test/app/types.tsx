// Checked by `tsc --strict` against the installed package: the types a site's TypeScript sees.
import { Precis, renderHTML, type Result, type PageSummary } from 'precis';
import 'precis/widget';
import type {} from 'precis/react';
import { Summarizer } from 'precis/summarizer';
import { readPage } from 'precis/page.mjs';

export async function core(text: string, html: string): Promise<string> {
  const s = await Precis.create({ type: 'key-points', length: 'short', lang: 'auto' });
  const r: Result = await s.analyze(text, { title: 'A title', length: 'medium', maxChars: 600 });
  const bullets: string = await s.summarize(text, { context: 'A title', type: 'tldr' });
  const defaults: Result = await s.analyze(text, null);  // null: the summarizer's own options
  const page: PageSummary = await s.summarizePage(readPage(document).wire, { sentences: 2 });
  const fromHtml = await s.summarizeHTML(html, { lang: 'en' });
  const first: string = page.article.paragraphs[0].text + fromHtml.result.summary[0];
  // @ts-expect-error: not a summary type
  await Precis.create({ type: 'essay' });
  // @ts-expect-error: per-call options are checked too
  await s.analyze(text, { length: 9 });
  s.destroy();
  const unstyled: string = renderHTML(r, null) + renderHTML(r, { for: 'story', nonce: null, lang: null });
  // @ts-expect-error: not an option of renderHTML()
  renderHTML(r, { fro: 'story' });
  return renderHTML(r, { for: 'story', nonce: 'abc' }) + bullets + first + defaults.summary.join('') + unstyled;
}

export async function standard(input: string): Promise<string> {
  if ((await Summarizer.availability({ expectedInputLanguages: ['en'] })) === 'unavailable') return '';
  const s = await Summarizer.create({ type: 'key-points', format: 'plain-text', length: 'short', monitor(m) {
    m.addEventListener('downloadprogress', () => {});
  } });
  const quota: number = s.inputQuota - (await s.measureInputUsage(input));
  const text = await s.summarize(input, { context: 'news' });
  const stream: ReadableStream<string> = s.summarizeStreaming(input);
  let streamed = '';
  // As the README has it, under lib dom and dom.iterable (no dom.asynciterable): the
  // declared type itself must be async-iterable.
  for await (const chunk of s.summarizeStreaming(input, { context: 'news' })) streamed += chunk;
  s.destroy();
  return text + quota + String(stream.locked) + streamed;
}

export function Box({ id }: { id: string }) {
  return <precis-summary for={id} type="key-points" length="short" data-precis-base="/precis/" />;
}

// @ts-expect-error: not a summary type in JSX either
export const wrong = <precis-summary type="essay" />;
