// End-to-end: the analysis sections under the results — the expectation timeline (chart and its
// table), the scenario comparison and the levers — against the release build in headless
// Chromium, in Finnish and English, as a consultant would use them in front of a client.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import {
  REPO,
  openApp,
  parseDisplayedNumber,
  poll,
  runAxe,
  serveAndLaunch,
  settle,
} from './helpers.mjs';

const XSS = '<img src=x onerror=alert(1)>';
const SHOTS = path.join(REPO, 'target', 'screenshots');

const env = serveAndLaunch();

/**
 * Runs `body` on a freshly loaded app in `locale` (see helpers.mjs: among its checks, that no
 * dialog opened, so a name with script in it stays text).
 */
const withApp = (locale, body, contextOptions = {}) =>
  openApp(env.browser, env.server.url, { locale, ...contextOptions }, body);

/** Opens every expandable section, as a user would to reach the business figures and the table. */
async function openAllDetails(page) {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Types `text` into the field with `id` (replacing what is there) and waits for it to take. */
async function type(page, id, text) {
  await page.locator(`#${id}`).fill(text);
  await poll(() => page.locator(`#${id}-error`).innerText(), (e) => e.trim() === '', {
    what: `#${id} to accept ${text}`,
  });
}

/** The chart's raw drawing: the path data of each series and the ticks of both axes. */
function chart(page) {
  return page.evaluate(() => {
    const svg = document.getElementById('timeline-chart');
    const d = (series) => svg.querySelector(`path.series--${series}`).getAttribute('d');
    const ticks = (axis) =>
      [...svg.querySelectorAll(`.chart__axis--${axis} .chart__tick`)].map((tick) => ({
        y: Number(tick.querySelector('line').getAttribute('y1')),
        text: tick.querySelector('text').textContent,
      }));
    return {
      expectation: d('expectation'),
      expectedDelight: d('expected-delight'),
      experienced: d('experienced'),
      recommend: d('recommend'),
      range: d('range'),
      levelTicks: ticks('level'),
      percentTicks: ticks('percent'),
    };
  });
}

/** `M x,y H x V y …` as [command, numbers] pairs. */
function commands(d) {
  return [...d.matchAll(/([MHVZ])([^MHVZ]*)/g)].map(([, c, args]) => [c, args ? args.split(',').map(Number) : []]);
}

/** The y of each period of a step line: the start, then every rise or fall. */
function stepYs(d) {
  const cmds = commands(d);
  assert.equal(cmds[0][0], 'M', d);
  return [cmds[0][1][1], ...cmds.filter(([c]) => c === 'V').map(([, a]) => a[0])];
}

/** The upper and lower y of each period of a step band (upper edge forward, lower edge back). */
function bandYs(d, periods) {
  const cmds = commands(d);
  const vs = cmds.filter(([c]) => c === 'V').map(([, a]) => a[0]);
  assert.equal(vs.length, 2 * periods - 1, `band of ${periods} periods: ${d}`);
  return { high: [cmds[0][1][1], ...vs.slice(0, periods - 1)], low: vs.slice(periods - 1).reverse() };
}

/** Pixels back to values, from an axis' first and last tick (their labels read for `locale`). */
function inverse(ticks, locale) {
  assert.ok(ticks.length >= 2, 'an axis has at least two ticks');
  const [a, b] = [ticks[0], ticks.at(-1)];
  const [va, vb] = [a, b].map((t) => parseDisplayedNumber(t.text, locale));
  return (y) => va + ((y - a.y) * (vb - va)) / (b.y - a.y);
}

/** The timeline table as numbers: one row per period. */
async function tableRows(page, locale) {
  const rows = await page.locator('#timeline-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  return rows.map(([period, ...cells]) => {
    const [expectation, expectedDelight, experienced, recommend, low, high] = cells.map((c) =>
      parseDisplayedNumber(c, locale),
    );
    return { period, expectation, expectedDelight, experienced, recommend, low, high };
  });
}

