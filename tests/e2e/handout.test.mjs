// End-to-end: the printed handout (components/handout.rs) against the release build: at most
// two A4 pages for up to four scenarios, every scenario's answer and results, no controls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, poll, runAxe, serveAndLaunch, waitForApp } from './helpers.mjs';

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

/** The handout's "Prepared by" line on paper, or null without one; and back to the screen. */
async function preparedBy(page) {
  await page.emulateMedia({ media: 'print' });
  await poll(() => page.locator('#handout').count(), (n) => n === 1, { what: 'the handout' });
  const line = page.locator('#handout-by');
  const shown = (await line.count()) ? { text: await line.innerText(), elements: await line.locator('*').count() } : null;
  await page.emulateMedia({ media: 'screen' });
  return shown;
}

test("the consultant's name goes on the handout as text, and stays after a reload", async () => {
  await openApp(env.browser, env.server.url, { locale: 'en-US' }, async (page) => {
    const field = page.getByLabel('Prepared by, for the printout');
    assert.equal(await preparedBy(page), null, 'no line without a name');
    // Markup is shown as the text it is.
    const name = 'Asiakaskokemus Oy <b onmouseover=alert(1)>& Co</b>';
    await field.fill(`  ${name} `);
    assert.deepEqual(await preparedBy(page), { text: `Prepared by ${name}`, elements: 0 });
    assert.deepEqual(await runAxe(page), []);
    await page.reload();
    await waitForApp(page);
    await poll(() => field.inputValue(), (v) => v.trim() === name, { what: 'the kept name' });
    assert.deepEqual(await preparedBy(page), { text: `Prepared by ${name}`, elements: 0 });
    // Characters that could make it read as something else are refused, with a message.
    await field.fill('Konsultti\u202eyO');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#prepared-by-error').innerText(), /^At most 80 characters/);
    assert.equal(await preparedBy(page), null);
    await field.fill('');
    assert.equal(await preparedBy(page), null);
  });
});

test('the name works with storage blocked, for the visit', async () => {
  const init = () => {
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    Storage.prototype.removeItem = Storage.prototype.getItem;
  };
  await openApp(env.browser, env.server.url, { locale: 'fi-FI', init }, async (page) => {
    await page.getByLabel('Laatija tulosteeseen').fill('Konsultti Oy');
    assert.deepEqual(await preparedBy(page), { text: 'Laatinut: Konsultti Oy', elements: 0 });
  });
});

test("an embed's host names itself on the handout (by=), over the browser's setting", async () => {
  const url = new URL(env.server.url);
  url.search = '?embed=1&lang=fi&by=%20Konsultti%20Oy%20%3Cscript%3Ealert(1)%3C%2Fscript%3E';
  const init = () => localStorage.setItem('promise-gap:prepared-by', 'Joku muu');
  await openApp(env.browser, url.href, { locale: 'fi-FI', init }, async (page) => {
    assert.equal(await page.locator('#prepared-by').count(), 0, 'readers do not rename the host');
    assert.deepEqual(await preparedBy(page), { text: 'Laatinut: Konsultti Oy <script>alert(1)</script>', elements: 0 });
  });
  // Too long, or with control characters: no line at all.
  url.search = `?embed=1&lang=en&by=${'x'.repeat(81)}`;
  await openApp(env.browser, url.href, { locale: 'en-US' }, async (page) => {
    assert.equal(await preparedBy(page), null);
  });
});

test("the embed dialog writes the firm's name into the code", async () => {
  await openApp(env.browser, env.server.url, { locale: 'en-US' }, async (page) => {
    await page.locator('.embed-open').click();
    const code = page.locator('#embed-code');
    await page.locator('#embed-by').fill('Konsultti & Co <Oy>');
    await poll(() => code.inputValue(), (c) => c.includes('&amp;by=Konsultti%20%26%20Co%20%3COy%3E"'), { what: 'the code' });
    await page.locator('#embed-by').fill('x'.repeat(81));
    assert.equal(await page.locator('#embed-by').getAttribute('aria-invalid'), 'true');
    assert.ok(!(await code.inputValue()).includes('by='));
  });
});
