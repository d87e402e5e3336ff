// End-to-end: "Fit to your data" (src/components/fit.rs) against the release build, in Finnish and
// English: a client enters the share of customers who report a problem, sees the fitted level
// and the model's figures beside theirs, uses the level, sees every result marked as fitted, and
// the mark goes once the level is changed by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, poll, runAxe, serveAndLaunch, settle } from './helpers.mjs';

const env = serveAndLaunch();

const LANGS = [
  { locale: 'fi-FI', heading: 'Sovita omiin lukuihisi', share: '20', level: '6,9', use: 'Käytä tasoa 6,9 nykytilana', mark: 'sovitettu omiin lukuihisi', verdict: /^Sopii osittain: / },
  { locale: 'en-US', heading: 'Fit to your data', share: '20', level: '6.9', use: 'Use 6.9 as delivered today', mark: 'fitted to your data', verdict: /^Fits in part: / },
];

for (const l of LANGS) {
  test(`${l.locale}: the fit is entered, used, marked on every result, and unmarked by a hand edit`, async () => {
    await openApp(env.browser, env.server.url, { locale: l.locale }, async (page) => {
      const fit = page.locator('#fit');
      // Opened from the keyboard: its summary is a native control.
      await fit.locator('summary').focus();
      assert.equal(await fit.locator('summary').innerText(), l.heading);
      await page.keyboard.press('Enter');
      await page.locator('#reported-problems').waitFor();
      // Nothing measured (0 %): no fit, no button, no mark.
      assert.equal(await page.locator('#fit-use').count(), 0);
      assert.equal(await page.locator('#fit-none').count(), 1);

      await page.locator('#reported-problems').fill(l.share);
      const caption = await poll(() => page.locator('#fit-table caption').innerText().catch(() => ''), (t) => t.includes(l.level), { what: 'the fitted level' });
      assert.ok(caption.includes(l.level), caption);
      // Three rows: the problem share, recommendation and churn, each measured beside the model.
      assert.equal(await page.locator('#fit-table tbody tr').count(), 3);
      assert.match(await page.locator('#fit-verdict').innerText(), l.verdict);
      assert.equal(await page.locator('.results .fitted').count(), 0, 'no mark before the level is used');

      // Used from the keyboard.
      const use = page.locator('#fit-use');
      assert.equal(await use.innerText(), l.use);
      await use.focus();
      await page.keyboard.press('Enter');
      await poll(() => page.locator('#delivered').inputValue(), (v) => v === l.level, { what: 'delivered today set to the fitted level' });
      await settle(page);
      const results = await page.locator('.results output').count();
      const marks = page.locator('.results .fitted');
      assert.ok(results >= 9, `${results} results`);
      assert.equal(await marks.count(), results, 'every result carries the mark');
      assert.equal(await marks.first().innerText(), l.mark);
      assert.equal(await page.locator('#fit-status').innerText(), l.mark);
      assert.deepEqual(await runAxe(page, { include: [['#fit'], ['.results']] }), []);

      // A hand edit of the level: the mark goes.
      await page.locator('#delivered').fill('7');
      await poll(() => marks.count(), (n) => n === 0, { what: 'the mark to go' });
      assert.equal(await page.locator('#fit-status').innerText(), '');
    });
  });
}
