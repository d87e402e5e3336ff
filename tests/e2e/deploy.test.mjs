// The nginx sample (deploy/nginx.conf) and the test server (tests/e2e/server.mjs) must send the
// same headers, or the end-to-end tests would test something users don't get. Read always;
// also served by a real nginx when one is installed. Needs no build.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY, EVERY_RESPONSE, HASHED_CORS } from '../../deploy/headers.mjs';
import { REPO, poll } from './helpers.mjs';
import { headersFor } from './server.mjs';

const CONF = path.join(REPO, 'deploy/nginx.conf');
const NGINX = '/usr/sbin/nginx';
const SAMPLES = [
  'index.html',
  'embed.html',
  'sw.js',
  'manifest.webmanifest',
  'icon.svg',
  'icons/icon-192.png',
  'embed-host.js',
  'embed-host-2.0.js',
  'main-0123456789abcdef.css',
  // Trunk's hash is a u64 in unpadded hex: sometimes fewer than 16 digits.
  'main-123456789abcdef.css',
  'boot-fedcba9876543210.js',
  'promise-gap-0123456789abcdef.js',
  'promise-gap-0123456789abcdef_bg.wasm',
];

/** The `{ … }` block opening at `text[open]`, braces matched. */
function block(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  throw new Error('unbalanced braces');
}

test('the nginx sample states the same rules as the test server', async () => {
  const conf = (await readFile(CONF, 'utf8')).replace(/#.*$/gm, '');
  const header = (name) => conf.match(new RegExp(`add_header ${name} "([^"]*)" always;`))?.[1];
  assert.equal(header('Content-Security-Policy'), CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(EVERY_RESPONSE)) assert.equal(header(name), value, name);
  assert.match(conf, /add_header Cache-Control \$promise_gap_cache_control always;/);

  // The map's regex (nginx's PCRE here reads the same in JavaScript) against headersFor.
  const map = block(conf, conf.indexOf('{', conf.indexOf('map $uri $promise_gap_cache_control')));
  const [, pattern, immutable] = map.match(/"~([^"]+)"\s+"([^"]+)";/);
  assert.match(map, /default "no-cache";/);
  for (const file of SAMPLES) {
    const expected = new RegExp(pattern).test(`/${file}`) ? immutable : 'no-cache';
    assert.equal(expected, headersFor(file)['Cache-Control'], file);
  }

  // CORS by the same pattern: the value headersFor gives immutable files, nothing for the others.
  const cors = block(conf, conf.indexOf('{', conf.indexOf('map $uri $promise_gap_cors')));
  assert.deepEqual(cors.match(/"~([^"]+)"\s+"([^"]+)";/).slice(1), [pattern, HASHED_CORS['Access-Control-Allow-Origin']]);
  assert.match(cors, /default "";/);
  assert.match(conf, /add_header Access-Control-Allow-Origin \$promise_gap_cors;/);

  assert.match(conf, /types \{ application\/wasm wasm; \}/);
  assert.match(conf, /types \{ application\/manifest\+json webmanifest; \}/);
  // nginx drops the server's add_header for a location that has one of its own.
  for (const m of conf.matchAll(/location [^{]*\{/g)) {
    assert.doesNotMatch(block(conf, m.index + m[0].length - 1), /add_header/, m[0]);
  }
  assert.doesNotMatch(conf, /X-Frame-Options/i, 'the app must stay embeddable');
});

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

// Both sides name JavaScript and charsets in their own valid ways.
const mediaType = (value) => value.split(';')[0].trim().replace('application/javascript', 'text/javascript');

test('a real nginx with the sample sends the test server\'s headers', async (t) => {
  if (spawnSync(NGINX, ['-v']).status !== 0) {
    t.skip('nginx is not installed (apt-get install nginx-light to run this)');
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'promise-gap-nginx-'));
  // nginx's workers run as nobody.
  await chmod(dir, 0o755);
  const site = path.join(dir, 'site');
  await mkdir(path.join(site, 'icons'), { recursive: true });
  for (const file of SAMPLES) await writeFile(path.join(site, file), file);
  const port = await freePort();
  const conf = (await readFile(CONF, 'utf8'))
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/promise-gap;/, `root ${site};`);
  assert.match(conf, new RegExp(`listen 127.0.0.1:${port};`));
  await writeFile(path.join(dir, 'site.conf'), conf);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${dir}/${k};`).join(' ');
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
     events {}
     http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
            include ${dir}/site.conf; }\n`,
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  try {
    const base = `http://127.0.0.1:${port}/`;
    await poll(() => fetch(base).then((r) => r.status, () => 0), (s) => s === 200, { what: 'nginx to answer' });
    for (const file of SAMPLES) {
      const response = await fetch(base + (file === 'index.html' ? '' : file));
      assert.equal(response.status, 200, file);
      const expected = headersFor(file);
      // Sent for hashed files only, by either.
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), expected['Access-Control-Allow-Origin'] ?? null, file);
      for (const [name, value] of Object.entries(expected)) {
        const got = response.headers.get(name);
        if (name === 'Content-Type') assert.equal(mediaType(got), mediaType(value), `${file}: ${name}`);
        else assert.equal(got, value, `${file}: ${name}`);
      }
    }
    // Errors too, as the test server sends them.
    const missing = await fetch(`${base}missing.js`);
    assert.equal(missing.status, 404);
    for (const [name, value] of Object.entries(EVERY_RESPONSE)) assert.equal(missing.headers.get(name), value, `404: ${name}`);
  } finally {
    nginx.kill();
    await new Promise((done) => (nginx.exitCode === null ? nginx.once('exit', done) : done()));
    await rm(dir, { recursive: true, force: true });
  }
});
