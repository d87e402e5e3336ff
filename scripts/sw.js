// The service worker's code. scripts/postbuild.mjs writes dist/sw.js from it, with `BUILD`
// prepended: `{ version, files: [{ url, integrity, hashed }] }`, every file of the build but
// sw.js itself, each with its SHA-256.
//
// One build lives in one cache, filled completely before the worker installs, so a page runs
// either the old build or the new one and never a mix. A new worker waits until the page asks
// it to take over (the app's "new version" notice), and then deletes the caches of older builds.
/* global BUILD */

const SCOPE = self.registration.scope;
// Cache names carry the scope: two deployments on one origin (say /tools/promise-gap/ and
// /staging/promise-gap/) share CacheStorage and must not delete each other's files.
const PREFIX = `promise-gap ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
// The page posts this when the user accepts the new version.
const SKIP_WAITING = 'skip-waiting';

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldCaches());
});

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(request));
});

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    BUILD.files.map(async ({ url, integrity, hashed }) => {
      // A hashed name always holds the same bytes, so the HTTP cache may answer (the page has
      // just downloaded the wasm); any other file is revalidated with the server. The
      // integrity check refuses a file of another build, as during a deploy in progress, and
      // so fails the install rather than caching a mix.
      const response = await fetch(new Request(url, { integrity, cache: hashed ? 'default' : 'no-cache' }));
      if (!response.ok) throw new Error(`precaching ${url}: HTTP ${response.status}`);
      await cache.put(url, response.redirected ? await unredirected(response) : response);
    }),
  );
}

// Browsers refuse a redirected response as the answer to a navigation; hosts that redirect
// index.html to ./ would otherwise break the offline start.
async function unredirected(response) {
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

async function deleteOldCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode !== 'navigate') return (await cache.match(request)) ?? fetch(request);

  // Pages come from this build's cache whatever their query (share links, embed parameters);
  // the page itself reads the query. A page is cached under its folder's address (`./`), which
  // `index.html` names too. An unknown page falls back to the app when offline.
  const page = new URL(request.url);
  page.search = '';
  page.hash = '';
  page.pathname = page.pathname.replace(/\/index\.html$/, '/');
  const cached = await cache.match(page.href);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (offline) {
    return (await cache.match('./')) ?? Promise.reject(offline);
  }
}
