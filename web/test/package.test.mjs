// The npm package as a site's developers meet it: `npm pack`, installed from the tarball
// into a fresh app (build/web-package/app), the README's Node example run as written,
// `tsc --strict` over the types, and the app built by esbuild, Vite (build and dev
// server), webpack and Rollup, each bundle opened in Chromium: the box shows three key
// points and the core's summary appears. The bundlers are the devDependencies pinned by
// web/package-lock.json (installed by toolchains/install-deps.sh).
//   node --test web/test/package.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '../../demo/serve.mjs';
import { launch, open, points } from './chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const web = join(repo, 'web');
const work = join(repo, 'build', 'web-package');
const app = join(work, 'app');
const out = join(work, 'out');
const devModules = join(web, 'node_modules');

let tarball;
let files;
let browser;
let server;
let base;

// The packages the app imports besides precis, taken from web/node_modules (the lock's).
const APP_DEPENDENCIES = ['react', 'react-dom', 'vue', '@types/react'];

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: web, encoding: 'utf8' }));
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((f) => f.path);

  cpSync(join(web, 'test', 'app'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'news-site', private: true, type: 'module' }, null, 2));
  // Offline, with no help from npm's cache: precis's own dependencies (parse5 and what it
  // needs) are packed from web/node_modules, at the lock's versions, and installed beside the
  // tarball, so npm finds them in the tree and asks no registry. npm's cache would not do:
  // it keys a package's registry document by the Accept header, which differs between npm
  // versions, so what web/'s `npm ci` cached need not be what this install asks for.
  const dependencies = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: web, encoding: 'utf8' })
    .split('\n').filter((path) => path && path !== web);
  const packedDependencies = dependencies.map((path) => join(work,
    JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work, path], { cwd: work, encoding: 'utf8' }))[0].filename));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...packedDependencies], { cwd: app, stdio: 'pipe' });
  for (const name of APP_DEPENDENCIES) {
    const link = join(app, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(devModules, name), link, 'dir');
  }
  writeFileSync(join(app, 'article.txt'), readFileSync(join(repo, 'demo', 'putin-may-g20.en.txt')));
  // The README's React example, as written: tsc --strict checks it (tsconfig.json) and the
  // React app (react.jsx) renders it.
  const react = readFileSync(join(app, 'node_modules', 'precis', 'README.md'), 'utf8')
    .match(/<!-- react-example -->\s*```tsx\n([\s\S]*?)```/);
  assert.ok(react, "the README marks its React example, a tsx block");
  writeFileSync(join(app, 'story.tsx'), react[1]);

  mkdirSync(out, { recursive: true });
  server = await serve({ port: 0, roots: [['/out/', out]] });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('the tarball', () => {
  test('holds the licences, the README and the dist files; package.json is publishable', () => {
    for (const f of ['README.md', 'package.json', 'dist/LICENSE', 'dist/LICENSE-ICU', 'dist/THIRD-PARTY-NOTICES',
      'dist/precis.mjs', 'dist/precis.node.mjs', 'dist/precis.wasm', 'dist/precis.d.ts', 'dist/precis-widget.js',
      'dist/precis-widget.mjs', 'dist/widget.mjs', 'dist/element.mjs', 'dist/worker.mjs', 'dist/page.mjs',
      'dist/summarizer.mjs', 'dist/widget.d.ts', 'dist/react.d.ts', 'dist/summarizer.d.ts']) {
      assert.ok(files.includes(f), `${f} is in the tarball`);
    }
    assert.ok(!files.some((f) => f.startsWith('test/') || f.startsWith('src/') || f.includes('node_modules')));
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'precis', 'package.json'), 'utf8'));
    assert.equal(pkg.private, undefined);
    assert.ok(pkg.repository && pkg.keywords.length > 3 && pkg.engines.node);
    assert.match(readFileSync(join(app, 'node_modules', 'precis', 'dist', 'LICENSE-ICU'), 'utf8'), /UNICODE, INC\. LICENSE AGREEMENT/);
    assert.match(readFileSync(join(app, 'node_modules', 'precis', 'dist', 'THIRD-PARTY-NOTICES'), 'utf8'), /ICU[\s\S]*Gumbo/);
  });

  test("package.json's licence is what the tarball holds: precis's, ICU's and the wasm's other parts", (t) => {
    // Each SPDX identifier of the expression, and the shipped text that shows it applies.
    const dist = (f) => readFileSync(join(app, 'node_modules', 'precis', 'dist', f), 'utf8');
    const icu = dist('LICENSE-ICU');
    const notices = dist('THIRD-PARTY-NOTICES').replace(/\s+/g, ' ');
    const wasm = notices.slice(notices.indexOf('== The WebAssembly module'), notices.indexOf('== The native library'));
    const shown = {
      MIT: /^MIT License\n/.test(dist('LICENSE')) && wasm.includes('musl libc') && wasm.includes('MIT licence'),
      // ICU 72's own licence (ICU 74 moved to UNICODE LICENSE V3, SPDX Unicode-3.0).
      'Unicode-DFS-2016': icu.startsWith('UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE\n') &&
        !icu.includes('UNICODE LICENSE V3') && wasm.includes('ICU 72.1'),
      // ICU's code from before 58 keeps the ICU licence, which LICENSE-ICU carries.
      ICU: icu.includes('ICU License - ICU 1.8.1 to ICU 57.1'),
      'Apache-2.0 WITH LLVM-exception': wasm.includes('libc++, libc++abi and compiler-rt (LLVM Project): Apache License 2.0 with LLVM Exceptions'),
    };
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'precis', 'package.json'), 'utf8'));
    const terms = pkg.license.split(' AND ');
    assert.deepEqual([...terms].sort(), Object.keys(shown).sort(), `the licence expression: ${pkg.license}`);
    for (const [id, ok] of Object.entries(shown)) assert.ok(ok, `${id}: its text or notice is in the tarball`);
    // Every licence the wasm's notices name has its identifier (none left out).
    const named = { 'MIT licence': 'MIT', 'UNICODE, INC. LICENSE AGREEMENT': 'Unicode-DFS-2016', 'historical ICU licence': 'ICU',
      'Apache License 2.0 with LLVM Exceptions': 'Apache-2.0 WITH LLVM-exception', CC0: 'CC0-1.0', 'public domain': 'CC0-1.0' };
    for (const [words, id] of Object.entries(named)) if (wasm.includes(words)) assert.ok(terms.includes(id), `${words}: ${id}`);
    assert.doesNotMatch(wasm, /\b(BSD|GPL|LGPL|MPL|zlib|ISC|NCSA|Boost)\b|Apache License (?!2\.0 with LLVM Exceptions)/i,
      'the wasm has no part under another licence');
    // npm's own SPDX parser takes it.
    const npmParse = join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'npm', 'node_modules', 'spdx-expression-parse');
    if (existsSync(npmParse)) assert.doesNotThrow(() => createRequire(import.meta.url)(npmParse)(pkg.license));
    else t.diagnostic(`not checked with npm's SPDX parser: no ${npmParse}`);
  });

  test('every file package.json names is in the tarball', () => {
    // A missing target is silent: TypeScript falls back to the next condition and Node
    // fails only for the users whose conditions pick it.
    const pkg = JSON.parse(readFileSync(join(web, 'package.json'), 'utf8'));
    const named = [];
    const walk = (value) => {
      if (typeof value === 'string') named.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk([pkg.main, pkg.browser, pkg.types, pkg.exports, pkg.sideEffects]);
    assert.ok(named.length > 20, `package.json names ${named.length} files`);
    for (const target of named.filter((t) => !t.includes('*'))) {
      assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} (named in package.json) is in the tarball`);
    }
  });

  test("the README's Node example runs as written", () => {
    const readme = readFileSync(join(app, 'node_modules', 'precis', 'README.md'), 'utf8');
    const example = readme.match(/<!-- node-example -->\s*```js\n([\s\S]*?)```/);
    assert.ok(example, 'the README marks its Node example');
    writeFileSync(join(app, 'example.mjs'), example[1]);
    const printed = execFileSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8' }).trim().split('\n');
    assert.equal(printed.length, 3);
    const article = readFileSync(join(app, 'article.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const line of printed) {
      assert.match(line, /^- /);
      assert.ok(article.includes(line.slice(2)), `verbatim: ${line}`);
    }
  });

  test("'precis/widget' and 'precis/precis-widget.js' import in Node (a framework rendering on the server) and do nothing", () => {
    for (const specifier of ['precis/widget', 'precis/precis-widget.js']) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e',
        `await import('${specifier}'); console.log(typeof globalThis.Precis, typeof globalThis.customElements)`],
      { cwd: app, encoding: 'utf8', stdio: 'pipe' });
      assert.equal(out.trim(), 'undefined undefined', specifier);
    }
  });

  test('tsc --strict passes on a file using the whole typed surface', () => {
    const tsc = join(devModules, 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
  });

  test("tsc with moduleResolution node10 (no export maps) finds every subpath's types (typesVersions)", () => {
    const tsc = join(devModules, 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.node10.json'], { cwd: app, encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
  });
});

// Opens a built page and waits for the box's points and the core's summary.
async function check(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.text()} ${m.location().url}`.trim());
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => {
      const host = document.querySelector('precis-summary');
      return host && host.shadowRoot && host.shadowRoot.querySelectorAll('.point').length > 0 &&
        document.getElementById('core').textContent !== '';
    }, null, { timeout: 30000 }).catch(() => {});
    const points = await page.evaluate(() => [...(document.querySelector('precis-summary')?.shadowRoot?.querySelectorAll('.point') ?? [])]
      .map((b) => b.textContent));
    const core = await page.evaluate(() => document.getElementById('core').textContent);
    assert.deepEqual(errors, [], 'no errors or warnings in the page');
    assert.equal(points.length, 3, 'three key points in the box');
    assert.equal(core.split('\n').length, 3, `the core's summary: ${core}`);
    const story = await page.evaluate(() => document.getElementById('story').textContent.replace(/\s+/g, ' '));
    for (const p of points) assert.ok(story.includes(p), `a sentence of the article: ${p}`);
    return points;
  } finally {
    await context.close();
  }
}

