// End-to-end: presenter mode (components/presenter.rs) against the release build: the answer
// in large type instead of the page, scenarios switched by keys, Esc back to the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, poll, serveAndLaunch } from './helpers.mjs';

const env = serveAndLaunch();

for (const locale of ['fi-FI', 'en-US']) {
  test(`presenter mode in ${locale}: the answer large, scenarios by keys, Esc leaves`, async () => {
    await openApp(env.browser, env.server.url, { locale, viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.locator('#duplicate-scenario').click();
      await page.locator('#plan-promise').fill('9');
      const names = await page.locator('.scenario-card__name input').evaluateAll((inputs) => inputs.map((i) => i.value));
      await page.locator('#present').click();
      await poll(() => page.locator('#presenter').isVisible(), (v) => v, { what: 'the presenter view' });
      assert.equal(await page.locator('main.layout').isVisible(), false, 'the page is hidden');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'presenter');
      const name = () => page.locator('.presenter__name').innerText();
      const answer = () => page.locator('#presenter-answer').innerText();
      assert.equal(await name(), names[1], 'starts on the scenario being edited');
      const second = await answer();
      assert.match(second, locale === 'fi-FI' ? /lupaus 9/i : /promising 9/i);
      const size = await page.locator('#presenter-answer').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      assert.ok(size >= 30, `large type: ${size}px`);
      await page.keyboard.press('ArrowRight');
      await poll(name, (n) => n === names[0], { what: 'the next scenario' });
      assert.notEqual(await answer(), second);
      await page.keyboard.press('2');
      await poll(name, (n) => n === names[1], { what: 'scenario 2 by its number' });
      await page.keyboard.press('Escape');
      await poll(() => page.locator('#presenter').count(), (n) => n === 0, { what: 'presenter mode to end' });
      assert.ok(await page.locator('main.layout').isVisible());
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'present', 'focus back on its button');
    });
  });
}
