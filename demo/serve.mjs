// Serves the demo site: demo/site/ at /, and the built widget and module (web/dist/)
// at /precis/, as a news site would host them. Node only, no dependencies.
//   node demo/serve.mjs [--port 8080] [--host 127.0.0.1]
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolvePath(fileURLToPath(new URL('.', import.meta.url)));
const roots = [
  ['/precis/', join(here, '..', 'web', 'dist')],
  ['/samples/', here],  // the sample article, for the playground
  ['/', join(here, 'site')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.ts': 'text/plain; charset=utf-8',
};

const PROBE_PATH = '/__probe.js';
// The probe's script tag goes after the page's CSP <meta> (so the policy covers all that
// follows), else first in <head>.
function withProbe(body) {
  const html = body.toString('utf8');
  const tag = `<script src="${PROBE_PATH}"></script>`;
  const csp = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/i);
  const head = html.indexOf('<head>');
  const at = csp ? csp.index + csp[0].length : head >= 0 ? head + '<head>'.length : 0;
  return Buffer.from(html.slice(0, at) + tag + html.slice(at));
}

async function resolve(urlPath, extra) {
  for (const [prefix, folder] of [...extra, ...roots]) {
    const dir = resolvePath(folder);
    if (!urlPath.startsWith(prefix)) continue;
    let rel = decodeURIComponent(urlPath.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (prefix === '/samples/' && !rel.endsWith('.txt')) continue;
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep)) return null;  // no way out of the served folders
    try {
      if ((await stat(file)).isFile()) return file;
    } catch { /* not here */ }
  }
  return null;
}

/**
 * Starts the server; resolves with it once it listens. For the browser tests and the
 * benchmark: `probe` (a script file) is served at /__probe.js and loaded first by every
 * HTML page, right after its CSP; `onResponse(path, bytes)` hears of every body sent;
 * `roots`: more [urlPrefix, folder] pairs, looked at first (the tests serve their own
 * pages and bundles this way); `widgetCache`: the Cache-Control of the widget's files
 * (/precis/). Every response carries an ETag, so a cached copy is revalidated (304), not
 * sent again: browsers keep what they built from it (compiled code).
 */
export function serve({ port = 8080, host = '127.0.0.1', probe = null, onResponse = null, roots: extra = [],
  widgetCache = 'no-cache' } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const get = req.method === 'GET' || req.method === 'HEAD';
      const file = get && probe && url.pathname === PROBE_PATH ? probe : get ? await resolve(url.pathname, extra) : null;
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found\n');
        return;
      }
      let body = await readFile(file);
      if (probe && extname(file) === '.html') body = withProbe(body);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      // No-cache for the pages and the site (an edit shows at the next load).
      const cache = url.pathname.startsWith('/precis/') ? widgetCache : 'no-cache';
      if (req.headers['if-none-match'] === etag) {
        onResponse?.(url.pathname, 0);
        res.writeHead(304, { etag, 'cache-control': cache });
        res.end();
        return;
      }
      onResponse?.(url.pathname, req.method === 'HEAD' ? 0 : body.length);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': cache, etag });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('server error\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('--port', 8080));
  const host = arg('--host', '127.0.0.1');
  serve({ port, host }).then(() => {
    console.log(`The demo site is on http://${host}:${port}/ (Ctrl-C stops it)`);
  }, (e) => {
    console.error(`demo: cannot serve on ${host}:${port}: ${e.message}`);
    process.exit(1);
  });
}
