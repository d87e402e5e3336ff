// Shared by the end-to-end tests: Debian's Chromium through playwright-core, the release build
// (dist/) served over HTTP, pages that record console and page errors, reading numbers the way
// the app displays them in Finnish or English, and axe-core accessibility checks.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO, 'dist');

/** Results that follow the plan (src/results.rs ids): the plan's worth, its margin, and the two
 * rates shown today → plan. Today's gap cost is left out: it does not follow the plan. */
export const RESULTS = ['#worth', '#margin-change', '#recommend', '#churn'];

/** The headline results as the page shows them. */
export const resultTexts = (page) => Promise.all(RESULTS.map((s) => page.locator(s).innerText()));

/**
 * Chromium's flags here (also for Lighthouse's own launch, scripts/bench.mjs): as root it needs
 * --no-sandbox; the rest stop it reaching for Google's hosts, which this closed network refuses.
 */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian Chromium; Playwright gives each launch a fresh user-data-dir. */
export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_FLAGS });
}

/** Serves the release build on a free port; resolves to `{ url, port, close() }`. */
export function serveDist(options = {}) {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run ./scripts/build first`);
  }
  return startServer({ dir: DIST_DIR, ...options });
}

/**
 * A page in a new browser context with the given locale (the app picks its language from the
 * browser's on a first visit). `errors` collects console errors and uncaught page errors.
 */
export async function openPage(browser, { locale = 'en-US', ...contextOptions } = {}) {
  const context = await browser.newContext({ locale, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    // The location names the URL behind a "Failed to load resource" message.
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { context, page, errors };
}

/**
 * For a test file: serves the release build and launches Chromium before its tests, and closes
 * both after them. Returns `{ server, browser }`, filled in once the tests start.
 */
export function serveAndLaunch() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Runs `body(page, context)` on the app freshly opened at `url`, then checks that nothing was
 * logged as an error and that no dialog opened (an injected `alert` would). `options` are
 * openPage's (a locale, context options), plus `permissions` to grant and an `init` script.
 */
export async function openApp(browser, url, { permissions, init, ...options }, body) {
  const { context, page, errors } = await openPage(browser, options);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  try {
    if (permissions) await context.grantPermissions(permissions, { origin: new URL(url).origin });
    if (init) await context.addInitScript(init);
    await page.goto(url);
    await waitForApp(page);
    await body(page, context);
    await settle(page);
    assert.deepEqual(errors, [], 'console errors or page errors');
    assert.deepEqual(dialogs, [], 'a dialog opened');
  } finally {
    await context.close();
  }
}

/** Waits until the app has mounted and is interactive (`#app[data-ready="true"]`). */
export async function waitForApp(page, timeout = 30_000) {
  await page.waitForSelector('#app[data-ready="true"]', { timeout });
}

/** Lets pending renders finish: the app re-renders asynchronously after an event. */
export async function settle(page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Waits until the likely ranges (services/ranges.rs) are those of the inputs on screen. */
export async function rangesSettled(page, timeout = 15_000) {
  await page.waitForFunction(
    () => !!document.querySelector('#pays-back') && !document.querySelector('.band--stale'),
    null,
    { timeout },
  );
}

/** The answer sentence as read: its levels (inputs in the sentence) by their values. */
export function answerText(target) {
  return target.locator('#answer').evaluate((p) =>
    [...p.childNodes].map((n) => (n instanceof HTMLInputElement ? n.value : n.textContent)).join(''),
  );
}

/** Calls `read` until `accept(value)` holds; returns that value, or throws with the last one. */
export async function poll(read, accept, { timeout = 5_000, what = 'value' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * The number in a displayed text such as `60 %`, `−1 234,5 €` (fi) or `-€1,234.50` (en).
 * Finnish: decimal comma, groups split by a space, NBSP or narrow NBSP, maybe U+2212 for minus.
 * English: decimal point, comma groups. A minus anywhere before the first digit counts, since
 * English puts it before the euro sign. Of "today → plan", the plan's figure.
 */
export function parseDisplayedNumber(text, locale) {
  const finnish = locale.toLowerCase().startsWith('fi');
  // "40 % → 75 %": today, then the plan; the plan's figure is the one the result is about.
  let s = text.slice(text.lastIndexOf('→') + 1).replace(/\u2212/g, '-');
  if (finnish) {
    s = s.replace(/(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '').replace(/(?<=\d),(?=\d)/g, '.');
  } else {
    s = s.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
  }
  const match = s.match(/\d+(?:\.\d+)?/);
  if (!match) throw new Error(`no number in ${JSON.stringify(text)}`);
  const value = Number(match[0]);
  return s.slice(0, match.index).includes('-') ? -value : value;
}

/** The number shown in `selector`'s text, parsed for `locale`. */
export async function readNumber(page, selector, locale) {
  return parseDisplayedNumber(await page.locator(selector).innerText(), locale);
}

const AXE_SOURCE = path.join(REPO, 'node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core in `target` (a Playwright Page or Frame) and resolves to its violations, each as
 * `{ id, impact, help, targets }`. The script goes in through Playwright's evaluate, which a
 * page's Content-Security-Policy does not block (a script tag would be). `options` go to
 * `axe.run`, e.g. `{ iframes: false }` or `{ runOnly: [...] }`.
 */
export async function runAxe(target, options = {}) {
  const source = await readFile(AXE_SOURCE, 'utf8');
  await target.evaluate(source);
  return target.evaluate(async (opts) => {
    const { violations } = await window.axe.run(document, opts);
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((n) => n.target.join(' ')),
    }));
  }, options);
}