/** What the comparison shows for one result: per scenario, the value and the difference. */
async function compared(page, row) {
  return page.locator(`#compare-results td[id^="compare-${row}-"]`).evaluateAll((tds) =>
    tds.map((td) => ({
      value: td.querySelector('.compare__value').textContent,
      difference: td.querySelector('.compare__difference')?.lastChild?.textContent ?? null,
    })),
  );
}

const columnNames = (page) => page.locator('#compare-table thead th[scope="col"]').allInnerTexts();
const leverText = (page) => page.locator('#levers-table tbody').innerText();

for (const locale of ['en-US', 'fi-FI']) {
  test(`the timeline table says what the chart draws (${locale})`, async () => {
    await withApp(locale, async (page) => {
      await openAllDetails(page);
      // Twenty years; delight for eight of them, then missed; delivered below the promise, so
      // the recommendation rate has a band.
      await type(page, 'horizon', '20');
      await type(page, 'delight', '4');
      await type(page, 'delight-periods', '8');
      await type(page, 'delivered', locale === 'fi-FI' ? '6,5' : '6.5');
      await poll(() => page.locator('#timeline-table tbody tr').count(), (n) => n === 20, {
        what: '20 rows in the table',
      });
      // The chart is one image named by its caption; the table is its equivalent, named the same.
      const caption = await page.locator('#timeline-caption').innerText();
      assert.equal(await page.getByRole('img', { name: caption, exact: true }).count(), 1);
      assert.equal(await page.getByRole('table', { name: caption, exact: true }).count(), 1);
      const rows = await tableRows(page, locale);
      const drawn = await chart(page);
      const level = inverse(drawn.levelTicks, locale);
      const pct = inverse(drawn.percentTicks, locale);

      const expectation = stepYs(drawn.expectation).map(level);
      const experienced = stepYs(drawn.experienced).map(level);
      const recommend = stepYs(drawn.recommend).map(pct);
      const delight = bandYs(drawn.expectedDelight, 20);
      const range = bandYs(drawn.range, 20);
      for (const series of [expectation, experienced, recommend]) assert.equal(series.length, 20);

      const close = (what, i, drawnValue, shown, tolerance) =>
        assert.ok(
          Math.abs(drawnValue - shown) <= tolerance,
          `${what}, ${rows[i].period}: chart ${drawnValue}, table ${shown}`,
        );
      rows.forEach((row, i) => {
        close('expectation', i, expectation[i], row.expectation, 0.01);
        close('expectation band top', i, level(delight.high[i]), row.expectation, 0.01);
        close('delight now expected', i, level(delight.high[i]) - level(delight.low[i]), row.expectedDelight, 0.015);
        close('experienced', i, experienced[i], row.experienced, 0.01);
        close('recommendation', i, recommend[i], row.recommend, 0.06);
        close('range low', i, pct(range.low[i]), row.low, 0.06);
        close('range high', i, pct(range.high[i]), row.high, 0.06);
      });
      // The ratchet: expected delight grows while delight goes on, and fades once it stops.
      assert.ok(rows[7].expectedDelight > rows[1].expectedDelight, 'delight becomes expected');
      assert.ok(rows[12].expectedDelight < rows[7].expectedDelight, 'missed delight fades');
      assert.ok(rows.some((r) => r.high - r.low > 1), 'a visible band');
      // Labels are in the language: Finnish decimal commas, English points.
      const sample = await page.locator('#timeline-table tbody tr').nth(1).locator('td').first().innerText();
      assert.match(sample, locale === 'fi-FI' ? /^\d,\d\d$/ : /^\d\.\d\d$/);
    });
  });
}

