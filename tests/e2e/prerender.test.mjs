// End-to-end: the first view is in index.html (prerendered at build time) in Finnish and in
// English, so the page shows the calculator and its default results in the visitor's language
// before the app's scripts run; the wasm then hydrates those same nodes instead of drawing the
// page again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESULTS, openPage, poll, readNumber, resultTexts, serveAndLaunch, settle, waitForApp } from './helpers.mjs';

const env = serveAndLaunch();

/** The results as the hydrated app shows them for the defaults in `locale`. */
async function liveResults(locale) {
  const { context, page, errors } = await openPage(env.browser, { locale });
  try {
    await page.goto(env.server.url);
    await waitForApp(page);
    const texts = await resultTexts(page);
    assert.deepEqual(errors, []);
    return texts;
  } finally {
    await context.close();
  }
}

test('the served index.html already holds the calculator and the default results', async () => {
  const response = await fetch(env.server.url);
  const html = await response.text();
  for (const id of ['promise', 'delivered', 'plan-promise', 'plan-delivered', 'answer', 'gap-cost', 'worth', 'recommend', 'churn']) {
    assert.match(html, new RegExp(`id="?${id}"?[ >]`), `#${id} is not in the served HTML`);
  }

  // With scripts off, exactly what the app shows once it runs (in Finnish, the page's language).
  const context = await env.browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(env.server.url);
    const shown = await resultTexts(page);
    for (const [i, text] of shown.entries()) {
      assert.match(text, /\d/, `${RESULTS[i]} shows no number without scripts: ${JSON.stringify(text)}`);
    }
    assert.ok(await page.locator('#recommend').isVisible());
    assert.equal(await page.locator('#delivered').inputValue(), await page.locator('#delivered').getAttribute('value'));
    assert.deepEqual(shown, await liveResults('fi-FI'), 'the prerendered results differ from the app\'s');
  } finally {
    await context.close();
  }
});

