// The size budget: everything a first visit downloads, compressed with gzip -9, must stay within
// 120 KB. Which files a first visit downloads is read twice: from the HTML (every local file it
// links, preloads or imports, and what those import or reference in turn) and from Chromium's
// network log of a real first visit, so a file loaded some other way (a service worker, a
// manifest, a font) counts too. Sizes come from dist/, so the figure does not depend on the
// server's compression and is the same on every run.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  BUDGET_GZIP_BYTES,
  gzipSize,
  observedFirstVisit,
  staticFirstVisit,
} from './first-visit.mjs';
import { DIST_DIR, launchBrowser, serveDist } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a first visit downloads at most 120 KB gzip -9, everything included', async () => {
  const files = staticFirstVisit();
  for (const rel of await observedFirstVisit(browser, server)) files.add(rel);
  const missing = [...files].filter((rel) => !existsSync(path.join(DIST_DIR, rel)));
  assert.deepEqual(missing, [], 'the first visit asked for files that are not in dist/');
  for (const kind of ['index.html', '.js', '.wasm', '.css']) {
    assert.ok([...files].some((f) => f.endsWith(kind)), `no ${kind} among ${[...files]}`);
  }

  const rows = [...files].sort().map((rel) => [rel, gzipSize(path.join(DIST_DIR, rel))]);
  const total = rows.reduce((sum, [, size]) => sum + size, 0);
  const table = rows.map(([rel, size]) => `  ${String(size).padStart(7)}  ${rel}`).join('\n');
  const summary = `${total} bytes gzip -9 of ${BUDGET_GZIP_BYTES} (${(total / 1024).toFixed(1)} KB):\n${table}`;
  console.log(`first visit: ${summary}`);
  assert.ok(total <= BUDGET_GZIP_BYTES, `over the size budget: ${summary}`);
});