test('a change in an input redraws the timeline and its table and reorders the levers', async () => {
  await withApp('en-US', async (page) => {
    await openAllDetails(page);
    const before = { chart: await chart(page), table: await tableRows(page, 'en-US'), levers: await leverText(page) };
    await page.locator('#delivered-range').fill('5');
    await poll(() => chart(page), (c) => c.recommend !== before.chart.recommend, { what: 'the chart to change' });
    const after = { chart: await chart(page), table: await tableRows(page, 'en-US'), levers: await leverText(page) };
    assert.notEqual(after.chart.experienced, before.chart.experienced);
    assert.equal(after.table[0].experienced, 5);
    assert.ok(after.table[0].recommend < before.table[0].recommend, 'a shortfall recommends less');
    assert.notEqual(after.levers, before.levers, 'the lever list did not change');
    // Every lever says its step with a unit and its euros signed, largest effect first.
    const euros = await page
      .locator('#levers-table tbody .lever__euros')
      .allInnerTexts()
      .then((texts) => texts.map((t) => parseDisplayedNumber(t, 'en-US')));
    assert.equal(euros.length, 12);
    for (let i = 1; i < euros.length; i++) assert.ok(Math.abs(euros[i]) <= Math.abs(euros[i - 1]), euros.join());
    // The answer to the section's question is the first lever, in words.
    const first = page.locator('#levers-table tbody tr').first();
    const firstLabel = await first.locator('th').evaluate((th) => th.firstChild.textContent);
    assert.equal(
      await page.locator('#levers-answer').innerText(),
      `${firstLabel}: one step changes the revenue impact by ${await first.locator('.lever__euros').innerText()}`,
    );
    const promise = page.locator('#levers-table tbody tr', { hasText: 'Promise' });
    assert.match(await promise.locator('.lever__step').innerText(), /^\+0\.1\s+points$/);
  });
});

test('duplicating puts two scenarios side by side, and the inputs edit only the one picked', async () => {
  await withApp('en-US', async (page) => {
    assert.equal(await page.locator('#compare-table').count(), 0, 'no table for one scenario');
    await page.locator('#duplicate-scenario').click();
    await poll(() => columnNames(page), (n) => n.length === 2, { what: 'two columns' });
    assert.ok(await page.locator('#scenario-pick-1').isChecked(), 'the copy is being edited');
    const same = await compared(page, 'revenue');
    assert.equal(same[0].value, same[1].value, 'a copy has the same results');
    assert.equal(same[1].difference, '€0');

    // The inputs now change the copy: its column and the difference move, the first stays.
    await page.locator('#promise-range').fill('9');
    await poll(() => compared(page, 'revenue'), (c) => c[1].value !== same[1].value, { what: 'column 2' });
    const overPromised = {
      revenue: await compared(page, 'revenue'),
      recommend: await compared(page, 'recommend'),
      churn: await compared(page, 'churn'),
    };
    assert.equal(overPromised.revenue[0].value, same[0].value, 'column 1 moved');
    assert.match(overPromised.revenue[1].difference, /^-€[\d,]+$/);
    assert.match(overPromised.recommend[1].difference, /^-\d+\.\d\s+pp$/);
    assert.match(overPromised.churn[1].difference, /^\+\d+\.\d\s+pp$/);
    const gap =
      parseDisplayedNumber(overPromised.revenue[1].value, 'en-US') -
      parseDisplayedNumber(overPromised.revenue[0].value, 'en-US');
    assert.ok(
      Math.abs(parseDisplayedNumber(overPromised.revenue[1].difference, 'en-US') - gap) <= 1,
      'the difference is the difference of the values shown',
    );
    const promiseRow = page.locator('#compare-table tbody tr', { hasText: 'Promise' });
    assert.deepEqual(await promiseRow.locator('td').allInnerTexts(), ['7\u00a0points', '9\u00a0points']);

    // Pick the first scenario with the keyboard: the inputs show and edit it.
    await page.locator('#scenario-pick-1').focus();
    await page.keyboard.press('ArrowUp');
    await poll(() => page.locator('#promise').inputValue(), (v) => v === '7', { what: 'the inputs to show scenario 1' });
    await page.locator('#delivered-range').fill('8');
    await poll(() => compared(page, 'revenue'), (c) => c[0].value !== overPromised.revenue[0].value, {
      what: 'column 1',
    });
    const now = await compared(page, 'revenue');
    assert.equal(now[1].value, overPromised.revenue[1].value, 'column 2 moved');
    assert.notEqual(now[1].difference, overPromised.revenue[1].difference, 'the difference did not follow');
  });
});

