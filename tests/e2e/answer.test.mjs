// End-to-end: the answer sentence's levels change in place (src/components/answer.rs), in Finnish
// and English, against the release build: arrow keys (and Shift for ten steps), typing the view's
// own decimals, refused text with its message and the last good value kept, and a sideways drag.
// Each level is the same input as its field in the inputs panel, and the figures follow.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, poll, runAxe, serveAndLaunch, settle } from './helpers.mjs';

const env = serveAndLaunch();

const LANGS = [
  { locale: 'fi-FI', typed: '7,5', refused: /^Toteutunut palvelu nyt: /, up: '6,7', down: '5,7' },
  { locale: 'en-US', typed: '7.5', refused: /^Delivered today: /, up: '6.7', down: '5.7' },
];

for (const l of LANGS) {
  test(`${l.locale}: the answer's levels change by key, typing and drag, and refused text keeps the last good value`, async () => {
    await openApp(env.browser, env.server.url, { locale: l.locale, viewport: { width: 1280, height: 900 } }, async (page) => {
      const level = page.locator('#answer-delivered');
      const field = page.locator('#delivered');
      const cost = () => page.locator('#gap-cost').innerText();
      // A spin button named after its input, with its range.
      assert.equal(await level.getAttribute('role'), 'spinbutton');
      assert.equal(await level.getAttribute('aria-valuenow'), '6.5');
      assert.equal(await level.getAttribute('aria-valuemin'), '0');
      assert.equal(await level.getAttribute('aria-valuemax'), '10');
      assert.equal(await page.getByRole('spinbutton', { name: await page.locator('label[for="delivered"]').innerText() }).count(), 1);
      const before = await cost();

      // Arrow keys step it; the field in the inputs panel and the figures follow.
      await level.focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await poll(() => field.inputValue(), (v) => v === l.up, { what: 'the field after two steps up' });
      assert.equal(await level.inputValue(), l.up);
      await poll(cost, (c) => c !== before, { what: 'the gap cost after the level rose' });
      await page.keyboard.press('Shift+ArrowDown');
      await poll(() => field.inputValue(), (v) => v === l.down, { what: 'the field after ten steps down' });

      // Typed in the view's own decimals.
      await level.fill(l.typed);
      await poll(() => field.inputValue(), (v) => v === l.typed, { what: 'the field after typing' });
      assert.equal(await page.locator('#answer-error').innerText(), '');

      // Refused text: a message under the sentence, the value kept, and back to it on leaving.
      await level.fill('abc');
      await settle(page);
      assert.match(await page.locator('#answer-error').innerText(), l.refused);
      assert.equal(await level.getAttribute('aria-invalid'), 'true');
      assert.equal(await field.inputValue(), l.typed, 'the refused text changed nothing');
      await page.locator('#promise').focus();
      await poll(() => level.inputValue(), (v) => v === l.typed, { what: 'the level after leaving refused text' });
      assert.equal(await page.locator('#answer-error').innerText(), '');

      // Dragged sideways: 40 px is ten steps of 0.1 on the plan's delivered level.
      const plan = page.locator('#answer-plan-delivered');
      assert.equal(await plan.inputValue(), '8');
      const box = await plan.boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      // Off the number and downwards on the way: the drag holds the pointer.
      await page.mouse.move(x + 20, y + 30, { steps: 4 });
      await page.mouse.move(x + 40, y + 30, { steps: 4 });
      await page.mouse.up();
      await poll(() => page.locator('#plan-delivered').inputValue(), (v) => v === '9', { what: 'the plan after a drag' });

      assert.deepEqual(await runAxe(page), []);
    });
  });
}