// An app page (index.html, react.html) with the bundle as a classic or module script
// instead of its source.
function page(dir, script, type, name = 'index') {
  const html = readFileSync(join(app, `${name}.html`), 'utf8')
    .replace(/<script type="module" src="[^"]+"><\/script>/, `<script ${type === 'module' ? 'type="module"' : 'defer'} src="${script}"></script>`);
  writeFileSync(join(dir, `${name}.html`), html);
}

// A single-page app's page: three points for the first article, then, after a client-side
// route change (its button), three for the other.
async function routeChange(url) {
  const { page: p, log, close } = await open(browser, url);
  try {
    const first = await points(p, { count: 3 });
    assert.ok(first.some((t) => t.includes('snow')), first.join(' | '));
    await p.click('#go-library');
    await p.waitForFunction(() => document.querySelector('precis-summary')?.shadowRoot?.querySelector('.point')
      ?.textContent.includes('library'), null, { timeout: 20000 });
    const second = await points(p, { count: 3 });
    const story = await p.evaluate(() => document.getElementById('story').textContent.replace(/\s+/g, ' '));
    for (const t of second) assert.ok(story.includes(t), `a sentence of the new article: ${t}`);
    assert.equal(await p.evaluate(() => document.querySelectorAll('precis-summary').length), 1);
    assert.deepEqual([...log.errors, ...log.warnings], []);
  } finally {
    await close();
  }
}