test('the over-promising example compares the promise two points higher', async () => {
  await withApp('en-US', async (page) => {
    // Not offered where the scale has no two points of room above the promise.
    const offer = page.locator('#compare-over-promise');
    await page.locator('#promise-range').fill('8.5');
    await poll(() => offer.count(), (n) => n === 0, { what: 'no offer at 8.5' });
    await page.locator('#promise-range').fill('7');
    await offer.click();
    await poll(() => columnNames(page), (n) => n.length === 2, { what: 'two columns' });
    assert.match((await columnNames(page))[1], /^Over-promise/);
    assert.equal(await page.locator('#promise').inputValue(), '9');
    const revenue = await compared(page, 'revenue');
    assert.ok(parseDisplayedNumber(revenue[1].difference, 'en-US') < 0, 'over-promising costs revenue');
    assert.equal(await page.locator('#compare-over-promise').count(), 0, 'offered only for a first comparison');
  });
});

test('a name with markup in it is shown as text, everywhere it is shown', async () => {
  await withApp('en-US', async (page) => {
    await page.locator('#duplicate-scenario').click();
    const field = page.locator('#scenario-name-1');
    await field.fill(XSS);
    await field.press('Enter');
    await poll(() => columnNames(page), (n) => n[1]?.startsWith(XSS), { what: 'the new name in the table' });
    assert.equal(await page.locator('label[for="scenario-pick-1"]').innerText(), XSS);
    assert.match(await page.locator('#timeline-caption').innerText(), /^<img src=x onerror=alert\(1\)>: /);
    assert.match(await page.locator('#levers-caption').innerText(), /^<img src=x onerror=alert\(1\)>: /);
    assert.equal(await page.locator('#app img').count(), 0, 'an element was made from the name');
    // A name cleared to nothing goes back to the default rather than a blank column.
    await field.fill('   ');
    await field.press('Tab');
    await poll(() => columnNames(page), (n) => n[1]?.startsWith('Scenario 2'), { what: 'the default name' });
    // Let an onerror handler have its chance to fire before the dialog check.
    await page.waitForTimeout(200);
  });
});

test('removing a scenario keeps the others and their names, and keyboard focus', async () => {
  await withApp('en-US', async (page) => {
    const duplicate = page.locator('#duplicate-scenario');
    for (let i = 0; i < 3; i++) await duplicate.click();
    await poll(() => columnNames(page), (n) => n.length === 4, { what: 'four columns' });
    assert.ok(await duplicate.isDisabled(), 'at most four scenarios');
    assert.match(await page.locator('.comparison__limit').innerText(), /4/);
    for (const [i, name] of ['First', 'Second', 'Third', 'Fourth'].entries()) {
      await page.locator(`#scenario-name-${i}`).fill(name);
      await page.locator(`#scenario-name-${i}`).press('Enter');
    }
    await page.locator('#scenario-pick-1').check();
    await page.locator('#promise-range').fill('4');
    await poll(() => compared(page, 'revenue'), (c) => c[1].value !== c[0].value, { what: 'Second to differ' });
    const third = (await compared(page, 'revenue'))[2];

    await page.getByRole('button', { name: 'Remove Second', exact: true }).click();
    await poll(() => columnNames(page), (n) => n.length === 3, { what: 'three columns' });
    assert.deepEqual(
      (await columnNames(page)).map((n) => n.split('\n')[0]),
      ['First', 'Third', 'Fourth'],
    );
    assert.equal((await compared(page, 'revenue'))[1].value, third.value, 'Third kept its results');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'duplicate-scenario');
    assert.ok(await duplicate.isEnabled());

    for (const name of ['First', 'Third']) await page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
    await poll(() => page.locator('#compare-table').count(), (n) => n === 0, { what: 'the table to go' });
    assert.equal(await page.locator('#scenario-name-0').inputValue(), 'Fourth');
    assert.equal(await page.locator('.scenario-card__remove').count(), 0, 'the last scenario stays');
  });
});

