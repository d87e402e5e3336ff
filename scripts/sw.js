// The service worker's code. scripts/postbuild.mjs writes dist/sw.js from it (minified), with
// `BUILD` prepended: `{ version, files: [{ url, integrity, hashed }] }`, every file of the build
// but sw.js itself, each with its SHA-256.
//
// One build lives in one cache, filled completely before the worker installs, so a page runs
// either the old build or the new one and never a mix. A new worker waits until the page asks
// it to take over (the app's "new version" notice), and then deletes the caches of older builds.
//
// The cache can be damaged after that (a disk error, a browser bug, another script's put), so
// every page load first checks each cached file against its digest: a bad or missing one is
// dropped and fetched again. Offline, with a file the page needs still bad, the page is a
// message saying so instead of an app that cannot start; it never reloads by itself.
/* global BUILD */

const SCOPE = self.registration.scope;
// Cache names carry the scope: two deployments on one origin (say /tools/promise-gap/ and
// /staging/promise-gap/) share CacheStorage and must not delete each other's files.
const PREFIX = `promise-gap ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
// The page posts this when the user accepts the new version.
const SKIP_WAITING = 'skip-waiting';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(BUILD.files.map((file) => store(cache, file)))));
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

/** Fetches `file` of this build, refusing any other bytes, and caches it. */
async function store(cache, { url, integrity, hashed }) {
  // A hashed name always holds the same bytes, so the HTTP cache may answer (the page has just
  // downloaded the wasm); any other file is revalidated with the server. The integrity check
  // refuses a file of another build, as during a deploy in progress, and so fails the install
  // rather than caching a mix.
  const response = await fetch(new Request(url, { integrity, cache: hashed ? 'default' : 'no-cache' }));
  if (!response.ok) throw new Error(`fetching ${url}: HTTP ${response.status}`);
  await cache.put(url, response.redirected ? await unredirected(response) : response);
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

/**
 * Checks every cached file against its digest, dropping and fetching again any that is
 * missing, not a 200 or not the build's bytes. Resolves to whether the page can start from the
 * cache: a file that could not be fetched (offline) matters only if the page needs it, which
 * are the page itself and the hashed files (its script, wasm and stylesheet).
 */
async function intact(cache) {
  const checked = await Promise.all(
    BUILD.files.map(async (file) => {
      const cached = await cache.match(file.url);
      if (cached?.ok && (await digest(cached)) === file.integrity) return true;
      await cache.delete(file.url);
      return store(cache, file).then(
        () => true,
        () => !file.hashed && !isPage(file.url),
      );
    }),
  );
  return checked.every(Boolean);
}

const isPage = (url) => url.endsWith('/') || url.endsWith('.html');

async function digest(response) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return `sha256-${btoa(String.fromCharCode(...hash))}`;
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode !== 'navigate') return (await cache.match(request)) ?? fetch(request);

  // Pages come from this build's cache whatever their query (share links, embed parameters);
  // the page itself reads the query. A page is cached under its folder's address (`./`), which
  // `index.html` names too.
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/index\.html$/, '/');
  const file = BUILD.files.find((f) => new URL(f.url, SCOPE).pathname === path);
  if (!file) {
    // Not a file of the app: the server answers for it. Offline, the app opens instead, at its
    // own address (the fragment, a share link's state, goes along), so its relative URLs resolve.
    try {
      return await fetch(request);
    } catch {
      return Response.redirect(SCOPE + url.search);
    }
  }
  if (await intact(cache)) return cache.match(file.url);
  // Some file is beyond repair from here: the server's page, if it answers, else the message.
  return fetch(request).catch(damaged);
}

/**
 * The page shown offline when the app's stored copy is damaged: what happened and what to do,
 * in Finnish and English. Static, so nothing reloads in a loop; the next load online repairs.
 */
function damaged() {
  const html = `<!doctype html><html lang="fi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><title>Promise Gap</title><style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style><main id="app-damaged"><h1>Promise Gap ei käynnisty ilman verkkoyhteyttä</h1><p>Laitteelle tallennettu kopio sovelluksesta on vioittunut, eikä sitä voi korjata ilman verkkoa. Yhdistä verkkoon ja lataa sivu uudelleen: sovellus hakee ehjän kopion itse. Tallentamasi työ on tallessa.</p><div lang="en"><h1>Promise Gap cannot start without a network connection</h1><p>The copy of the app stored on this device is damaged and cannot be repaired offline. Connect to the internet and reload the page: the app fetches an intact copy by itself. Your saved work is safe.</p></div></main>`;
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'Referrer-Policy': 'no-referrer' },
  });
}