const built = (name) => join(out, name);

describe('bundlers', () => {
  test("esbuild (default browser platform, iife), with precis's dist/ copied beside the bundle", async () => {
    const { build } = await import('esbuild');
    const dir = built('esbuild');
    const r = await build({ absWorkingDir: app, entryPoints: ['main.js'], bundle: true, outdir: dir, logLevel: 'silent' });
    const unexpected = r.warnings.filter((w) => w.id !== 'empty-import-meta');
    assert.deepEqual(unexpected.map((w) => w.text), []);
    cpSync(join(app, 'node_modules', 'precis', 'dist'), dir, { recursive: true });
    page(dir, 'main.js', 'classic');
    await check(`${base}/out/esbuild/index.html`);
  });

  test('Vite build', async () => {
    const vite = await import('vite');
    await vite.build({ root: app, configFile: false, logLevel: 'error', base: './',
      build: { outDir: built('vite'), emptyOutDir: true,
        rollupOptions: { input: { main: join(app, 'index.html'), vue: join(app, 'vue.html') } } } });
    assert.ok(readdirSync(join(built('vite'), 'assets')).some((f) => f.endsWith('.wasm')), 'Vite emitted the wasm');
    await check(`${base}/out/vite/index.html`);
  });

  test('Vite dev server', async () => {
    const vite = await import('vite');
    const dev = await vite.createServer({ root: app, configFile: false, logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await dev.listen();
    try {
      await check(`${dev.resolvedUrls.local[0]}index.html`);
    } finally {
      await dev.close();
    }
  });

  test("Vite SSR build: precis external works as is; bundled (ssr.noExternal), the README's remedy", async () => {
    const readme = readFileSync(join(app, 'node_modules', 'precis', 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| Vite 6, server-side'));
    assert.ok(row, "the README's bundler table has a row for Vite's SSR build");
    for (const advice of ['ssr.noExternal', "external: ['precis']", 'dist/precis.wasm',
      "Precis.setWasmSource(new URL('./precis.wasm', import.meta.url))"]) assert.ok(row.includes(advice), advice);
    const vite = await import('vite');
    const TEXT = 'The council met on Monday to discuss the bridge. It voted to fund the repairs. Work starts in May, officials said.';
    const entry = (name, setup) => {
      writeFileSync(join(app, `${name}.mjs`), `import { Precis } from 'precis';\n${setup}\n` +
        `Precis.create().then(async (s) => console.log(await s.summarize(${JSON.stringify(TEXT)})), (e) => console.log(e.message));\n`);
      return join(app, `${name}.mjs`);
    };
    // Inside the app, so that an external precis resolves to its node_modules.
    const ssr = async (name, input, options) => {
      const outDir = join(app, 'dist-ssr', name);
      await vite.build({ root: app, configFile: false, logLevel: 'error', ssr: options,
        build: { ssr: input, outDir, emptyOutDir: true, target: 'node18' } });
      return outDir;
    };
    const run = (dir, name) => execFileSync(process.execPath, [join(dir, `${name}.js`)], { cwd: dir, encoding: 'utf8' }).trim();
    const plain = entry('server', '');
    for (const [name, options] of [['default', {}], ['external', { noExternal: true, external: ['precis'] }]]) {
      const dir = await ssr(name, plain, options);
      assert.match(readFileSync(join(dir, 'server.js'), 'utf8'), /from ["']precis["']/, `${name}: precis stays external`);
      assert.equal(run(dir, 'server').split('\n').length, 3, `${name}: ${run(dir, 'server')}`);
    }
    const bundled = await ssr('bundled', entry('server-copy', "Precis.setWasmSource(new URL('./precis.wasm', import.meta.url));"),
      { noExternal: true });
    assert.doesNotMatch(readFileSync(join(bundled, 'server-copy.js'), 'utf8'), /from ["']precis["']/, 'precis is bundled');
    assert.match(run(bundled, 'server-copy'), /^precis: cannot load file:.*\/precis\.wasm: ENOENT$/, 'no wasm emitted');
    cpSync(join(app, 'node_modules', 'precis', 'dist', 'precis.wasm'), join(bundled, 'precis.wasm'));
    assert.equal(run(bundled, 'server-copy').split('\n').length, 3, 'with the wasm copied');
  });

  test('webpack 5', async () => {
    const webpack = (await import('webpack')).default;
    const dir = built('webpack');
    const stats = await new Promise((ok, ko) => webpack({ mode: 'production', context: app, entry: './main.js',
      output: { path: dir, filename: 'main.js', publicPath: 'auto' }, performance: { hints: false } },
    (e, s) => (e ? ko(e) : ok(s))));
    const info = stats.toJson({ all: false, errors: true, warnings: true });
    assert.deepEqual(info.errors.map((e) => e.message), []);
    assert.deepEqual(info.warnings.map((e) => e.message), []);
    page(dir, 'main.js', 'classic');
    await check(`${base}/out/webpack/index.html`);
  });

  test("webpack 5 keeps the placeholder style sheet, by its export path and by dist/ (package.json's sideEffects)", async () => {
    // A production build drops an import that only has side effects unless the package
    // says it has them: without the style sheet in "sideEffects", webpack emits no CSS.
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'precis', 'package.json'), 'utf8'));
    assert.equal(pkg.exports['./precis-placeholder.css'], './dist/precis-placeholder.css');
    assert.ok(pkg.sideEffects.includes('./dist/precis-placeholder.css'), 'the style sheet is in sideEffects');
    const webpack = (await import('webpack')).default;
    for (const [name, specifier] of [['css-export', 'precis/precis-placeholder.css'], ['css-dist', 'precis/dist/precis-placeholder.css']]) {
      writeFileSync(join(app, `${name}.js`), `import '${specifier}';\n`);
      const dir = built(`webpack-${name}`);
      const stats = await new Promise((ok, ko) => webpack({ mode: 'production', context: app, entry: `./${name}.js`,
        experiments: { css: true }, output: { path: dir, filename: 'main.js' }, performance: { hints: false } },
      (e, s) => (e ? ko(e) : ok(s))));
      const info = stats.toJson({ all: false, errors: true });
      assert.deepEqual(info.errors.map((e) => e.message), []);
      const css = readdirSync(dir).filter((f) => f.endsWith('.css'));
      assert.equal(css.length, 1, `${specifier}: webpack emitted a style sheet (${readdirSync(dir).join(', ')})`);
      assert.match(readFileSync(join(dir, css[0]), 'utf8'), /precis-summary/, `${specifier}: the placeholder's rules`);
    }
  });

  test('Rollup with @rollup/plugin-node-resolve and @web/rollup-plugin-import-meta-assets', async () => {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const { importMetaAssets } = await import('@web/rollup-plugin-import-meta-assets');
    const warnings = [];
    const bundle = await rollup({ input: join(app, 'main.js'), plugins: [nodeResolve({ browser: true }), importMetaAssets()],
      onwarn: (w) => warnings.push(w.message) });
    const dir = built('rollup');
    await bundle.write({ dir, format: 'es' });
    await bundle.close();
    assert.deepEqual(warnings, []);
    page(dir, 'main.js', 'module');
    await check(`${base}/out/rollup/index.html`);
  });
});

describe('frameworks', () => {
  test('React (esbuild, JSX): the element in a component, a client-side route change', async () => {
    const { build } = await import('esbuild');
    const dir = built('react');
    await build({ absWorkingDir: app, entryPoints: ['react.jsx'], bundle: true, outdir: dir, jsx: 'automatic',
      minify: true, logLevel: 'silent' });
    cpSync(join(app, 'node_modules', 'precis', 'dist'), dir, { recursive: true });
    page(dir, 'react.js', 'classic', 'react');
    await routeChange(`${base}/out/react/react.html`);
  });

  test('Vue (Vite build, render function): a client-side route change', async () => {
    // Built by the Vite build test above (its second input).
    await routeChange(`${base}/out/vite/vue.html`);
  });
});