test('switching the language rewrites the chart, the comparison and the levers', async () => {
  await withApp('en-US', async (page) => {
    await page.locator('#compare-over-promise').click();
    await openAllDetails(page);
    await poll(() => columnNames(page), (n) => n.length === 2, { what: 'two columns' });
    assert.match((await compared(page, 'recommend'))[1].difference, /^-\d+\.\d\s+pp$/);
    await page.locator('#lang').selectOption('fi');
    await poll(() => page.locator('#compare-heading').innerText(), (h) => h === 'Vertaa skenaarioita', {
      what: 'Finnish',
    });
    assert.match((await compared(page, 'recommend'))[1].difference, /^\u2212\d+,\d\s%-yks\.$/);
    assert.match((await compared(page, 'revenue'))[0].value, /^\+[\d\u00a0]+\s€$/);
    const ticks = (await chart(page)).percentTicks.map((t) => t.text);
    assert.ok(ticks.every((t) => /^\d+\s%$/.test(t)), ticks.join('|'));
    assert.match(await page.locator('#timeline-table thead').innerText(), /Vuosi/);
    assert.match(await page.locator('#levers-table').innerText(), /pistettä/);
  });
});

for (const locale of ['fi-FI', 'en-US']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`no axe-core violations in the timeline and the comparison (${locale}, ${colorScheme})`, async () => {
      await withApp(
        locale,
        async (page) => {
          await page.locator('#compare-over-promise').click();
          await openAllDetails(page);
          await poll(() => page.locator('#compare-table').count(), (n) => n === 1, { what: 'the table' });
          const violations = await runAxe(page);
          assert.deepEqual(
            violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            [],
          );
        },
        { colorScheme },
      );
    });
  }
}

for (const width of [320, 1280]) {
  test(`at ${width} px the chart fits, its labels stay apart, and nothing scrolls sideways`, async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const locale of ['fi-FI', 'en-US']) {
      for (const colorScheme of ['light', 'dark']) {
        await withApp(
          locale,
          async (page) => {
            await openAllDetails(page);
            await type(page, 'horizon', '20');
            await page.locator('#compare-over-promise').click();
            await poll(() => page.locator('#timeline-table tbody tr').count(), (n) => n === 20, { what: '20 years' });
            await settle(page);
            const layout = await page.evaluate(() => {
              const svg = document.getElementById('timeline-chart');
              const box = (e) => e.getBoundingClientRect();
              // The comparison and the levers fit without sideways scrolling (the timeline's
              // seven-column table may scroll; the chart above it says the same).
              const fits = (id) => {
                const scroller = document.getElementById(id).parentElement;
                return scroller.scrollWidth <= scroller.clientWidth;
              };
              return {
                tablesFit: { compare: fits('compare-table'), levers: fits('levers-table') },
                page: document.documentElement.scrollWidth,
                svg: box(svg),
                // The chart draws at its real width: its user units are pixels.
                scale: box(svg).width / svg.viewBox.baseVal.width,
                labels: [...svg.querySelectorAll('text')].map((t) => {
                  const b = box(t);
                  return { text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
                }),
              };
            });
            assert.ok(layout.page <= width, `the page scrolls sideways: ${layout.page} > ${width}`);
            assert.deepEqual(layout.tablesFit, { compare: true, levers: true });
            assert.ok(Math.abs(layout.scale - 1) < 0.02, `chart scaled by ${layout.scale}`);
            for (const label of layout.labels) {
              assert.ok(label.left >= layout.svg.left - 1 && label.right <= layout.svg.right + 1, `${label.text} outside`);
            }
            // No two labels overlap (tick labels, period labels and titles).
            const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            layout.labels.forEach((a, i) =>
              layout.labels.slice(i + 1).forEach((b) => assert.ok(!overlap(a, b), `${a.text} overlaps ${b.text}`)),
            );
            for (const section of ['timeline', 'compare', 'levers']) {
              await page
                .locator(`section[aria-labelledby="${section}-heading"]`)
                .screenshot({ path: path.join(SHOTS, `${section}-${width}-${locale}-${colorScheme}.png`) });
            }
          },
          { viewport: { width, height: 900 }, colorScheme },
        );
      }
    }
  });
}
