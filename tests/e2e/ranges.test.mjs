// End-to-end: the results' likely ranges from the seeded Monte Carlo (services/ranges.rs)
// against the release build: the same figures on every load, marked stale while new inputs are
// run, and never in the way of typing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, poll, serveAndLaunch } from './helpers.mjs';

const env = serveAndLaunch();
const withApp = (body) => openApp(env.browser, env.server.url, { locale: 'en-US' }, body);
const LIKELY = /^likely \+€[\d,]+ to \+€[\d,]+ \(P10–P90\)$/;

/** The worth's likely range once a run for the inputs on screen is done. */
async function settledRange(page) {
  await poll(() => page.locator('#worth-band').innerText(), (t) => LIKELY.test(t), { timeout: 10_000, what: 'a likely range' });
  await poll(() => page.locator('.band--stale').count(), (n) => n === 0, { timeout: 10_000, what: 'the run to finish' });
  return page.locator('#worth-band').innerText();
}

test('the likely ranges are seeded: the same inputs give the same ranges on every load', async () => {
  let first;
  await withApp(async (page) => {
    first = await settledRange(page);
    assert.match(await page.locator('#pays-back').innerText(), /^The plan pays back \(worth above zero, costs included\) in \d+% of the simulated cases\.$/);
  });
  await withApp(async (page) => {
    assert.equal(await settledRange(page), first);
  });
});

test('new inputs mark the ranges stale until their run is done, and the point estimate lies inside', async () => {
  await withApp(async (page) => {
    const before = await settledRange(page);
    await page.locator('#delivered').fill('5');
    await poll(() => page.locator('#worth-band.band--stale').count(), (n) => n === 1, { what: 'the stale mark' });
    assert.match(await page.locator('#worth-band').innerText(), /\(updating\)$/);
    const after = await settledRange(page);
    assert.notEqual(after, before);
    const [low, high] = after.match(/[\d,]+/g).map((n) => Number(n.replaceAll(',', '')));
    const worth = Number((await page.locator('#worth').innerText()).replace(/[^\d]/g, ''));
    assert.ok(low <= worth && worth <= high, `${worth} outside ${after}`);
    // "How are these calculated?" says how wide the range is and what moves it most.
    await page.locator('#headlines-why > summary').click();
    await poll(() => page.locator('#worth-why .why__spread').innerText().catch(() => ''), (t) => /wide, with every assumption varied/.test(t), {
      what: 'the spread in the explanation',
    });
    assert.match(await page.locator('#worth-why .why__spread').innerText(), /What moves it most: .+ and .+\.$/);
  });
});

test('the tornado ranks the assumptions by how far their ranges move the worth', async () => {
  await withApp(async (page) => {
    const rows = page.locator('#tornado-table tbody tr');
    await poll(() => rows.count(), (n) => n >= 2 && n <= 8, { what: 'the tornado rows' });
    const swings = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const [low, high] = tr.querySelector('.lever__euros').textContent.match(/[−-]?€[\d,.]+\s?M?/g).map((s) => {
          const n = Number(s.replace(/[^\d.]/g, '')) * (s.includes('M') ? 1e6 : 1);
          return /[−-]/.test(s) ? -n : n;
        });
        return { name: tr.querySelector('th').textContent, swing: Math.abs(high - low) };
      }),
    );
    for (let i = 1; i < swings.length; i++) {
      assert.ok(swings[i - 1].swing >= swings[i].swing * 0.98, `not ranked: ${JSON.stringify(swings)}`);
    }
    // The defaults' two largest, pinned in MODEL.md and tests/model_uncertainty.rs.
    assert.deepEqual(swings.slice(0, 2).map((s) => s.name), ['Churn after an ordinary experience', 'Intention share: leaving']);
  });
});

test("every scenario compared has its own likely range, and the active one's is the results panel's", async () => {
  await withApp(async (page) => {
    const panel = await settledRange(page);
    await page.locator('#duplicate-scenario').click();
    await page.locator('#plan-delivered').fill('7');
    const ranges = () => page.locator('td[id^="compare-worth-"] .compare__range').allInnerTexts();
    const both = await poll(ranges, (r) => r.length === 2 && r[0] !== r[1], { timeout: 15_000, what: 'two ranges' });
    const numbers = (t) => t.replace('(P10–P90)', '').match(/[\d,]+/g).join(' ');
    // The first scenario's range is the one its results showed; the copy's follows its new plan.
    assert.equal(numbers(both[0]), numbers(panel));
    assert.equal(numbers(both[1]), numbers(await settledRange(page)));
    // Today's gap cost has its range too: the same in both, which share today.
    assert.match(await page.locator('#gap-cost-band').innerText(), /^likely €[\d,]+ to €[\d,]+ \(P10–P90\)$/);
  });
});
