// End-to-end: the printed handout (components/handout.rs) against the release build: at most
// two A4 pages for up to four scenarios, every scenario's answer and results, no controls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, poll, serveAndLaunch } from './helpers.mjs';

const env = serveAndLaunch();

/** Pages in a PDF Chromium made. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const [locale, scenarios] of [['fi-FI', 1], ['en-US', 4], ['fi-FI', 4]]) {
  test(`the handout for ${scenarios} scenario(s) in ${locale} fits two A4 pages, with no controls`, async () => {
    await openApp(env.browser, env.server.url, { locale, viewport: { width: 1280, height: 900 } }, async (page) => {
      for (let i = 1; i < scenarios; i++) {
        await page.locator('#duplicate-scenario').click();
        await page.locator('#plan-promise').fill(String(6 + i));
      }
      assert.equal(await page.locator('#handout').count(), 0, 'built only for paper');
      assert.equal(await page.locator('#print-summary').count(), 1, 'a print button');
      await page.emulateMedia({ media: 'print' });
      await poll(() => page.locator('#handout').count(), (n) => n === 1, { what: 'the handout' });
      const shown = await page.evaluate(() => {
        const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
        return {
          controls: [...document.querySelectorAll('#app button, #app input, #app select')].filter(visible).length,
          answers: document.querySelectorAll('.handout__answers p').length,
          columns: document.querySelectorAll('.handout__table:first-of-type thead th').length,
          text: document.querySelector('#handout').innerText,
          footer: visible(document.querySelector('#colophon')),
        };
      });
      assert.equal(shown.controls, 0, 'controls on paper');
      assert.equal(shown.answers, scenarios);
      assert.equal(shown.columns, scenarios);
      assert.ok(shown.footer, 'the model version and date on paper');
      assert.match(shown.text, locale === 'fi-FI' ? /Temkin Group/ : /American Express 2017/, 'sources listed');
      const pages = pageCount(await page.pdf({ format: 'A4' }));
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    });
  });
}