for (const locale of ['fi-FI', 'en-US']) test(`the wasm hydrates the prerendered nodes, then answers input (${locale})`, async () => {
  const { context, page, errors } = await openPage(env.browser, { locale });
  try {
    // Before any script of the page runs: keep the parsed result node and its text.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        window.prerendered = { node: document.querySelector('#recommend'), ready: document.querySelector('#app').dataset.ready };
      });
    });
    await page.goto(env.server.url);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => window.prerendered.ready), undefined, 'the app was ready before the page was parsed');
    assert.ok(
      await page.evaluate(() => window.prerendered.node !== null && window.prerendered.node === document.querySelector('#recommend')),
      'the result node was replaced instead of hydrated',
    );
    const before = await readNumber(page, '#recommend', locale);
    const field = page.locator('#plan-delivered');
    await field.selectText();
    await field.pressSequentially('3');
    await poll(() => readNumber(page, '#recommend', locale), (now) => now < before, { what: '#recommend lower' });
    await settle(page);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('closed disclosures and the closed embed dialog hold nothing until opened, and nothing once closed', async () => {
  // What each builds when opened: the assumptions list, an explanation, the timeline's table,
  // the embed dialog's form.
  const parts = [
    ['#assumptions-details > summary', '#assumptions-details .assumptions__list li'],
    ['#details-why > summary', '#recommend-why p'],
    ['.timeline__data > summary', '#timeline-table tbody tr'],
  ];
  const html = await (await fetch(env.server.url)).text();
  for (const marker of ['assumptions__list', 'timeline-table', 'embed-dialog__body']) {
    assert.doesNotMatch(html, new RegExp(marker), `${marker} is in the served HTML`);
  }
  const { context, page, errors } = await openPage(env.browser, { locale: 'fi-FI' });
  try {
    await page.goto(env.server.url);
    await waitForApp(page);
    const count = (selector) => page.locator(selector).count();
    for (const [, content] of parts) assert.equal(await count(content), 0, `${content} is built while closed`);
    assert.equal(await count('.embed-dialog__body'), 0, 'the embed form is built while closed');
    for (const [summary, content] of parts) {
      await page.locator(summary).click();
      await poll(() => count(content), (n) => n > 0, { what: `${content} once opened` });
      await page.locator(summary).click();
      await poll(() => count(content), (n) => n === 0, { what: `${content} gone once closed` });
    }
    await page.locator('.embed-open').click();
    await poll(() => count('.embed-dialog__body input'), (n) => n > 0, { what: 'the embed form once opened' });
    await page.keyboard.press('Escape');
    await poll(() => count('.embed-dialog__body'), (n) => n === 0, { what: 'the embed form gone once closed' });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an English browser is shown the English view before any wasm runs; Finnish or Swedish first keeps Finnish', async () => {
  for (const [locale, shown] of [['en-GB', 'en'], ['sv-SE', 'en'], ['fi-FI', 'fi'], ['sv-FI', 'en']]) {
    const context = await env.browser.newContext({ locale, serviceWorkers: 'block' });
    try {
      await context.route('**/*.wasm', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
      assert.equal(await page.evaluate(() => document.documentElement.lang), shown, locale);
      assert.equal(await page.locator('#results-heading').innerText(), shown === 'en' ? 'Results' : 'Tulokset', locale);
      assert.equal(await page.locator('#app-en').count(), 0, 'the other view is left in the page');
    } finally {
      await context.close();
    }
  }
  // Its results are the app's own in English.
  const context = await env.browser.newContext({ locale: 'en-US' });
  try {
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    assert.deepEqual(await resultTexts(page), await liveResults('en-US'), 'the English view differs from the app\'s');
  } finally {
    await context.close();
  }
});

test('an English browser gets the page in English once hydrated, default names included', async () => {
  const { context, page, errors } = await openPage(env.browser, { locale: 'en-GB' });
  try {
    await page.goto(env.server.url);
    await waitForApp(page);
    await poll(() => page.evaluate(() => document.documentElement.lang), (lang) => lang === 'en', { what: '<html lang="en">' });
    assert.equal(await page.locator('label[for="lang"]').innerText(), 'Language');
    const names = await page.locator('#app').innerText();
    assert.doesNotMatch(names, /Skenaario/, 'a default scenario name stayed Finnish');
    assert.match(names, /Scenario 1/);
    // "40% → 79%": English writes the percent sign without a space (Finnish: "40 % → 79 %").
    assert.match(await page.locator('#recommend').innerText(), /^\d+%\s→ \d+%$/, 'not in English number format');
    assert.match(await page.locator('#worth').innerText(), /^\+€\d{1,3}(,\d{3})*$/, 'not in English number format');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('without the wasm the page keeps its first view and says the calculator did not start; an embedded one starts empty', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
  try {
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    const shown = async (query) => {
      await page.goto('about:blank'); // a new document each time, not a fragment change
      await page.goto(env.server.url + query, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.readyState === 'complete');
      return page.evaluate(() => document.querySelector('#app').childElementCount);
    };
    assert.ok((await shown('')) > 0, 'the prerendered view went away without the wasm');
    assert.ok(await page.locator('#recommend').isVisible());
    const failed = page.locator('#app-failed');
    await failed.waitFor({ state: 'visible' });
    assert.match(await failed.innerText(), /lataa sivu uudelleen.*reload the page/s);
    assert.equal(await failed.getAttribute('role'), 'alert');
    // A share link's figures are not the defaults: the prerendered view stays hidden.
    await shown('#v=1&p=8&d=6.5');
    assert.equal(await page.locator('#recommend').isVisible(), false, 'a link showed the default figures');
    // The host chooses an embedded calculator's sections and look: the full page must not flash.
    assert.equal(await shown('?embed=1&sections=chart'), 0, 'the embed showed the prerendered full page');
  } finally {
    await context.close();
  }
});

test('a link without a language opens in the visitor\'s, not the prerendered page\'s', async () => {
  const { context, page, errors } = await openPage(env.browser, { locale: 'en-GB' });
  try {
    await page.goto(`${env.server.url}#v=1&p=8&d=6.5`);
    await waitForApp(page);
    await poll(() => page.locator('#delivered').inputValue(), (v) => v === '6.5', { what: 'the link\'s delivered level' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('label[for="lang"]').innerText(), 'Language');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the page says so when the running app stops on an error', async () => {
  const { context, page } = await openPage(env.browser, { locale: 'fi-FI' });
  try {
    await page.goto(env.server.url);
    await waitForApp(page);
    const failed = page.locator('#app-failed');
    assert.equal(await failed.isVisible(), false, 'the message shows while all is well');
    // What a panic is in the browser (panic = "abort"): a trap, thrown out of the wasm.
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
    await failed.waitFor({ state: 'visible' });
  } finally {
    await context.close();
  }
});
