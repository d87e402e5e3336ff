// The static server the end-to-end tests and scripts/serve use: production headers, base
// path, 404s and path traversal. Runs on a temporary folder, so it needs no build.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.mjs';
import { headersFor, startServer } from './server.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';
let dir;
let server;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'promise-gap-server-'));
  await mkdir(path.join(dir, 'site'));
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
  for (const name of ['index.html', 'promise-gap-0123456789abcdef_bg.wasm', 'sw.js']) {
    await writeFile(path.join(dir, 'site', name), name);
  }
  server = await startServer({ dir: path.join(dir, 'site'), basePath: '/tools/promise-gap/' });
});

after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

// Not fetch(): it would normalise `..` away, and this sends the path as given.
/** The response to a GET of `pathname`, its body as text in `body`. */
function get(pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path: pathname, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(Object.assign(res, { body })));
    })
      .on('error', reject)
      .end();
  });
}

test('header rules', () => {
  const cases = [
    ['index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['embed.html', 'text/html; charset=utf-8', 'no-cache'],
    ['sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['promise-gap-0123456789abcdef_bg.wasm', 'application/wasm', IMMUTABLE],
    ['promise-gap-0123456789abcdef.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['main-fedcba9876543210.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['icons/icon-192.png', 'image/png', 'no-cache'],
    ['logo.svg', 'image/svg+xml', 'no-cache'],
    ['data.json', 'application/json', 'no-cache'],
  ];
  for (const [file, type, cache] of cases) {
    assert.deepEqual(
      headersFor(file),
      {
        'Content-Type': type,
        'Cache-Control': cache,
        // Readable from the origin null (a sandboxed frame): the hashed files, only.
        ...(cache === IMMUTABLE && { 'Access-Control-Allow-Origin': '*' }),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      },
      file,
    );
  }
});

test('serves files under the base path with their headers', async () => {
  const index = await get('/tools/promise-gap/');
  assert.equal(index.statusCode, 200);
  assert.equal(index.headers['cache-control'], 'no-cache');
  const wasm = await get('/tools/promise-gap/promise-gap-0123456789abcdef_bg.wasm');
  assert.equal(wasm.statusCode, 200);
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.equal(wasm.headers['cache-control'], IMMUTABLE);
  assert.equal(wasm.headers['x-content-type-options'], 'nosniff');
  assert.equal(wasm.headers['referrer-policy'], 'no-referrer');
  assert.equal((await get('/tools/promise-gap')).headers.location, '/tools/promise-gap/');
});

test('an unchanged file revalidates as a 304 without its body; a changed one comes whole', async () => {
  const first = await get('/tools/promise-gap/');
  const etag = first.headers.etag;
  assert.match(etag, /^W\/"[0-9a-f]+-[0-9a-f]+"$/);
  const again = await get('/tools/promise-gap/', { 'If-None-Match': etag });
  assert.equal(again.statusCode, 304);
  assert.equal(again.headers['referrer-policy'], 'no-referrer');
  assert.equal(again.body, '');
  const other = await get('/tools/promise-gap/', { 'If-None-Match': 'W/"0-0"' });
  assert.equal(other.statusCode, 200);
  assert.ok(other.body.length > 0);
});

test('404 for missing files and paths outside the base, with the headers every response carries', async () => {
  for (const p of ['/tools/promise-gap/missing.js', '/index.html']) {
    const res = await get(p);
    assert.equal(res.statusCode, 404, p);
    assert.equal(res.headers['referrer-policy'], 'no-referrer', p);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', p);
  }
  const redirect = await get('/tools/promise-gap');
  assert.equal(redirect.statusCode, 301);
  assert.equal(redirect.headers['referrer-policy'], 'no-referrer');
});

test('rejects path traversal', async () => {
  for (const p of [
    '/tools/promise-gap/../secret.txt',
    '/tools/promise-gap/%2e%2e/secret.txt',
    '/tools/promise-gap/%2e%2e%2fsecret.txt',
    `/tools/promise-gap/${encodeURIComponent(path.join(dir, 'secret.txt'))}`,
  ]) {
    const res = await get(p);
    assert.equal(res.statusCode, 400, p);
  }
});
