// End-to-end: the calculator as a consultant uses it in front of a client: the assumptions panel
// (edit, refuse, reset, marked in the results), "why this number?", the return on a programme
// cost, both languages, the keyboard alone, paper, narrow screens, and axe-core on all of it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import {
  REPO,
  openApp,
  poll,
  rangesSettled,
  readNumber,
  runAxe,
  serveAndLaunch,
  settle,
} from './helpers.mjs';

const env = serveAndLaunch();

/** Runs `body` on a freshly loaded app in `locale` (see helpers.mjs). */
const withApp = (locale, body, contextOptions = {}) =>
  openApp(env.browser, env.server.url, { locale, ...contextOptions }, body);

const text = (page, selector) => page.locator(selector).innerText();

/** Opens the `<details>` around `selector` the way a person does: a click on its summary. */
async function openSection(page, detailsSelector) {
  const details = page.locator(detailsSelector);
  if (!(await details.evaluate((d) => d.open))) {
    await details.locator(':scope > summary').click();
  }
  // Some sections build their content when they open: wait until it is more than the summary.
  await poll(
    () => details.evaluate((d) => d.open && d.innerText.length > d.querySelector(':scope > summary').innerText.length),
    (ready) => ready,
    { what: `${detailsSelector} to open with its content` },
  );
}

const openAssumptions = (page) => openSection(page, '#assumptions-details');

/** Types into a field in the investment section, opening the section first. */
async function setCost(page, euros) {
  const field = page.locator('#cost-one-off');
  // The section builds its fields when it opens.
  if ((await field.count()) === 0 || !(await field.isVisible())) {
    await page.locator('details > summary', { hasText: /^(Investment and return|Investointi ja tuotto)$/ }).click();
  }
  await field.fill(euros);
}

/** What follows the plan (src/results.rs): every result but today's gap cost, its likely range
 * and its explanation; `null` where absent. The payback period has no range. */
const PLAN_RESULTS = [
  'worth',
  'margin-change',
  'margin-change-adjusted',
  'revenue-change',
  'recommend',
  'churn',
  'spend-uplift',
  'customers-change',
  'roi',
];
const DEPENDENT = [
  ...PLAN_RESULTS.flatMap((id) => [`#${id}`, `#${id}-band`, `#${id}-why p`]),
  '#payback',
];
/** Today's gap cost: today's inputs only. */
const TODAY = ['#gap-cost', '#gap-cost-band', '#gap-cost-why p'];

const snapshotOf = (page, selectors) =>
  page.evaluate(
    (selectors) =>
      selectors.map((s) => [...document.querySelectorAll(s)].map((e) => e.textContent).join('\n') || null),
    selectors,
  );
const snapshot = (page) => snapshotOf(page, DEPENDENT);

test('axe finds no violations on the main view or with the assumptions panel open, in both languages', async () => {
  for (const locale of ['fi-FI', 'en-US']) {
    await withApp(locale, async (page) => {
      assert.deepEqual(await runAxe(page), [], `${locale}: main view`);

      await openAssumptions(page);
      await page.locator('#a_rg').fill('90'); // an edit: badges, notice and links appear
      await page.locator('#a_lah').fill('1'); // a refusal: the message by its field
      await openSection(page, '#details-why');
      await setCost(page, '50000');
      await poll(() => page.locator('#a_lah-error').innerText(), (t) => t.trim() !== '', {
        what: 'the refusal message',
      });
      await settle(page);
      assert.deepEqual(await runAxe(page), [], `${locale}: assumptions panel open`);
    });
  }
});

