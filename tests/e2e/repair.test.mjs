// End-to-end: the service worker repairs a damaged cache, and offline the app opens from any
// path under it. Each kind of file the app needs to start (the page, the start script,
// wasm-bindgen's script, the wasm, the stylesheet) is damaged in Cache Storage the ways a
// cache goes wrong (other bytes, cut short, a 404 stored in its place). Reloaded online, the
// app starts and the cache holds the right bytes again. Offline, with no HTTP cache to repair
// from either, the page says in Finnish and English what happened and what to do, stays put
// however often it is reloaded, and the next reload online starts the app. The release build
// (dist/) is served with the production headers; "offline" is the browser offline and the
// server gone.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST_DIR, launchBrowser, openPage, poll, readNumber, serveDist, settle, waitForApp } from './helpers.mjs';

const SUB_PATH = '/tools/promise-gap/';
const DAMAGED = '#app-damaged';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The built file whose name matches `pattern`. */
async function built(pattern) {
  const name = (await readdir(DIST_DIR)).find((f) => pattern.test(f));
  assert.ok(name, `no file matching ${pattern} in dist/`);
  return name;
}

/**
 * The app served from a sub-path, opened and controlled by its service worker with the release
 * precached, in a fresh context. `online()` and `offline()` bring the network back (the server
 * on the same port) and take it away.
 */
async function installed() {
  let server = await serveDist({ basePath: SUB_PATH });
  const { port, url } = server;
  const { context, page, errors } = await openPage(browser);
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state !== 'activated') {
      await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    }
  });
  // A returning visitor: the worker controls this load.
  await page.reload();
  await waitForApp(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is controlled');
  const cdp = await context.newCDPSession(page);
  return {
    url,
    context,
    page,
    errors,
    async offline() {
      // What could repair a file offline: the HTTP cache still holds the hashed files.
      await cdp.send('Network.clearBrowserCache');
      await context.setOffline(true);
      await server.close();
    },
    async online() {
      server = await serveDist({ basePath: SUB_PATH, port });
      await context.setOffline(false);
    },
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Replaces the cached copy of `url` in the app's one cache by a damaged one. */
function damage(page, url, how) {
  return page.evaluate(
    async ({ url, how }) => {
      const names = await caches.keys();
      if (names.length !== 1) throw new Error(`caches: ${names}`);
      const cache = await caches.open(names[0]);
      const good = await cache.match(url);
      if (!good) throw new Error(`${url} is not cached`);
      const headers = { 'Content-Type': good.headers.get('Content-Type') };
      const bytes = new Uint8Array(await good.arrayBuffer());
      const damaged = {
        garbage: () => new Response(new TextEncoder().encode('garbage '.repeat(bytes.length / 8)), { headers }),
        truncated: () => new Response(bytes.slice(0, bytes.length >> 1), { headers }),
        404: () => new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
      }[how]();
      await cache.put(url, damaged);
    },
    { url, how },
  );
}

/** The SHA-256 (base64) of the cached copy of `url`, or null if it is missing or not a 200. */
function cachedDigest(page, url) {
  return page.evaluate(async (url) => {
    const [name] = await caches.keys();
    const cached = await (await caches.open(name)).match(url);
    if (!cached?.ok) return null;
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await cached.arrayBuffer()));
    return btoa(String.fromCharCode(...hash));
  }, url);
}

const digestOf = async (file) => createHash('sha256').update(await readFile(path.join(DIST_DIR, file))).digest('base64');

/** Checks the calculator computes: a plan delivering nothing lowers the recommendation rate. */
async function assertComputes(page) {
  const slider = page.locator('#plan-delivered-range');
  await slider.fill('10');
  await settle(page);
  const before = await readNumber(page, '#recommend', 'en-US');
  await slider.fill('0');
  await poll(() => readNumber(page, '#recommend', 'en-US'), (now) => now < before, { what: 'the results to follow the input' });
}

/** Checks the message for a damaged copy is showing, in both languages, and nothing else. */
async function assertDamagedMessage(page) {
  await page.locator(DAMAGED).waitFor();
  const text = await page.locator(DAMAGED).innerText();
  assert.match(text, /vioittunut/, 'what happened, in Finnish');
  assert.match(text, /Yhdistä verkkoon ja lataa sivu uudelleen/, 'what to do, in Finnish');
  assert.match(text, /damaged/, 'what happened, in English');
  assert.match(text, /Connect to the internet and reload the page/, 'what to do, in English');
  assert.equal(await page.locator(`${DAMAGED} [lang=en]`).count(), 1, 'the English marked as English');
  assert.equal(await page.locator('#app').count(), 0, 'an app that cannot start');
}

test('a damaged cached file is fetched again online; offline the page says so, in Finnish and English, without looping', async () => {
  const cases = [
    ['the page', '', 'garbage'],
    ['the page', '', '404'],
    ['the start script', await built(/^boot-[0-9a-f]+\.js$/), 'garbage'],
    ["wasm-bindgen's script", await built(/^promise-gap-[0-9a-f]+\.js$/), 'truncated'],
    ['the wasm', await built(/_bg\.wasm$/), 'garbage'],
    ['the wasm', await built(/_bg\.wasm$/), 'truncated'],
    ['the wasm', await built(/_bg\.wasm$/), '404'],
    ['the stylesheet', await built(/^main-[0-9a-f]+\.css$/), 'garbage'],
  ];
  const app = await installed();
  const { page, errors } = app;
  let navigations = 0;
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
  try {
    for (const [kind, rel, how] of cases) {
      const what = `${kind} (${rel || './'}) ${how}`;
      const url = app.url + rel;
      const good = await digestOf(rel || 'index.html');

      await damage(page, url, how);
      assert.notEqual(await cachedDigest(page, url), good, `${what}: not damaged`);
      await page.reload();
      await waitForApp(page);
      assert.equal(await cachedDigest(page, url), good, `${what}: not repaired online`);
      await assertComputes(page);
      assert.deepEqual(errors, [], `${what}: console errors or page errors online`);

      await damage(page, url, how);
      await app.offline();
      for (const attempt of ['reloaded', 'reloaded again']) {
        const response = await page.reload();
        assert.equal(response.status(), 503, `${what}, ${attempt} offline`);
        await assertDamagedMessage(page);
        // It stays: nothing reloads it by itself.
        const seen = navigations;
        await page.waitForTimeout(1000);
        assert.equal(navigations, seen, `${what}: the page reloaded by itself offline`);
      }

      await app.online();
      await page.reload();
      await waitForApp(page);
      assert.equal(await cachedDigest(page, url), good, `${what}: not repaired back online`);
      await assertComputes(page);
      // The offline reloads logged their failed loads; only what follows counts.
      errors.length = 0;
    }
  } finally {
    await app.close();
  }
});

test('offline, any path under the app opens the app at its own address, with a share link\'s figures', async () => {
  const app = await installed();
  const { page, errors } = app;
  try {
    await app.offline();
    await page.goto(`${app.url}a/b/c?lang=en#v=1&lang=en&p=9&d=3`);
    await waitForApp(page);
    const { pathname, search, hash } = await page.evaluate(() => location);
    assert.equal(pathname, SUB_PATH, 'the app at its own address');
    assert.equal(search, '?lang=en', 'the query kept');
    assert.match(hash, /^#v=1&/, 'the share link kept');
    assert.equal(await page.locator('#promise').inputValue(), '9', "the link's figures");
    await assertComputes(page);
    await settle(page);
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await app.close();
  }
});
