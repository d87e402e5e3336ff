// Shared by the end-to-end tests: Debian's Chromium through playwright-core, the release build
// (dist/) served over HTTP, pages that record console and page errors, and reading numbers
// the way the app displays them in Finnish or English.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO, 'dist');

/** Headless Debian Chromium; Playwright gives each launch a fresh user-data-dir. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // As root Chromium needs --no-sandbox; the rest stop it reaching for Google's hosts,
    // which this machine's closed network refuses.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
 * English puts it before the euro sign.
 */
export function parseDisplayedNumber(text, locale) {
  const finnish = locale.toLowerCase().startsWith('fi');
  let s = text.replace(/\u2212/g, '-');
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

/**
 * axe-core's violations on a page or frame: injects node_modules/axe-core/axe.min.js and runs
 * every rule on the whole document. Resolves to axe's `violations` array (empty when clean).
 */
export async function runAxe(pageOrFrame) {
  await pageOrFrame.addScriptTag({ path: path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js') });
  return pageOrFrame.evaluate(async () => (await window.axe.run(document)).violations);
}
