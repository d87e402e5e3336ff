// End-to-end: "Start from an industry" (src/components/presets.rs) against the release build, in
// Finnish and English: each industry, chosen from the keyboard, sets exactly the values MODEL.md
// documents (the table is read here too, so the page, the code and the document agree); the
// mark with its sources appears, survives a share link, and goes once a value is edited by hand.
// An embed that hides the business figures hides their starting point.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO, openApp, parseDisplayedNumber, poll, runAxe, serveAndLaunch, settle } from './helpers.mjs';

const env = serveAndLaunch();

/** MODEL.md's presets: `{ preset: { input key: value } }`, from its "Industry starting points". */
function documented() {
  const text = readFileSync(path.join(REPO, 'MODEL.md'), 'utf8');
  const section = text.split('## Industry starting points')[1].split('\n## ')[0];
  const presets = {};
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || !cells[1].includes('`')) continue;
    const [preset, input] = [cells[1], cells[2]].map((c) => c.split('`')[1]);
    (presets[preset] ??= {})[input] = Number(cells[3].replace(/,/g, ''));
  }
  return presets;
}
const PRESETS = documented();
/** The fields of the four inputs a preset sets, by share-link key. */
const FIELDS = { ch: 'baseline-churn', rr: 'baseline-recommend', rev: 'revenue-per-customer', gm: 'gross-margin' };

const LANGS = [
  { locale: 'fi-FI', label: 'Aloita toimialan luvuista', business: 'Liiketoiminnan luvut', mark: /^Lähtökohta: Elisa 2020 – korvaa omilla luvuillasi\.$/, judgement: 'arvio: julkista lähdettä ei löytynyt' },
  { locale: 'en-US', label: 'Start from an industry', business: 'Business figures', mark: /^A starting point from Elisa 2020 — replace with your data\.$/, judgement: 'judgement: no public source found' },
];

test('MODEL.md documents five presets of four values each', () => {
  assert.deepEqual(Object.keys(PRESETS), ['insurance', 'retail-banking', 'telecom', 'retail', 'b2b-saas']);
  for (const values of Object.values(PRESETS)) assert.deepEqual(Object.keys(values).sort(), Object.keys(FIELDS).sort());
});

for (const l of LANGS) {
  test(`${l.locale}: each industry sets exactly its documented values, marked with its sources until edited`, async () => {
    await openApp(env.browser, env.server.url, { locale: l.locale }, async (page) => {
      const select = page.locator('#preset');
      const status = page.locator('#preset-status');
      assert.equal(await page.locator('label[for="preset"]').innerText(), l.label);
      assert.equal(await status.innerText(), '', 'no mark on the defaults');
      await page.locator('details.more', { hasText: l.business }).locator('summary').click();
      await page.locator('#baseline-churn').waitFor();
      const plan = await page.locator('#plan-delivered').inputValue();

      for (const [preset, values] of Object.entries(PRESETS)) {
        // Chosen from the keyboard: a native select.
        await select.focus();
        await select.selectOption(preset);
        await poll(() => status.innerText(), (t) => t !== '', { what: `the ${preset} mark` });
        await settle(page);
        for (const [key, value] of Object.entries(values)) {
          const text = await page.locator(`#${FIELDS[key]}`).inputValue();
          assert.equal(parseDisplayedNumber(text, l.locale), value, `${preset} ${key}: ${text}`);
          // The same value, its source or "judgement", in the mark's list.
          const item = await page.locator(`.preset__figures li[data-input="${key}"]`).innerText();
          assert.equal(parseDisplayedNumber(item.split(':').slice(1).join(':'), l.locale), value, item);
        }
        assert.equal(await page.locator('#plan-delivered').inputValue(), plan, 'the plan is untouched');
        assert.equal(await select.inputValue(), preset);
      }

      // Telecom: one source, linked; its churn is a published figure, recommendation a judgement.
      await select.selectOption('telecom');
      await poll(() => status.innerText(), (t) => l.mark.test(t), { what: 'the telecom mark' });
      const links = page.locator('.preset__figures a');
      assert.ok((await links.count()) >= 3);
      assert.match(await links.first().getAttribute('href'), /^https?:\/\//);
      assert.ok((await page.locator('.preset__figures li[data-input="rr"]').innerText()).includes(l.judgement));
      assert.deepEqual(await runAxe(page, { include: [['.inputs']] }), []);

      // The share link carries the values, so the mark comes back with them.
      const hash = await poll(() => page.evaluate(() => location.hash), (h) => h.includes('ch=19'), { what: 'the link with the preset' });
      await openApp(env.browser, env.server.url + hash, { locale: l.locale }, async (shared) => {
        assert.match(await shared.locator('#preset-status').innerText(), l.mark);
        assert.equal(await shared.locator('#preset').inputValue(), 'telecom');
      });

      // A hand edit of one of its values: the mark goes, the choice returns to its prompt.
      await page.locator('#gross-margin').fill('36');
      await poll(() => status.innerText(), (t) => t === '', { what: 'the mark to go' });
      assert.equal(await page.locator('.preset__figures').count(), 0);
      assert.equal(await select.inputValue(), '');
    });
  });
}

test('an embed without the business figures has no industry choice; with them it has', async () => {
  await openApp(env.browser, `${env.server.url}?embed=1&lang=en`, {}, async (page) => {
    assert.equal(await page.locator('#preset').count(), 0);
  });
  await openApp(env.browser, `${env.server.url}?embed=1&lang=en&sections=business`, {}, async (page) => {
    assert.equal(await page.locator('#preset').count(), 1);
  });
});
