// End-to-end: the app after its first visit with no network at all, from a sub-path, with
// share and embed links; installable by its manifest; under its Content-Security-Policy; as a
// plain page where there are no service workers; and the update from one build to the next.
// The release build (dist/) is served with the production headers. The update test derives
// its second build from dist/ without building again: a visible string changed in the wasm,
// the changed files renamed by their new hashes, and the real postbuild step run on the result.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.mjs';
import { HOST_SCRIPTS, SERVICE_WORKER, listFiles, pngSize } from '../../scripts/postbuild.mjs';
import { DIST_DIR, REPO, launchBrowser, openPage, poll, readNumber, serveDist, settle, waitForApp } from './helpers.mjs';
import { startServer } from './server.mjs';

const SUB_PATH = '/tools/promise-gap/';
const OFFLINE_NOTE = '.app-status__offline';
const UPDATE_NOTICE = '.app-status__update';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Waits until the page's service worker is installed and active, with the build precached. */
async function serviceWorkerActive(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    }
    return registration.scope;
  });
}

/** Checks the calculator computes: a plan delivering less gives a lower recommendation rate. */
async function assertComputes(page, locale = 'en-US') {
  const slider = page.locator('#plan-delivered-range');
  await slider.fill('10');
  await settle(page);
  const high = await readNumber(page, '#recommend', locale);
  await slider.fill('0');
  await poll(
    () => readNumber(page, '#recommend', locale),
    (low) => low < high,
    { what: `#recommend below ${high} after delivering nothing` },
  );
}

test('after one visit the app opens and computes with no network, from a sub-path, with share and embed links', async () => {
  const server = await serveDist({ basePath: SUB_PATH });
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await serviceWorkerActive(page), server.url, 'the worker is scoped to the sub-path');
    assert.equal(await page.locator(OFFLINE_NOTE).count(), 0, 'offline note while online');

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await server.close();
    await page.locator(OFFLINE_NOTE).waitFor();

    await page.reload();
    await waitForApp(page);
    await assertComputes(page);
    assert.ok(await page.locator(OFFLINE_NOTE).isVisible(), 'the offline note after the reload');

    for (const query of ['?promise=8&delivered=6.5&delight=2&lang=en', '?embed=1&lang=fi&sections=details&accent=%23c0392b']) {
      await page.goto(server.url + query);
      await waitForApp(page);
      assert.equal(await page.evaluate(() => location.search), query, 'the query survives');
      await assertComputes(page, await page.evaluate(() => document.documentElement.lang));
    }
    // Any request that reached for the network would have failed and been logged.
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await context.close();
    await server.close();
  }
});

test('the manifest makes the app installable: required fields, and every icon at its declared size', async () => {
  const server = await serveDist({ basePath: SUB_PATH });
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await serviceWorkerActive(page);

    const cdp = await context.newCDPSession(page);
    const { url, errors: parseErrors, data, manifest: parsed } = await cdp.send('Page.getAppManifest');
    assert.equal(url, new URL('manifest.webmanifest', server.url).href);
    assert.deepEqual(parseErrors, [], 'Chromium could not parse the manifest');
    const manifest = JSON.parse(data);
    for (const field of ['name', 'short_name', 'start_url', 'scope', 'display', 'theme_color', 'background_color', 'lang']) {
      assert.ok(typeof manifest[field] === 'string' && manifest[field] !== '', `manifest.${field}`);
    }
    assert.equal(parsed.startUrl, server.url, 'start_url resolves to the sub-path');
    assert.equal(parsed.scope, server.url, 'scope resolves to the sub-path');
    assert.equal(manifest.display, 'standalone');

    const icons = manifest.icons;
    const has = (sizes, type, purpose) => icons.some((i) => i.sizes === sizes && i.type === type && i.purpose.split(' ').includes(purpose));
    assert.ok(has('192x192', 'image/png', 'any'), '192×192 PNG');
    assert.ok(has('512x512', 'image/png', 'any'), '512×512 PNG');
    assert.ok(has('512x512', 'image/png', 'maskable'), 'maskable 512×512 PNG');
    assert.ok(has('any', 'image/svg+xml', 'any'), 'SVG');
    for (const icon of icons) {
      const response = await fetch(new URL(icon.src, url));
      assert.equal(response.status, 200, icon.src);
      assert.equal(response.headers.get('content-type'), icon.type, icon.src);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(bytes);
        assert.equal(`${width}x${height}`, icon.sizes, `${icon.src} is ${width}×${height}`);
        // A maskable icon must fill its square: RGB without alpha (colour type 2), or a palette
        // (type 3, scripts/icons.mjs quantizes) with no transparency chunk.
        if (icon.purpose === 'maskable') {
          const opaque = bytes[25] === 2 || (bytes[25] === 3 && !bytes.includes('tRNS'));
          assert.ok(opaque, `${icon.src} has transparency (colour type ${bytes[25]})`);
        }
      } else {
        assert.match(bytes.toString('utf8'), /^<svg[\s>]/, icon.src);
      }
    }

    // Playwright's contexts are incognito, which alone keeps Chromium from offering to install.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await context.close();
    await server.close();
  }
});

