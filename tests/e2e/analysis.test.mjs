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

/** The chart's raw drawing: the path data of each series and the ticks of both axes. The first
 * plan/today paths are gross margin, the second customers. */
function chart(page) {
  return page.evaluate(() => {
    const svg = document.getElementById('timeline-chart');
    const d = (series, i = 0) => svg.querySelectorAll(`path.series--${series}`)[i]?.getAttribute('d') ?? null;
    const ticks = (axis) =>
      [...svg.querySelectorAll(`.chart__axis--${axis} .chart__tick`)].map((tick) => ({
        y: Number(tick.querySelector('line').getAttribute('y1')),
        text: tick.querySelector('text').textContent,
      }));
    return {
      plan: d('plan'),
      today: d('today'),
      customersPlan: d('plan', 1),
      customersToday: d('today', 1),
      paths: {
        plan: svg.querySelectorAll('path.series--plan').length,
        today: svg.querySelectorAll('path.series--today').length,
      },
      marginTicks: ticks('margin'),
      customerTicks: ticks('customers'),
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

/** A displayed amount with its scale: "€2.03 M", "2,03 milj. €", "€950,000", "10 300". */
function amount(text, locale) {
  const value = parseDisplayedNumber(text, locale);
  return /\bM\b|milj/.test(text) ? value * 1e6 : value;
}

/** Pixels back to values, from an axis' first and last tick (their labels read for `locale`). */
function inverse(ticks, locale) {
  assert.ok(ticks.length >= 2, 'an axis has at least two ticks');
  const [a, b] = [ticks[0], ticks.at(-1)];
  const [va, vb] = [a, b].map((t) => amount(t.text, locale));
  assert.notEqual(va, vb, 'an axis spans values');
  return (y) => va + ((y - a.y) * (vb - va)) / (b.y - a.y);
}

/** The timeline table as numbers: one row per year. */
async function tableRows(page, locale) {
  const rows = await page.locator('#timeline-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  return rows.map(([year, ...cells]) => {
    assert.equal(cells.length, 4, `five columns: ${year}`);
    const [margin, marginToday, customers, customersToday] = cells.map((c) => amount(c, locale));
    return { year, margin, marginToday, customers, customersToday, text: cells };
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
      // Twenty years; the plan delights and delivers below its promise, so its margin moves away
      // from today's course.
      await type(page, 'horizon', '20');
      await type(page, 'plan-delight', '4');
      await type(page, 'plan-delivered', locale === 'fi-FI' ? '7,5' : '7.5');
      await poll(() => page.locator('#timeline-table tbody tr').count(), (n) => n === 20, {
        what: '20 rows in the table',
      });
      // The chart is one image named by its caption; the table is its equivalent, named the same.
      const caption = await page.locator('#timeline-caption').innerText();
      assert.equal(await page.getByRole('img', { name: caption, exact: true }).count(), 1);
      assert.equal(await page.getByRole('table', { name: caption, exact: true }).count(), 1);
      const rows = await tableRows(page, locale);
      const drawn = await chart(page);
      assert.deepEqual(drawn.paths, { plan: 2, today: 2 }, 'margin and customers, plan and today');
      const margin = inverse(drawn.marginTicks, locale);
      const customers = inverse(drawn.customerTicks, locale);

      const plan = stepYs(drawn.plan).map(margin);
      const today = stepYs(drawn.today).map(margin);
      const customersPlan = stepYs(drawn.customersPlan).map(customers);
      const customersToday = stepYs(drawn.customersToday).map(customers);
      for (const series of [plan, today, customersPlan, customersToday]) assert.equal(series.length, 20);

      // The table shows three significant figures; the chart is drawn to a tenth of a pixel.
      const close = (what, i, drawnValue, shown) =>
        assert.ok(
          Math.abs(drawnValue - shown) <= 0.006 * Math.abs(shown) + 1,
          `${what}, ${rows[i].year}: chart ${drawnValue}, table ${shown}`,
        );
      rows.forEach((row, i) => {
        close('margin', i, plan[i], row.margin);
        close('margin today', i, today[i], row.marginToday);
        close('customers', i, customersPlan[i], row.customers);
        close('customers today', i, customersToday[i], row.customersToday);
      });
      assert.ok(rows.some((r) => Math.abs(r.margin - r.marginToday) > 0.01 * r.marginToday), 'the plan leaves today');
      assert.ok(rows.some((r) => r.customers !== r.customersToday), 'the plan keeps other customers than today');
      assert.match(rows[0].year, locale === 'fi-FI' ? /^Vuosi 1$/ : /^Year 1$/);
      assert.equal(rows[19].year, locale === 'fi-FI' ? 'Vuosi 20' : 'Year 20');
      // Labels are in the language: Finnish decimal commas, English points.
      assert.ok(
        rows.some((r) => (locale === 'fi-FI' ? /\d,\d/ : /\d\.\d/).test(r.text[0])),
        rows.map((r) => r.text[0]).join('|'),
      );
      assert.ok(!rows.some((r) => (locale === 'fi-FI' ? /\d\.\d/ : /\d,\d\d?\s/).test(r.text[0])));
    });
  });
}

test('a change in an input redraws the timeline and its table and reorders the levers', async () => {
  await withApp('en-US', async (page) => {
    await openAllDetails(page);
    const before = { chart: await chart(page), table: await tableRows(page, 'en-US'), levers: await leverText(page) };
    // A plan input moves the plan, not today's course.
    await page.locator('#plan-delivered-range').fill('5');
    await poll(() => chart(page), (c) => c.plan !== before.chart.plan, { what: 'the chart to change' });
    const after = { chart: await chart(page), table: await tableRows(page, 'en-US'), levers: await leverText(page) };
    // (The axes are shared and rescale, so today's course is compared in the table.)
    assert.deepEqual(
      after.table.map((r) => r.customersToday),
      before.table.map((r) => r.customersToday),
      "a plan input moved today's customers",
    );
    assert.notEqual(after.chart.customersPlan, before.chart.customersPlan);
    assert.ok(after.table[0].margin < before.table[0].margin, 'a shortfall earns less');
    assert.ok(after.table.at(-1).customers < before.table.at(-1).customers, 'a shortfall keeps fewer customers');
    assert.deepEqual(
      after.table.map((r) => r.marginToday),
      before.table.map((r) => r.marginToday),
      "a plan input moved today's course",
    );
    assert.notEqual(after.levers, before.levers, 'the lever list did not change');
    const labels = (t) => t.split('\n').filter((l) => /in the plan/.test(l));
    assert.notDeepEqual(labels(after.levers), labels(before.levers), 'the levers did not reorder');
    // Today's inputs do not move today's course (the business as it is), but they move the
    // plan's difference from it: with today delivering what the plan does, the two coincide.
    await page.locator('#delivered-range').fill('5');
    const same = await poll(
      () => tableRows(page, 'en-US'),
      (rows) => rows[0].margin !== after.table[0].margin,
      { what: 'the plan line to follow a today input' },
    );
    assert.deepEqual(same.map((r) => r.marginToday), after.table.map((r) => r.marginToday), "today's course moved");
    for (const r of same) {
      assert.equal(r.margin, r.marginToday, `${r.year}: a plan that changes nothing differs from today`);
      assert.equal(r.customers, r.customersToday, `${r.year}: customers differ with nothing changed`);
    }
    // Every lever says its step with a unit and its euros signed, largest effect first.
    const euros = await page
      .locator('#levers-table tbody .lever__euros')
      .allInnerTexts()
      .then((texts) => texts.map((t) => parseDisplayedNumber(t, 'en-US')));
    assert.equal(euros.length, 6);
    for (let i = 1; i < euros.length; i++) assert.ok(Math.abs(euros[i]) <= Math.abs(euros[i - 1]), euros.join());
    const leverLabels = await page
      .locator('#levers-table tbody th')
      .evaluateAll((ths) => ths.map((th) => th.firstChild.textContent));
    assert.deepEqual(
      [...leverLabels].sort(),
      [
        'Delightful surprises in the plan',
        'Delivered in the plan',
        'Irrelevant messages in the plan',
        'Promise in the plan',
        'Recovery in the plan',
        'Service failures in the plan',
      ],
    );
    // The answer to the section's question is the first lever, in words.
    const first = page.locator('#levers-table tbody tr').first();
    const firstLabel = await first.locator('th').evaluate((th) => th.firstChild.textContent);
    assert.equal(
      (await page.locator('#levers-answer').innerText()).replace(/\u00a0/g, ' '),
      `${firstLabel}: a step of ${await first.locator('.lever__step').innerText()} changes the plan's worth by ${await first.locator('.lever__euros').innerText()}`.replace(/\u00a0/g, ' '),
    );
    const row = (name) => page.locator('#levers-table tbody tr', { hasText: name });
    assert.match(await row('Promise in the plan').locator('.lever__step').innerText(), /^\+1\s+points$/);
    assert.match(await row('Recovery in the plan').locator('.lever__step').innerText(), /^\+10\s+pp$/);
    assert.match(await row('Service failures in the plan').locator('.lever__step').innerText(), /^−1\s+\/ year$/);
  });
});

test('duplicating puts two scenarios side by side, and the inputs edit only the one picked', async () => {
  await withApp('en-US', async (page) => {
    assert.equal(await page.locator('#compare-table').count(), 0, 'no table for one scenario');
    await page.locator('#duplicate-scenario').click();
    await poll(() => columnNames(page), (n) => n.length === 2, { what: 'two columns' });
    assert.ok(await page.locator('#scenario-pick-1').isChecked(), 'the copy is being edited');
    const same = await compared(page, 'worth');
    assert.equal(same[0].value, same[1].value, 'a copy has the same results');
    assert.equal(same[1].difference, '€0');

    // The plan's inputs now change the copy: its column and the difference move, the first stays.
    await page.locator('#plan-promise-range').fill('10');
    await poll(() => compared(page, 'worth'), (c) => c[1].value !== same[1].value, { what: 'column 2' });
    const overPromised = {
      worth: await compared(page, 'worth'),
      gapCost: await compared(page, 'gap-cost'),
      recommend: await compared(page, 'recommend'),
      churn: await compared(page, 'churn'),
    };
    assert.equal(overPromised.worth[0].value, same[0].value, 'column 1 moved');
    assert.match(overPromised.worth[1].difference, /^−€[\d,]+$/);
    assert.match(overPromised.recommend[1].difference, /^−\d+\.\d\s+pp$/);
    assert.match(overPromised.churn[1].difference, /^\+\d+\.\d\s+pp$/);
    // Today's gap cost depends on today's inputs only.
    assert.equal(overPromised.gapCost[1].value, overPromised.gapCost[0].value, 'a plan input moved the gap cost');
    assert.equal(overPromised.gapCost[1].difference, '€0');
    // The rates read today → plan; only the plan's side moved.
    const [todayRate0] = overPromised.recommend[0].value.split('→');
    const [todayRate1] = overPromised.recommend[1].value.split('→');
    assert.equal(todayRate1, todayRate0, "today's rate moved");
    const gap =
      parseDisplayedNumber(overPromised.worth[1].value, 'en-US') - parseDisplayedNumber(overPromised.worth[0].value, 'en-US');
    // Differences are worked out before the figures are rounded to what their ranges support
    // (€100,000 steps here): within a step of the difference of the figures shown.
    assert.ok(
      Math.abs(parseDisplayedNumber(overPromised.worth[1].difference, 'en-US') - gap) <= 100000,
      'the difference is about the difference of the values shown',
    );
    const promiseRow = page.locator('#compare-table tbody tr', { hasText: 'Promise in the plan' });
    assert.deepEqual(await promiseRow.locator('td').allInnerTexts(), ['8\u00a0points', '10\u00a0points']);
    const todayRow = page.locator('#compare-table tbody tr', { hasText: 'Promise today' });
    assert.deepEqual(await todayRow.locator('td').allInnerTexts(), ['8\u00a0points', '8\u00a0points']);

    // Pick the first scenario with the keyboard: the inputs show and edit it.
    await page.locator('#scenario-pick-1').focus();
    await page.keyboard.press('ArrowUp');
    await poll(() => page.locator('#plan-promise').inputValue(), (v) => v === '8', {
      what: 'the inputs to show scenario 1',
    });
    await page.locator('#plan-delivered-range').fill('9');
    await poll(() => compared(page, 'worth'), (c) => c[0].value !== overPromised.worth[0].value, {
      what: 'column 1',
    });
    const now = await compared(page, 'worth');
    assert.equal(now[1].value, overPromised.worth[1].value, 'column 2 moved');
    assert.notEqual(now[1].difference, overPromised.worth[1].difference, 'the difference did not follow');
    // A today input moves today's gap cost, in the picked scenario only.
    await page.locator('#delivered-range').fill('5');
    await poll(() => compared(page, 'gap-cost'), (c) => c[0].value !== overPromised.gapCost[0].value, {
      what: "scenario 1's gap cost",
    });
    assert.equal((await compared(page, 'gap-cost'))[1].value, overPromised.gapCost[1].value);
  });
});

test('the over-promising example compares the promise two points higher', async () => {
  await withApp('en-US', async (page) => {
    // Not offered where the scale has no two points of room above the plan's promise.
    const offer = page.locator('#compare-over-promise');
    await page.locator('#plan-promise-range').fill('8.5');
    await poll(() => offer.count(), (n) => n === 0, { what: 'no offer at 8.5' });
    await page.locator('#plan-promise-range').fill('7');
    await offer.click();
    await poll(() => columnNames(page), (n) => n.length === 2, { what: 'two columns' });
    assert.match((await columnNames(page))[1], /^Over-promise/);
    assert.equal(await page.locator('#plan-promise').inputValue(), '9');
    assert.equal(await page.locator('#promise').inputValue(), '8', "today's promise stays");
    const worth = await compared(page, 'worth');
    assert.ok(parseDisplayedNumber(worth[1].difference, 'en-US') < 0, 'over-promising costs worth');
    const recommend = await compared(page, 'recommend');
    assert.ok(parseDisplayedNumber(recommend[1].difference, 'en-US') < 0, 'over-promising costs recommendations');
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
    // The chart names the copy's line at its end, in both panels.
    await poll(() => page.locator('#timeline-chart .chart__label--s1').allTextContents(), (t) => t.length === 2 && t.every((l) => l === XSS), {
      what: 'the name at the line ends',
    });
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
    await page.locator('#plan-promise-range').fill('4');
    await poll(() => compared(page, 'worth'), (c) => !['€0', null].includes(c[1].difference), { what: 'Second to differ' });
    const third = (await compared(page, 'worth'))[2];

    await page.getByRole('button', { name: 'Remove Second', exact: true }).click();
    await poll(() => columnNames(page), (n) => n.length === 3, { what: 'three columns' });
    assert.deepEqual(
      (await columnNames(page)).map((n) => n.split('\n')[0]),
      ['First', 'Third', 'Fourth'],
    );
    assert.equal((await compared(page, 'worth'))[1].value, third.value, 'Third kept its results');
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
    assert.match((await compared(page, 'recommend'))[1].difference, /^−\d+\.\d\s+pp$/);
    await page.locator('#lang').selectOption('fi');
    await poll(() => page.locator('#compare-heading').innerText(), (h) => h === 'Vertaa skenaarioita', {
      what: 'Finnish',
    });
    assert.match((await compared(page, 'recommend'))[1].difference, /^\u2212\d+,\d\s%-yks\.$/);
    assert.match((await compared(page, 'worth'))[0].value, /^\+[\d\u00a0\u202f ]+\s€$/);
    assert.match((await compared(page, 'recommend'))[0].value, /^\d+\s%\s*→\s*\d+\s%$/);
    const drawn = await chart(page);
    const customerTicks = drawn.customerTicks.map((t) => t.text);
    assert.ok(customerTicks.every((t) => /^\d{1,3}([\u00a0\u202f ]\d{3})*$/.test(t)), customerTicks.join('|'));
    assert.ok(customerTicks.some((t) => /\d[\u00a0\u202f ]\d{3}/.test(t)), 'Finnish thousands split by a space');
    const marginTicks = drawn.marginTicks.map((t) => t.text);
    assert.ok(marginTicks.every((t) => /^\d+(,\d+)?\smilj\.\s€$/.test(t)), marginTicks.join('|'));
    assert.match(await page.locator('#timeline-chart').textContent(), /Vuosi/);
    assert.match(await page.locator('#timeline-table thead').innerText(), /Vuosi/);
    assert.match(await page.locator('#levers-table').innerText(), /pistettä/);
    assert.doesNotMatch(await page.locator('#levers-table').innerText(), /points|in the plan/);
  });
});

/** Three scenarios as a consultant makes them: the plan, then two copies whose plan delivers
 * less (the copy being edited is the newest). */
async function threeScenarios(page, locale) {
  for (const [i, level] of [[1, '7'], [2, locale === 'fi-FI' ? '5,5' : '5.5']]) {
    await page.locator('#duplicate-scenario').click();
    await poll(() => page.locator(`#scenario-pick-${i}`).isChecked().catch(() => false), (c) => c, { what: `copy ${i}` });
    await type(page, 'plan-delivered', level);
  }
  await poll(() => columnNames(page), (n) => n.length === 3, { what: 'three scenarios' });
}

/** The chart's lines, panel by panel: each path's classes, its right end and its dash pattern,
 * and each direct label's text and box. */
function lines(page) {
  return page.evaluate(() => {
    const panel = (name) => {
      const g = document.querySelector(`#timeline-chart .chart__panel--${name}`);
      return {
        paths: [...g.querySelectorAll('path')].map((p) => ({
          kind: [...p.classList].find((c) => /^series--(s\d|today)$/.test(c)),
          d: p.getAttribute('d'),
          dash: getComputedStyle(p).strokeDasharray,
          right: p.getBBox().x + p.getBBox().width,
        })),
        labels: [...g.querySelectorAll('.chart__label')].map((t) => ({
          kind: [...t.classList].find((c) => /^chart__label--(s\d|today)$/.test(c)).replace('chart__label--', 'series--'),
          text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
          x: t.getBBox().x,
          y: t.getBBox().y + t.getBBox().height / 2,
        })),
      };
    };
    return { margin: panel('margin'), customers: panel('customers') };
  });
}

for (const locale of ['en-US', 'fi-FI']) {
  test(`every scenario and today's course over time in one chart, named at the line ends (${locale})`, async () => {
    await withApp(locale, async (page) => {
      const fi = locale === 'fi-FI';
      // One scenario: the plan against today's course, named so.
      let drawn = await lines(page);
      const named = (labels) => Object.fromEntries(labels.map((l) => [l.kind, l.text]));
      assert.deepEqual(named(drawn.margin.labels), {
        'series--s0': fi ? 'Suunnitelma' : 'The plan',
        'series--today': fi ? 'Nykymeno' : "Today's course",
      });

      await threeScenarios(page, locale);
      await openAllDetails(page);
      const names = fi ? ['Skenaario 1', 'Skenaario 2', 'Skenaario 3'] : ['Scenario 1', 'Scenario 2', 'Scenario 3'];
      const today = fi ? 'Nykymeno' : "Today's course";
      assert.deepEqual((await columnNames(page)).map((n) => n.split('\n')[0]), names);
      drawn = await poll(() => lines(page), (d) => d.margin.paths.length === 4, { what: 'four lines' });
      assert.match(await page.locator('#timeline-caption').innerText(), fi ? /skenaariot rinnakkain/ : /the scenarios side by side/);
      for (const [what, panel] of Object.entries(drawn)) {
        // A line per scenario and one for today's course (the copies share today's inputs).
        assert.deepEqual(panel.paths.map((p) => p.kind).sort(), ['series--s0', 'series--s1', 'series--s2', 'series--today'], what);
        // Told apart without colour: each its own dash pattern.
        assert.equal(new Set(panel.paths.map((p) => p.dash)).size, 4, `${what}: ${panel.paths.map((p) => p.dash)}`);
        // Each named, right of the plot, by the scenario's name.
        assert.deepEqual(
          named(panel.labels),
          { 'series--s0': names[0], 'series--s1': names[1], 'series--s2': names[2], 'series--today': today },
          what,
        );
        const plotRight = Math.max(...panel.paths.map((p) => p.right));
        for (const l of panel.labels) assert.ok(l.x >= plotRight, `${what}: ${l.text} at ${l.x}, the plot ends at ${plotRight}`);
        // The labels stand in the order of the lines' ends: the plan that delivers least lowest.
        const endY = (d) => stepYs(d).at(-1);
        const order = (items, y) => [...items].sort((a, b) => y(a) - y(b)).map((i) => i.kind);
        assert.deepEqual(order(panel.labels, (l) => l.y), order(panel.paths, (p) => endY(p.d)), what);
        assert.deepEqual(order(panel.paths, (p) => endY(p.d)).filter((k) => k !== 'series--today'), ['series--s0', 'series--s1', 'series--s2'], what);
      }
      // The table has the same lines: margin, then customers, for each scenario and today.
      const heads = await page.locator('#timeline-table thead tr').nth(1).locator('th').allInnerTexts();
      assert.deepEqual(heads.slice(1), [...names, today, ...names, today]);
      const last = await page.locator('#timeline-table tbody tr').last().locator('td').allInnerTexts();
      const values = last.map((c) => amount(c, locale));
      assert.equal(values.length, 8);
      assert.ok(values[0] > values[1] && values[1] > values[2], `margins: ${last.slice(0, 4)}`);
      assert.ok(values[4] > values[5] && values[5] > values[6], `customers: ${last.slice(4)}`);
    });
  });

  test(`at 390 px the comparison is one card per scenario, nothing scrolls or wraps (${locale})`, async () => {
    await withApp(
      locale,
      async (page) => {
        await threeScenarios(page, locale);
        // With each scenario's likely range, the longest a figure gets.
        await poll(() => page.locator('td[id^="compare-worth-"] .compare__range').count(), (n) => n === 3, {
          what: 'the ranges',
          timeout: 30_000,
        });
        await settle(page);
        const layout = await page.evaluate(() => {
          const box = (e) => e.getBoundingClientRect();
          const table = document.getElementById('compare-table');
          const scroller = table.parentElement;
          const heads = [0, 1, 2].map((i) => box(document.getElementById(`compare-col-${i}`)));
          const worth = [0, 1, 2].map((i) => box(document.getElementById(`compare-worth-${i}`)));
          // Whether a text takes more than one line: a box of it starts below the first one's
          // bottom (its boxes, not the element's height, which a card's grid stretches to its
          // row; a label and its figure in two font sizes still share a line).
          const wraps = (e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            const [first, ...rest] = [...range.getClientRects()].filter((r) => r.width > 0);
            return rest.some((r) => r.top >= first.bottom - 1);
          };
          const figures = [...table.querySelectorAll('.compare__value, .compare__difference, .compare__range .num')];
          return {
            page: document.documentElement.scrollWidth,
            scroll: [scroller.scrollWidth, scroller.clientWidth],
            table: box(table),
            heads,
            worth,
            // A figure on more than one line, or a number or unit split inside a range.
            wrapped: figures.filter(wraps).map((e) => e.textContent),
            figures: figures.length,
            // Each figure says what it is.
            label: getComputedStyle(document.getElementById('compare-worth-1'), '::before').content,
          };
        });
        assert.ok(layout.page <= 390, `the page scrolls sideways: ${layout.page}`);
        assert.ok(layout.scroll[0] <= layout.scroll[1], `the comparison scrolls sideways: ${layout.scroll}`);
        // The cards stand one under another, each scenario's figures under its name.
        for (let i = 0; i < 3; i++) {
          assert.ok(Math.abs(layout.heads[i].left - layout.table.left) < 1, `card ${i} is not at the left`);
          assert.ok(layout.worth[i].top > layout.heads[i].bottom - 1, `scenario ${i}'s worth above its name`);
          if (i > 0) assert.ok(layout.heads[i].top > layout.worth[i - 1].bottom, `card ${i} beside card ${i - 1}`);
        }
        assert.deepEqual(layout.wrapped, []);
        assert.ok(layout.figures > 30, `only ${layout.figures} figures`);
        assert.match(layout.label, locale === 'fi-FI' ? /arvo/i : /worth/i);
        const shot = path.join(SHOTS, `compare-cards-390-${locale}.png`);
        await mkdir(SHOTS, { recursive: true });
        await page.locator('section[aria-labelledby="compare-heading"]').screenshot({ path: shot });

        // Wide, the same elements are a table again: the scenarios side by side.
        await page.setViewportSize({ width: 1280, height: 900 });
        await poll(
          () => page.evaluate(() => [0, 1].map((i) => document.getElementById(`compare-col-${i}`).getBoundingClientRect().top)),
          ([a, b]) => Math.abs(a - b) < 1,
          { what: 'a table at 1280 px' },
        );
      },
      { viewport: { width: 390, height: 900 } },
    );
  });
}

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
