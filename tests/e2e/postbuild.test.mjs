// The post-build step (scripts/postbuild.mjs) on folders shaped like Trunk's output: the
// bootstrap moved out of line, the policy in a <meta> tag, the manifest, the service worker's
// exact file list, a rerun that changes nothing, and the refusal of inline code the policy
// would block. Needs no build and no browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.mjs';
import { HOST_SCRIPTS, listFiles, postbuild } from '../../scripts/postbuild.mjs';
import { REPO } from './helpers.mjs';

const BOOTSTRAP = `import init, * as bindings from './promise-gap-0123456789abcdef.js';
const wasm = await init({ module_or_path: './promise-gap-0123456789abcdef_bg.wasm' });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));`;

// As Trunk writes it in a release build: minified, with the bootstrap inline.
const trunkHtml = (extra = '') =>
  `<!doctype html><html lang=fi><meta charset=utf-8><title>Promise Gap</title>` +
  `<meta content="Laskuri." name=description><script type=module>${BOOTSTRAP}</script>` +
  `<link href=./main-0123456789abcdef.css rel=stylesheet><meta content=#0b5cad name=theme-color>` +
  `<meta media="(prefers-color-scheme: dark)" content=#0d1117 name=theme-color></head><body>${extra}<div id=app></div></body></html>`;

const dirs = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function trunkOutput(html = trunkHtml()) {
  const dir = await mkdtemp(path.join(tmpdir(), 'promise-gap-postbuild-'));
  dirs.push(dir);
  await writeFile(path.join(dir, 'index.html'), html);
  await writeFile(path.join(dir, 'main-0123456789abcdef.css'), 'body{margin:0}');
  await writeFile(path.join(dir, 'promise-gap-0123456789abcdef.js'), 'export default () => {};');
  await writeFile(path.join(dir, 'promise-gap-0123456789abcdef_bg.wasm'), Buffer.from([0, 97, 115, 109]));
  await cp(path.join(REPO, 'assets/icon.svg'), path.join(dir, 'icon.svg'));
  await mkdir(path.join(dir, 'icons'));
  await cp(path.join(REPO, 'assets/icons'), path.join(dir, 'icons'), { recursive: true });
  return dir;
}

const read = (dir, file) => readFile(path.join(dir, file), 'utf8');
const snapshot = async (dir) => Object.fromEntries(await Promise.all((await listFiles(dir)).map(async (f) => [f, await read(dir, f)])));
const build = (source) => JSON.parse(source.match(/^const BUILD = (\{[\s\S]*?\n\});$/m)[1]);

test('moves the bootstrap into a hashed file and puts the policy first', async () => {
  const dir = await trunkOutput();
  await postbuild(dir, './');
  const html = await read(dir, 'index.html');
  const src = html.match(/<script type="module" src="\.\/(boot-[0-9a-f]{16}\.js)"><\/script>/)?.[1];
  assert.ok(src, html);
  assert.equal(await read(dir, src), `${BOOTSTRAP}\n`);
  assert.doesNotMatch(html, /<script type=module>/);
  assert.ok(
    html.startsWith(`<!doctype html><html lang=fi><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`),
    html,
  );

  const other = await trunkOutput();
  await postbuild(other, '/tools/promise-gap/');
  assert.match(await read(other, 'index.html'), /src="\/tools\/promise-gap\/boot-[0-9a-f]{16}\.js"/);
});

test('writes the manifest from the page and the icons as they are', async () => {
  const dir = await trunkOutput();
  await postbuild(dir);
  const manifest = JSON.parse(await read(dir, 'manifest.webmanifest'));
  assert.equal(manifest.name, 'Promise Gap');
  assert.equal(manifest.description, 'Laskuri.');
  assert.equal(manifest.lang, 'fi');
  assert.equal(manifest.theme_color, '#0b5cad', 'the light theme colour, not the dark one');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.deepEqual(
    manifest.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`),
    ['icons/icon-192.png 192x192 any', 'icons/icon-512.png 512x512 any', 'icons/icon-maskable-512.png 512x512 maskable', 'icon.svg any any'],
  );
});

test('the service worker lists every file but itself and the host scripts with its digest, and is valid JavaScript', async () => {
  const dir = await trunkOutput();
  await postbuild(dir);
  const source = await read(dir, 'sw.js');
  const { version, files } = build(source);
  // The page under the address visitors open, its folder's.
  const file = (url) => (url === './' ? 'index.html' : url);
  const all = (await listFiles(dir)).filter((f) => f !== 'sw.js' && !HOST_SCRIPTS.test(f));
  assert.deepEqual(files.map((f) => file(f.url)).sort(), all.sort());
  assert.ok(files.some((f) => f.url === './'), 'the page is not cached as ./');
  for (const { url, integrity, hashed } of files) {
    const digest = createHash('sha256').update(await readFile(path.join(dir, file(url)))).digest('base64');
    assert.equal(integrity, `sha256-${digest}`, url);
    assert.equal(hashed, /-[0-9a-f]{16}(_bg)?\.\w+$/.test(url), url);
  }
  assert.match(version, /^[0-9a-f]{16}$/);
  const check = spawnSync(process.execPath, ['--check', path.join(dir, 'sw.js')], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('running again changes nothing; a changed file changes the version', async () => {
  const dir = await trunkOutput();
  await postbuild(dir);
  const first = await snapshot(dir);
  await postbuild(dir);
  assert.deepEqual(await snapshot(dir), first);

  await writeFile(path.join(dir, 'icon.svg'), first['icon.svg'].replace('#0b5cad', '#0b5cae'));
  await postbuild(dir);
  assert.notEqual(build(await read(dir, 'sw.js')).version, build(first['sw.js']).version);
});

test('refuses what the policy would block, naming it', async () => {
  for (const [extra, what] of [
    ['<script>window.x = 1</script>', /inline script/],
    ['<p style="color:red">x</p>', /style attribute/],
    ['<style>p{}</style>', /<style> element/],
    ['<button onclick="go()">x</button>', /event handler/],
    ['<a href="javascript:go()">x</a>', /javascript: URL/],
  ]) {
    const dir = await trunkOutput(trunkHtml(extra));
    await assert.rejects(postbuild(dir), (err) => what.test(err.message) && /index\.html/.test(err.message), extra);
  }
  // Data blocks are not code.
  await postbuild(await trunkOutput(trunkHtml('<script type="application/ld+json">{"@type":"WebApplication"}</script>')));
});

test('a debug build gets no policy and a worker that caches nothing', async () => {
  // Trunk's live reload, as `trunk serve` injects it: inline, classic.
  const dir = await trunkOutput(trunkHtml('<script>(function () { new WebSocket("ws://x/.well-known/trunk/ws"); })()</script>'));
  await postbuild(dir, './', false);
  const html = await read(dir, 'index.html');
  assert.doesNotMatch(html, /Content-Security-Policy/);
  assert.match(html, /<script type="module" src="\.\/boot-[0-9a-f]{16}\.js">/);
  assert.deepEqual(build(await read(dir, 'sw.js')).files, []);
});