test('the app works under its Content-Security-Policy with nothing blocked', async () => {
  const server = await serveDist();
  const { context, page, errors } = await openPage(browser);
  try {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(server.url);
    const policy = response.headers()['content-security-policy'];
    assert.equal(policy, CONTENT_SECURITY_POLICY);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
    // Files from its own origin, its WebAssembly, and the one inline script by its hash.
    assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=' 'wasm-unsafe-eval'/);
    assert.match(await response.text(), /<\/template><script>/, 'the language picker is inline');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(meta, CONTENT_SECURITY_POLICY, 'the <meta> policy equals the header');

    await waitForApp(page);
    await serviceWorkerActive(page);
    await assertComputes(page);
    await page.locator('#lang').selectOption('fi');
    await assertComputes(page, 'fi-FI');
    await settle(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await context.close();
    await server.close();
  }
});

test('where service workers are unavailable the app runs as a plain page and shows no notice', async () => {
  const server = await serveDist();
  const { context, page, errors } = await openPage(browser);
  try {
    // As in a sandboxed frame: reading navigator.serviceWorker throws.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', {
        get() {
          throw new DOMException('The document is sandboxed.', 'SecurityError');
        },
      });
    });
    await page.goto(server.url);
    await waitForApp(page);
    await assertComputes(page);
    assert.equal(await page.locator('.app-status [role=status]').innerHTML(), '', 'the status line is empty');
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await context.close();
    await server.close();
  }
});

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes).digest();
const sri = (bytes) => `sha384-${sha('sha384', bytes).toString('base64')}`;

/**
 * Gives the hashed file `name` in `dir` the content `bytes`: a new name from the new hash, and
 * every reference and Trunk's SRI digest in the build's HTML and JS changed to match.
 */
async function rehash(dir, name, bytes) {
  const before = await readFile(path.join(dir, name));
  const renamed = name.replace(/-[0-9a-f]{12,16}(?=(_bg)?\.)/, `-${sha('sha256', bytes).toString('hex').slice(0, 16)}`);
  assert.notEqual(renamed, name, `${name} kept its name`);
  await rm(path.join(dir, name));
  await writeFile(path.join(dir, renamed), bytes);
  for (const text of (await readdir(dir)).filter((f) => /\.(html|js)$/.test(f))) {
    const file = path.join(dir, text);
    const content = await readFile(file, 'utf8');
    await writeFile(file, content.replaceAll(name, renamed).replaceAll(sri(before), sri(bytes)));
  }
  return renamed;
}

/**
 * A second release made from the build in `from`: the text `find` in the wasm becomes
 * `replace` (of the same length), then the real postbuild step writes the service worker.
 */