test('an input change changes every result, band, explanation and return on screen', async () => {
  await withApp('fi-FI', async (page) => {
    await setCost(page, '200000');
    // An explanation is written while its disclosure is open.
    for (const why of await page.locator('details.why').all()) await why.locator('summary').click();
    await poll(() => page.locator('details.why p:not(.why__spread)').count(), (n) => n === 10, { what: 'the explanations' });
    await poll(() => page.locator('#roi').count(), (n) => n === 1, { what: '#roi' });
    await rangesSettled(page);
    const before = await snapshot(page);
    const todayBefore = await snapshotOf(page, TODAY);
    assert.deepEqual(DEPENDENT.filter((_, i) => before[i] === null), [], 'a result, band or explanation missing');
    // A plan input: every plan result moves; today's gap cost does not.
    await page.locator('#plan-delivered').fill('7,5');
    await rangesSettled(page);
    const now = await poll(
      () => snapshot(page),
      (now) => now.every((t, i) => t !== before[i]),
      { what: 'every dependent view to change' },
    ).catch(async (e) => {
      const now = await snapshot(page);
      const same = DEPENDENT.filter((_, i) => now[i] === before[i]);
      throw new Error(`unchanged: ${same.join(', ')} (${e.message.slice(0, 80)})`);
    });
    assert.deepEqual(DEPENDENT.filter((_, i) => now[i] === null), [], 'a view went');
    assert.deepEqual(await snapshotOf(page, TODAY), todayBefore, "a plan input moved today's gap cost");
    // "today → plan": only the plan's side moved.
    const [recommendToday] = (await text(page, '#recommend')).split('→');
    assert.equal(recommendToday, before[DEPENDENT.indexOf('#recommend')].split('→')[0]);
    // A today input moves the gap cost, and the plan's rates, which the model moves relative to
    // today; today's side stays the measured rate (a business figure).
    const recommendNow = await text(page, '#recommend');
    await page.locator('#delivered').fill('5,5');
    await rangesSettled(page);
    await poll(() => snapshotOf(page, TODAY), (t) => t.every((v, i) => v !== todayBefore[i]), {
      what: "today's gap cost, band and explanation to change",
    });
    await poll(() => text(page, '#recommend'), (t) => t !== recommendNow, { what: "the plan's rate to follow" });
    assert.equal((await text(page, '#recommend')).split('→')[0], recommendToday, "today's measured rate moved");
    // The explanation names today's new level: 5,5 less 0,25 for failures, against the promise 8.
    assert.match(
      await text(page, '#gap-cost-why p:not(.why__spread)'),
      /kokevat tason 5,3, kun lupaus on 8\. Koettu palvelu jää 2,8 pistettä alle lupauksen \(8\)/,
    );
  });
});

