// End-to-end: the release build, served over HTTP with production headers, driven in headless
// Chromium as a person would use it: sliders, typing in either language, bad input.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import {
  REPO,
  RESULTS,
  openApp,
  poll,
  rangesSettled,
  readNumber,
  resultTexts,
  serveAndLaunch,
  settle,
} from './helpers.mjs';

const env = serveAndLaunch();

/** Runs `body` on a freshly loaded app in `locale` (see helpers.mjs). */
const withApp = (locale, body) => openApp(env.browser, env.server.url, { locale }, body);

/** Replaces the text field's content by typing, key by key, as a person would. */
async function retype(page, selector, text) {
  const field = page.locator(selector);
  await field.selectText();
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text);
}

test("moving the plan's delivered slider below its promise lowers the recommendation rate", async () => {
  await withApp('en-US', async (page) => {
    const promise = Number(await page.locator('#plan-promise-range').inputValue());
    assert.ok(promise > 0, `promise ${promise} leaves no room below it`);
    const slider = page.locator('#plan-delivered-range');
    await slider.fill(String(promise));
    await settle(page);
    const level = await readNumber(page, '#recommend', 'en-US');

    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('PageDown');
    assert.ok(Number(await slider.inputValue()) < promise, 'slider did not move below the promise');
    await poll(
      () => readNumber(page, '#recommend', 'en-US'),
      (shown) => shown < level,
      { what: `#recommend below ${level}` },
    );
  });
});

for (const [locale, typed] of [
  ['fi-FI', '5,5'],
  ['en-US', '5.5'],
]) {
  test(`typing ${typed} in ${locale} moves the slider and the results while still typing`, async () => {
    await withApp(locale, async (page) => {
      await page.locator('#plan-delivered-range').fill('3');
      await settle(page);
      const start = await resultTexts(page);
      // Results must follow `input`: count any change or blur that could trigger them instead.
      await page.evaluate(() => {
        const field = document.getElementById('plan-delivered');
        window.__committed = 0;
        for (const type of ['change', 'blur']) field.addEventListener(type, () => window.__committed++);
      });

      await retype(page, '#plan-delivered', typed);
      await poll(() => page.locator('#plan-delivered-range').inputValue(), (v) => v === '5.5', {
        what: '#plan-delivered-range to be 5.5',
      });
      await poll(() => resultTexts(page), (now) => now.join() !== start.join(), {
        what: 'results to change',
      });
      assert.equal(await page.evaluate(() => window.__committed), 0, 'a change or blur fired');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'plan-delivered');
      assert.equal(await page.locator('#plan-delivered-error').innerText(), '');
    });
  });
}

test('bad text shows an error by the field and keeps the last good results', async () => {
  await withApp('en-US', async (page) => {
    const error = page.locator('#plan-delivered-error');
    const range = page.locator('#plan-delivered-range');
    let good;
    for (const [goodText, goodValue] of [
      ['5.5', '5.5'],
      ['6', '6'],
    ]) {
      await retype(page, '#plan-delivered', goodText);
      await poll(() => range.inputValue(), (v) => v === goodValue, { what: `slider at ${goodValue}` });
      await poll(() => error.innerText(), (t) => t.trim() === '', { what: 'no error' });
      // The figures are rounded to what their likely range supports: read them once it is known.
      await rangesSettled(page);
      if (good) assert.notDeepEqual(await resultTexts(page), good, `${goodText} changed nothing`);
      good = await resultTexts(page);

      const bad = goodText === '5.5' ? 'abc' : '';
      await retype(page, '#plan-delivered', bad);
      await poll(() => error.innerText(), (t) => t.trim() !== '', {
        what: `an error for ${JSON.stringify(bad)}`,
      });
      await rangesSettled(page);
      assert.deepEqual(await resultTexts(page), good, `results moved on ${JSON.stringify(bad)}`);
      assert.equal(await range.inputValue(), goodValue, `slider moved on ${JSON.stringify(bad)}`);
    }
  });
});

test("a number typed the other language's way is never read silently: both readings are offered", async () => {
  for (const [locale, id, typed, message] of [
    ['fi-FI', 'customers', '40,000', 'Epäselvä: 40 vai 40\u00a0000?'],
    ['en-US', 'revenue-per-customer', '1.200', 'Unclear: 1.2 or 1,200?'],
  ]) {
    await withApp(locale, async (page) => {
      const closed = page.locator('details.more:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      const before = await resultTexts(page);
      const kept = await page.locator(`#${id}`).inputValue();
      const error = page.locator(`#${id}-error`);
      // Pasted (the results keep the last good value), then typed key by key (on the way,
      // "40,00" is a good 40, which stays while the message asks).
      await page.locator(`#${id}`).fill(typed);
      await poll(() => error.innerText(), (t) => t.includes(message), { what: `both readings of ${typed}` });
      assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true');
      await settle(page);
      assert.deepEqual(await resultTexts(page), before, 'the results moved on an unclear number');
      await retype(page, `#${id}`, typed);
      await poll(() => error.innerText(), (t) => t.includes(message), { what: `both readings of ${typed}, typed` });
      // Typed the view's way, it is read at once.
      await retype(page, `#${id}`, locale === 'fi-FI' ? '40 000' : '1,200');
      await poll(() => error.innerText(), (t) => t.trim() === '', { what: 'the message to go' });
      assert.notEqual(await page.locator(`#${id}`).inputValue(), kept);
    });
  }
});

test('loads in Finnish and English without errors, and leaves a screenshot', async () => {
  for (const locale of ['en-US', 'fi-FI']) {
    await withApp(locale, async (page) => {
      for (const selector of RESULTS) {
        const shown = await page.locator(selector).innerText();
        assert.ok(Number.isFinite(await readNumber(page, selector, locale)), `${selector}: ${shown}`);
      }
      if (locale === 'fi-FI') {
        const dir = path.join(REPO, 'target', 'screenshots');
        await mkdir(dir, { recursive: true });
        await page.screenshot({ path: path.join(dir, 'calculator.png'), fullPage: true });
      }
    });
  }
});