async function makeSecondRelease(from, to, find, replace) {
  assert.equal(Buffer.byteLength(replace), Buffer.byteLength(find));
  await cp(from, to, { recursive: true });
  const wasm = (await readdir(to)).find((f) => f.endsWith('_bg.wasm'));
  const bytes = await readFile(path.join(to, wasm));
  let at = bytes.indexOf(find);
  assert.ok(at >= 0, `${JSON.stringify(find)} is not in the wasm`);
  for (; at >= 0; at = bytes.indexOf(find, at + 1)) bytes.write(replace, at);
  await rehash(to, wasm, bytes);
  const boot = (await readdir(to)).find((f) => /^boot-.*\.js$/.test(f));
  await rehash(to, boot, await readFile(path.join(to, boot)));
  await promisify(execFile)('node', [path.join(REPO, 'scripts/postbuild.mjs'), to]);
}

const swVersion = async (dir) => (await readFile(path.join(dir, 'sw.js'), 'utf8')).match(/"version": "([0-9a-f]+)"/)[1];

test('a new release shows the update notice, waits for the user, then runs complete', async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), 'promise-gap-update-'));
  const site = path.join(tmp, 'site');
  await cp(DIST_DIR, site, { recursive: true });
  const server = await startServer({ dir: site });
  const { context, page, errors } = await openPage(browser);
  try {
    // A returning visitor: the second load is the one a worker controls.
    await page.goto(server.url);
    await waitForApp(page);
    await serviceWorkerActive(page);
    await page.reload();
    await waitForApp(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is controlled');

    const tagline = await page.locator('.masthead__tagline').innerText();
    const second = path.join(tmp, 'second');
    await makeSecondRelease(DIST_DIR, second, tagline, tagline.toUpperCase());
    assert.notEqual(tagline.toUpperCase(), tagline);

    // The user is typing when the release is deployed into the served folder.
    await page.evaluate(() => {
      window.__stillTheSamePage = true;
    });
    await page.locator('#delivered').fill('4.5');
    await rm(site, { recursive: true });
    await cp(second, site, { recursive: true });
    // What the app does when the user comes back to the tab (it also checks hourly).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.locator(UPDATE_NOTICE);
    await notice.waitFor({ timeout: 15_000 });
    assert.ok(await page.evaluate(() => window.__stillTheSamePage), 'the page reloaded by itself');
    assert.equal(await page.locator('#delivered').inputValue(), '4.5', 'the typed value was lost');
    assert.equal(await page.locator('.masthead__tagline').innerText(), tagline, 'the new version ran early');

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button').click();
    await reloaded;
    await waitForApp(page);
    assert.equal(await page.locator('.masthead__tagline').innerText(), tagline.toUpperCase(), 'the new version runs');
    assert.equal(await page.evaluate(() => window.__stillTheSamePage), undefined);
    assert.equal(await notice.count(), 0, 'the notice outlived the update');

    // Everything the page loaded is a file of the new release; none is of the old one alone.
    const files = await listFiles(second);
    const oldOnly = (await listFiles(DIST_DIR)).filter((f) => !files.includes(f));
    assert.ok(oldOnly.some((f) => f.endsWith('_bg.wasm')), 'the releases share their wasm');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const relative = loaded.map((u) => u.slice(server.url.length));
    assert.ok(relative.some((f) => f.endsWith('_bg.wasm')), `no wasm among ${relative}`);
    for (const f of relative) assert.ok(files.includes(f), `${f} is not a file of the new release`);
    // One cache is left, holding exactly the new release.
    const caches = await page.evaluate(async () => {
      const out = {};
      for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
      return out;
    });
    const names = Object.keys(caches);
    assert.equal(names.length, 1, `caches: ${names}`);
    assert.ok(names[0].endsWith(` ${await swVersion(second)}`), `${names[0]} is not the new release's`);
    // Every file but the worker; the page under its folder's address.
    const cached = caches[names[0]].map((u) => u.slice(server.url.length) || 'index.html');
    // Everything but the worker itself and the scripts other sites include.
    const precached = files.filter((f) => f !== SERVICE_WORKER && !HOST_SCRIPTS.test(f));
    assert.deepEqual(cached.sort(), precached.sort());
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await context.close();
    await server.close();
    await rm(tmp, { recursive: true, force: true });
  }
});