test('switching the language rewrites the numbers, the words and the date on screen', async () => {
  await withApp('en-US', async (page) => {
    // Rounded to what the likely ranges support once they are known: read them then.
    await rangesSettled(page);
    const spend = await text(page, '#spend-uplift');
    const recommend = await text(page, '#recommend');
    assert.match(recommend, /^\d+%\s*→\s*\d+%$/, `English: today → plan, no space: ${recommend}`);
    assert.match(spend, /^\+?\d+\.\d%$/, `English: a point and no space: ${spend}`);
    assert.equal(await text(page, '#results-heading'), 'Results');
    assert.equal(await text(page, '#details-why > summary'), 'How are these calculated?');
    assert.match(await text(page, '#colophon'), /model v[\d.]+ · [A-Z][a-z]+ \d{1,2}, \d{4}$/);

    await page.locator('#lang').selectOption('fi');
    await poll(() => text(page, '#spend-uplift'), (t) => t !== spend, { what: '#spend-uplift to be rewritten' });
    const fi = await text(page, '#spend-uplift');
    assert.equal(
      (await text(page, '#recommend')).replace(/\s/g, ' '),
      recommend.replace(/\s/g, ' ').replace(/(\d)%/g, '$1 %'),
      'the rates with a space before the percent sign',
    );
    assert.match(await text(page, '#worth'), /^[+\u2212-][\d\u00a0\u202f ]+\s€$/);
    assert.equal(fi, `${spend.replace('.', ',').replace('%', '')}\u00a0%`, 'a decimal comma, a no-break space');
    assert.equal(await text(page, '#results-heading'), 'Tulokset');
    assert.equal(await text(page, '#details-why > summary'), 'Miten luvut lasketaan?');
    assert.match(await text(page, '#colophon'), /malli v[\d.]+ · \d{1,2}\.\d{1,2}\.\d{4}$/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
  });
});

test('an edited assumption is marked in the panel and the results, links to its field, and resets', async () => {
  await withApp('en-US', async (page) => {
    const recommend = await readNumber(page, '#recommend', 'en-US');
    await openAssumptions(page);
    const row = page.locator('#a_rg-row');
    assert.equal(await page.locator('#edited-notice').count(), 0, 'nothing edited yet');
    assert.equal(await page.locator('#a_rg-reset').count(), 0, 'no reset before an edit');
    // Where each figure comes from: a seed figure with its quote, a published study, or an
    // assumption with its reason; intentions are said as intentions.
    const source = await text(page, '#a_rg-source');
    assert.match(source, /^Seed figure · Temkin Group$/m);
    assert.match(source, /^The seed text says: .*77%.*\(Temkin Group\)$/m);
    assert.match(source, /over 77% say they would recommend/);
    assert.match(source, /A stated intention, not behaviour: the model uses 33% of it/);
    assert.match(source, /Source value 77%/);
    assert.match(await text(page, '#a_rg-label'), /^Say they would recommend after a good experience/);
    assert.match(await text(page, '#a_sdr-source'), /^Published study · Kumar, Petersen & Leone 2007$/m);
    assert.doesNotMatch(await text(page, '#a_sdr-source'), /seed text/i);
    assert.match(await text(page, '#a_rn-source'), /^Assumption: after an ordinary experience 30% say they would recommend, .+\./);
    assert.doesNotMatch(await page.locator('#assumptions-details').innerText(), /Seed text|\.txt/);

    await page.locator('#a_rg').fill('90');
    await poll(() => readNumber(page, '#recommend', 'en-US'), (v) => v > recommend, {
      what: 'the recommendation rate to rise with the edit',
    });
    // Marked in the panel…
    assert.match(await row.getAttribute('class'), /assumption--edited/);
    assert.match(await text(page, '#a_rg-label'), /edited/);
    assert.equal(await text(page, '#assumptions-edited'), '1 edited');
    // …and in the results: the notice with the value and its source, and the explanation.
    const notice = await text(page, '#edited-notice');
    assert.match(notice, /Say they would recommend after a good experience: 90% \(source value 77%\)/);
    assert.match(await page.locator('.results').getAttribute('class'), /results--edited/);
    await openSection(page, '#details-why');
    assert.match(await text(page, '#recommend-why'), /After a good experience 90% say they would recommend/);
    assert.match(await text(page, '#recommend-why .why__edited'), /Say they would recommend after a good experience/);

    // The notice's link opens the closed panel at the field.
    await page.locator('#assumptions-details > summary').click();
    assert.equal(await page.locator('#assumptions-details').evaluate((d) => d.open), false);
    // The edit is kept in the share link once it has rested; wait for that before comparing.
    await poll(() => page.evaluate(() => location.hash), (h) => h.includes('a_rg=90'), {
      what: 'the edit in the share link',
    });
    const url = page.url();
    await page.locator('#edited-notice a').click();
    assert.equal(await page.locator('#assumptions-details').evaluate((d) => d.open), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'a_rg');
    assert.equal(page.url(), url, 'the link leaves the URL alone');

    await page.locator('#a_rg-reset').click();
    await poll(() => readNumber(page, '#recommend', 'en-US'), (v) => v === recommend, {
      what: 'the recommendation rate to return',
    });
    assert.equal(await page.locator('#a_rg').inputValue(), '77');
    assert.doesNotMatch(await row.getAttribute('class'), /assumption--edited/);
    assert.equal(await page.locator('#edited-notice').count(), 0, 'the notice goes');
    assert.equal(await page.locator('#assumptions-edited').count(), 0);
    assert.doesNotMatch(await page.locator('.results').getAttribute('class'), /results--edited/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'a_rg', 'focus stays on the field');
  });
});

test('a refused assumption says why by its field and keeps the last good value', async () => {
  await withApp('fi-FI', async (page) => {
    await openAssumptions(page);
    await page.locator('#a_rg').fill('80,5');
    await poll(() => page.locator('#edited-notice').count(), (n) => n === 1, { what: 'the edit' });
    await settle(page);
    const good = await text(page, '#recommend');
    const cases = [
      ['#a_rg', '120', 'Anna luku väliltä 0–100.'],
      ['#a_rg', 'paljon', 'Kirjoita luku, esim. 7,5.'],
      ['#a_nrl', '70', 'Alaraja 70 ei voi olla suurempi kuin yläraja 60.'],
    ];
    for (const [field, typed, message] of cases) {
      await page.locator(field).fill(typed);
      await poll(() => text(page, `${field}-error`), (t) => t === message, { what: `${message} for ${typed}` });
      assert.equal(await page.locator(field).getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator(field).inputValue(), typed, 'the typing stays for correction');
      await settle(page);
      assert.equal(await text(page, '#recommend'), good, `${typed} changed the results`);
    }
    assert.match(await text(page, '#edited-notice'), /80,5\u00a0%/, 'the last good value is in force');
    assert.doesNotMatch(await text(page, '#edited-notice'), /Ei palaa/, 'the refused low end is not');
    // Correcting the text takes it and clears the message.
    await page.locator('#a_rg').fill('77');
    await poll(() => text(page, '#a_rg-error'), (t) => t === '', { what: 'the message to go' });
    assert.equal(await page.locator('#edited-notice').count(), 0, 'back at its source value');
  });
});

test('text typed before the app has caught up stays, with its message', async () => {
  // Two inputs in one go: the second arrives before the first one's value comes back.
  await withApp('en-US', async (page) => {
    await openAssumptions(page);
    for (const [field, good, bad] of [
      ['#delivered', '5', '5x'],
      ['#a_tb', '20', '20x'],
    ]) {
      await page.evaluate(
        ([id, texts]) => {
          const input = document.getElementById(id);
          for (const text of texts) {
            input.value = text;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        },
        [field.slice(1), [good, bad]],
      );
      await poll(() => text(page, `${field}-error`), (t) => t !== '', { what: `the message by ${field}` });
      await settle(page);
      assert.equal(await page.locator(field).inputValue(), bad, `${field}: the typing was replaced`);
      assert.notEqual(await text(page, `${field}-error`), '', `${field}: the message went`);
    }
    assert.equal(await page.locator('#delivered-range').inputValue(), '5', 'the good value was taken');
    assert.match(await text(page, '#edited-notice'), /Told of a bad experience: 20\u00a0people/);
  });
});

test('the return on investment shows only once a programme cost is entered', async () => {
  await withApp('en-US', async (page) => {
    for (const id of ['#roi', '#roi-band', '#payback']) assert.equal(await page.locator(id).count(), 0, `${id} without a cost`);
    assert.match(await text(page, '#investment-hint'), /Enter the programme cost/);
    await rangesSettled(page);
    const worth = await readNumber(page, '#worth', 'en-US');

    await setCost(page, '50000');
    await poll(() => page.locator('#roi').count(), (n) => n === 1, { what: '#roi' });
    assert.match(await text(page, '#roi'), /^−?[\d,]+%$/);
    await rangesSettled(page);
    assert.match(await text(page, '#roi-band'), /^likely −?[\d,]+% to −?[\d,]+% \(P10–P90\)$/);
    assert.match(await text(page, '#payback'), /^\d+\.\d years$|^Not paid back/);
    assert.equal(await page.locator('#investment-hint').count(), 0);
    // The plan's worth is after its costs: a one-off cost now takes its euros off. The figures
    // are rounded to what their likely range supports (€100,000 steps here), so a large cost.
    await setCost(page, '500000');
    await rangesSettled(page);
    await poll(() => readNumber(page, '#worth', 'en-US'), (v) => Math.abs(worth - 500000 - v) <= 50000, {
      what: "the plan's worth to fall by the cost",
    });
    // A cost per year as well: a dearer plan returns less.
    const roi = await readNumber(page, '#roi', 'en-US');
    await page.locator('#cost-per-period').fill('20000');
    await poll(() => readNumber(page, '#roi', 'en-US'), (v) => v < roi, { what: 'a lower return' });

    await setCost(page, '0');
    await page.locator('#cost-per-period').fill('0');
    await poll(() => page.locator('#roi').count(), (n) => n === 0, { what: '#roi to go' });
    assert.equal(await page.locator('#payback').count(), 0);
    await poll(() => readNumber(page, '#worth', 'en-US'), (v) => v === worth, { what: 'the worth to return' });
  });
});

test('on paper: the date and model version, the handout instead of the page, no controls', async () => {
  const { version } = (await readFile(path.join(REPO, 'Cargo.toml'), 'utf8')).match(
    /^version = "(?<version>[^"]+)"/m,
  ).groups;
  await withApp('fi-FI', async (page) => {
    await page.emulateMedia({ media: 'print' });
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
    });
    const colophon = page.locator('#colophon');
    assert.ok(await colophon.isVisible());
    assert.equal(await colophon.innerText(), `Promise Gap · malli v${version} · ${today}`);
    // The handout (handout.test.mjs) instead of the page's inputs, sections and controls.
    assert.ok(await page.locator('#handout').isVisible());
    for (const selector of ['#lang', '#delivered-range', 'main.layout', '#compare-heading', '#print-summary']) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is on paper`);
    }
    // The same page on screen: no handout, the page as it was.
    await page.emulateMedia({ media: 'screen' });
    await poll(() => page.locator('#handout').count(), (n) => n === 0, { what: 'the handout to go' });
    assert.ok(await page.locator('main.layout').isVisible());
    assert.equal(await page.locator('#recommend-why p').isVisible(), false);
  });
});

/** Presses Tab until `done(focused)` or the focus has gone round; returns what was focused. */
async function tabUntil(page, done, limit = 400) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: el.id || `${el.tagName}:${el.closest('[id]')?.id}:${el.textContent.slice(0, 30)}`,
        tag: el.tagName,
        open: el.tagName === 'SUMMARY' ? el.parentElement.open : undefined,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (focused === null || seen.some((f) => f.key === focused.key && f.key === seen[0].key)) break;
    seen.push(focused);
    if (done(focused)) break;
  }
  return seen;
}

test('the keyboard alone reaches every control with a visible focus, and edits and resets an assumption', async () => {
  await withApp('en-US', async (page) => {
    // Round one: Tab through everything, opening each closed section with Enter on its summary.
    const reached = new Set();
    for (;;) {
      const seen = await tabUntil(page, (f) => f.tag === 'SUMMARY' && !f.open && !reached.has(f.key));
      for (const f of seen) {
        assert.ok(f.outline, `no visible focus on ${f.key}`);
        reached.add(f.key);
      }
      const last = seen.at(-1);
      if (!last || last.tag !== 'SUMMARY' || last.open) break;
      await page.keyboard.press('Enter');
      // A disclosure builds its content on its toggle event, a task after the key: a person's
      // next Tab comes later than that.
      await settle(page);
      await page.evaluate(() => document.activeElement.blur());
    }
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button, summary, a[href], textarea')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.id || `${el.tagName}:${el.closest('[id]')?.id}:${el.textContent.slice(0, 30)}`),
    );
    assert.ok(controls.length > 60, `only ${controls.length} controls`);
    const missed = controls.filter((c) => !reached.has(c));
    assert.deepEqual(missed, [], 'controls the Tab key never reached');

    // Round two: edit and reset an assumption with the keys alone.
    await page.evaluate(() => document.activeElement.blur());
    await tabUntil(page, (f) => f.key === 'a_rg');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('85');
    await poll(() => page.locator('#a_rg-reset').count(), (n) => n === 1, { what: 'the reset button' });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'a_rg-reset');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#a_rg').inputValue(), (v) => v === '77', { what: 'the source value' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'a_rg');
    assert.equal(await page.locator('#edited-notice').count(), 0);
  });
});

test('fits 320 px to desktop widths with every section open, in both languages', async () => {
  for (const locale of ['fi-FI', 'en-US']) {
    for (const width of [320, 768, 1280]) {
      await withApp(
        locale,
        async (page) => {
          await setCost(page, '1000000');
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await page.locator('#a_lah').fill('1'); // a long refusal message
          await page.locator('#delivered').fill('4'); // signed changes, bands everywhere
          await settle(page);
          const [scroll, inner, wide] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            innerWidth,
            [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-scroll'))
              .slice(0, 3)
              .map((e) => `${e.tagName}#${e.id}.${e.className} ${(e.textContent ?? '').slice(0, 40)}`),
          ]);
          assert.ok(scroll <= inner, `${locale} at ${width}px: ${scroll}px wide: ${wide.join(' | ')}`);
          // Nothing sticks out of its card either (a clipped or overflowing value).
          const overflowing = await page.evaluate(() =>
            [...document.querySelectorAll('.figure, .detail, .assumption')]
              .filter((el) => el.scrollWidth > el.clientWidth + 1)
              .map((el) => el.querySelector('[id]')?.id ?? el.className),
          );
          assert.deepEqual(overflowing, [], `${locale} at ${width}px`);
        },
        { viewport: { width, height: 800 } },
      );
    }
  }
});
