// End-to-end: share links, saved state, export and import, against the release build in
// headless Chromium, with the inputs people and hostile links and files really give.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  openApp,
  openPage,
  poll,
  rangesSettled,
  readNumber,
  resultTexts,
  serveAndLaunch,
  settle,
  waitForApp,
} from './helpers.mjs';

const STORAGE_KEY = 'promise-gap:state';
const CANNOT_REMEMBER = 'This browser does not let the calculator remember your work.';

/** Every input's key in links and files, in the order the app writes them (InputId::ALL). */
const INPUT_KEYS = [
  ...['p', 'd', 'k', 'n', 'rq', 'm'],
  ...['p1', 'd1', 'k1', 'n1', 'rq1', 'm1'],
  ...['c', 'rev', 'gm', 'ch', 'rr', 'pr', 'nc', 'mk', 'reach', 'h', 'ru', 'c0', 'cp', 'dr', 'risk'],
];

/** The notice a model version 1 link, file or saved work opens with (src/i18n/keys.rs). */
const MIGRATED = {
  link: 'This link was made with version 1 of the model',
  file: 'This file was made with version 1 of the model',
  saved: 'Your saved work was made with version 1 of the model',
  lines: [
    "Promise, delivery, delightful surprises, service failures, recovery and irrelevant messages are taken as today's figures.",
    'The plan starts from today, with delivery raised to the promise: the plan closes the gap.',
    'New customers a year = churn × customers, so the customer base holds steady.',
    'New inputs take their defaults: gross margin 40%, market size 200,000, ramp-up 1\u00a0year and risk adjustment 15%.',
    'How long delight lasts was dropped: the plan delights for as long as it runs.',
  ],
};

const env = serveAndLaunch();
let tmp;

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'promise-gap-share-'));
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Runs `body(page, context)` on the app opened at `hash` in a fresh context (see helpers.mjs). */
const withApp = ({ locale = 'en-US', hash = '', init, permissions } = {}, body) =>
  openApp(env.browser, env.server.url + hash, { locale, acceptDownloads: true, init, permissions }, body);
/** Opens the closed input sections (advanced levers, business figures, investment), whose
 * fields are built only once opened, the way a person does: a click on each summary. */
async function openInputSections(page) {
  const closed = page.locator('details.more:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}
/** A field's text; opens the input sections first if the field is in a closed one. */
async function field(page, id) {
  const input = page.locator(`#${id}`);
  if ((await input.count()) === 0) await openInputSections(page);
  return input.inputValue();
}
/** The fields `ids` as `{ id: text }`. */
async function fields(page, ids) {
  const values = {};
  for (const id of ids) values[id] = await field(page, id);
  return values;
}
/** The `key=value` pairs of a share link (or its fragment), as URLSearchParams reads them. */
const linkParams = (link) => [...new URLSearchParams(link.slice(link.indexOf('#') + 1))];
const noticeText = (page) => page.locator('#notices').innerText();
const saved = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Replaces a field's text by typing, as a person would, and waits for the slider to follow. */
async function retype(page, id, text, sliderValue) {
  const input = page.locator(`#${id}`);
  await input.selectText();
  await input.pressSequentially(text);
  if (sliderValue !== undefined) {
    await poll(() => page.locator(`#${id}-range`).inputValue(), (v) => v === sliderValue, {
      what: `#${id}-range at ${sliderValue}`,
    });
  }
}

/** Waits until the state has been written to the address bar (and storage, where it works). */
const waitForLink = (page, accept = (h) => h.startsWith('#v=2&')) =>
  poll(() => page.evaluate(() => location.hash), accept, { what: 'the share link in the URL' });

/** Waits for a notice containing `text`. */
const waitForNotice = (page, text) =>
  poll(() => noticeText(page), (t) => t.includes(text), { what: `a notice saying ${JSON.stringify(text)}` });

/** Sets a few inputs away from their defaults (today's promise 8 → 7 and delivery 6.5 → 5.5,
 * the plan's delight 1 → 2); returns the results they give. */
async function makeWork(page) {
  await retype(page, 'promise', '7', '7');
  await retype(page, 'delivered', '5,5', '5.5');
  await retype(page, 'plan-delight', '2', '2');
  // Rounded to what the likely ranges support: read once they are known.
  await rangesSettled(page);
  return resultTexts(page);
}

/** The cells of a CSV (RFC 4180: quoted cells, doubled quotes, CRLF), without its BOM. */
function parseCsv(text) {
  const rows = [];
  for (const line of text.replace(/^\ufeff/, '').split('\r\n').slice(0, -1)) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (c === '"' && quoted && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = !quoted;
      } else if (c === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else {
        cell += c;
      }
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

/** Drops a file made in the page (name, text or byte size) onto the page, as a person would. */
function dropFile(page, { name, text, bytes }) {
  return page.evaluate(
    ({ name, text, bytes }) => {
      const content = bytes === undefined ? [text] : [new Uint8Array(bytes)];
      const dt = new DataTransfer();
      dt.items.add(new File(content, name, { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    { name, text, bytes },
  );
}

test('a copied link opens with identical results in a fresh browser, without flooding history', async () => {
  let link;
  let shown;
  await withApp({ permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
    const entries = await page.evaluate(() => history.length);
    await makeWork(page);
    await page.locator('#lang').selectOption('fi');
    // Rounded to what the likely ranges support: compared once they are known on both sides.
    await rangesSettled(page);
    shown = await resultTexts(page);
    await waitForLink(page, (h) => h.includes('lang=fi') && h.includes('&d=5.5&') && h.includes('&k1=2&'));
    assert.equal(await page.evaluate(() => history.length), entries, 'changes added history entries');

    await page.locator('#copy-link').click();
    await poll(() => page.locator('#copy-status').innerText(), (t) => t === 'Linkki kopioitu', {
      what: 'the copy confirmation',
    });
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await page.evaluate(() => location.href));
    // A name nobody gave follows the language; today's levers, then the plan's, then the rest.
    assert.match(link, /#v=2&lang=fi&s=Skenaario\+1&p=7&d=5\.5&k=1&n=1&rq=50&m=2&p1=8&d1=8&k1=2&n1=1&/);
    assert.deepEqual(
      linkParams(link).map(([k]) => k),
      ['v', 'lang', 's', ...INPUT_KEYS],
      'every input, once',
    );
  });

  // Another person, another language preference, nothing saved: the link decides.
  const { context, page, errors } = await openPage(env.browser, { locale: 'en-GB' });
  try {
    await page.goto(link);
    await waitForApp(page);
    await rangesSettled(page);
    await poll(() => resultTexts(page), (t) => t.join() === shown.join(), { what: 'the same results' });
    assert.deepEqual(await fields(page, ['promise', 'delivered', 'plan-delight', 'plan-delivered']), {
      promise: '7',
      delivered: '5,5',
      'plan-delight': '2',
      'plan-delivered': '8',
    });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
    assert.equal(await noticeText(page), '', 'a clean link gives no notice');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('work is restored after a reload and on the next visit, and start over can be undone', async () => {
  await withApp({}, async (page) => {
    const work = await makeWork(page);
    await poll(() => saved(page), (s) => s?.includes('"d": 5.5') && s.includes('"k1": 2'), { what: 'the saved state' });
    assert.equal(JSON.parse(await saved(page)).version, 2);

    await page.reload();
    await waitForApp(page);
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'results after reload' });

    // The next visit, without the link: from storage.
    await page.goto(env.server.url);
    await waitForApp(page);
    await poll(() => field(page, 'delivered'), (v) => v === '5.5', { what: 'the saved delivered level' });
    assert.equal(await field(page, 'plan-delight'), '2');
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'results on the next visit' });
    assert.equal(await noticeText(page), '');

    await page.locator('#start-over').click();
    await poll(() => field(page, 'delivered'), (v) => v === '6.5', { what: 'the default delivered level' });
    assert.deepEqual(await fields(page, ['promise', 'plan-delight']), { promise: '8', 'plan-delight': '1' });
    assert.notDeepEqual(await resultTexts(page), work);
    await waitForNotice(page, 'Started over from the defaults.');
    // The defaults are not remembered: no link and nothing saved.
    await poll(() => saved(page), (s) => s === null, { what: 'storage cleared' });
    assert.equal(await page.evaluate(() => location.hash), '');

    await page.locator('.notice__undo').click();
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'the work back' });
    assert.equal(await noticeText(page), '');
    assert.equal(await field(page, 'plan-delight'), '2');
    await poll(() => saved(page), (s) => s?.includes('"d": 5.5'), { what: 'the work saved again' });
  });
});

test('with storage blocked the app works, still shares, and says once that it cannot remember', async () => {
  const blockStorage = () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  };
  await withApp({ init: blockStorage }, async (page) => {
    await waitForNotice(page, CANNOT_REMEMBER);
    const before = await resultTexts(page);
    const work = await makeWork(page);
    assert.notDeepEqual(work, before, 'inputs still change the results');
    await waitForLink(page, (h) => h.includes('&d=5.5&') && h.includes('&k1=2&'));
    await retype(page, 'delivered', '5', '5');
    await waitForLink(page, (h) => h.includes('&d=5&'));
    assert.equal(await page.locator('.notice', { hasText: CANNOT_REMEMBER }).count(), 1);
    assert.equal(await page.locator('.notice').count(), 1, 'one notice only');
  });

  // A full storage (quota): refused on writing instead of reading.
  const fullStorage = () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  };
  await withApp({ init: fullStorage }, async (page) => {
    assert.equal(await noticeText(page), '');
    await makeWork(page);
    await waitForNotice(page, CANNOT_REMEMBER);
    await retype(page, 'delivered', '5', '5');
    await waitForLink(page, (h) => h.includes('&d=5&'));
    assert.equal(await page.locator('.notice', { hasText: CANNOT_REMEMBER }).count(), 1);
  });
});

test('JSON export and import round trip, and CSV export for a spreadsheet', async () => {
  await withApp({}, async (page) => {
    const work = await makeWork(page);

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    assert.match(json.suggestedFilename(), /^promise-gap-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(tmp, json.suggestedFilename());
    await json.saveAs(file);
    const doc = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(doc.app, 'promise-gap');
    assert.equal(doc.version, 2);
    assert.equal(doc.lang, 'en');
    assert.equal(doc.scenarios.length, 1);
    const { inputs } = doc.scenarios[0];
    assert.deepEqual(Object.keys(inputs), INPUT_KEYS, 'every input, today then the plan');
    assert.deepEqual(
      [inputs.p, inputs.d, inputs.k, inputs.p1, inputs.d1, inputs.k1, inputs.h],
      [7, 5.5, 1, 8, 8, 2, 3],
    );

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    assert.match(csv.suggestedFilename(), /^promise-gap-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvFile = path.join(tmp, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const text = await readFile(csvFile, 'utf8');
    assert.ok(text.startsWith('\ufeffScenario,Result,Today,Estimate,Likely low (P10),Likely high (P90)\r\n'), text.slice(0, 80));
    // Two tables, an empty line between: the results, then the plan's yearly figures.
    const rows = parseCsv(text);
    const gap = rows.findIndex((r) => r.length === 1 && r[0] === '');
    assert.ok(gap > 0, 'an empty line between the tables');
    const [results, years] = [rows.slice(0, gap), rows.slice(gap + 1)];
    const plain = /^-?\d+(?:\.\d+)?$/;
    for (const row of results.slice(1)) {
      assert.equal(row.length, 6, `as many cells as columns: ${row}`);
      assert.equal(row[0], 'Scenario 1');
      if (row[2] !== '') assert.match(row[2], plain, `plain number: ${row[2]}`);
      for (const cell of row.slice(3)) assert.match(cell, plain, `plain number: ${cell}`);
    }
    const result = (label) => {
      const row = results.find((r) => r[1].startsWith(label));
      assert.ok(row, `a row for ${label} in ${results.map((r) => r[1]).join(' | ')}`);
      return row;
    };
    for (const label of [
      'What the gap costs a year (€)',
      'Change in gross margin over the horizon (€)',
      'Change in gross margin, risk-adjusted (€)',
      'Change in revenue over the horizon (€)',
      'Extra spend per customer',
      'Change in customers',
    ]) {
      result(label);
    }
    // The same figures as on screen (shown rounded), and today's rates are the client's own.
    // The screen rounds to what the likely range supports: by at most a quarter of its width.
    const [worth, p10, p90] = result('What the plan is worth (net present value, risk-adjusted) (€)').slice(3).map(Number);
    const shownWorth = await readNumber(page, '#worth', 'en-US');
    assert.ok(Math.abs(worth - shownWorth) <= (p90 - p10) / 4 + Math.abs(worth) * 0.005, `worth ${worth} against ${shownWorth}`);
    const recommend = result('Say they would recommend (today → the plan');
    assert.equal(recommend[2], '40.00');
    const shownRecommend = await readNumber(page, '#recommend', 'en-US');
    assert.ok(
      Math.abs(Number(recommend[3]) - shownRecommend) <= 0.5,
      `recommend ${recommend[3]} against ${shownRecommend}`,
    );
    assert.equal(result('Churn (today → the plan')[2], '15.00');

    assert.deepEqual(years[0].slice(0, 3), ['Scenario', 'Year', 'Say they would recommend (%)']);
    assert.equal(years.length, 1 + 3, 'a header and one row per year of the horizon');
    for (const [i, row] of years.slice(1).entries()) {
      assert.equal(row.length, years[0].length, 'as many cells as columns');
      assert.deepEqual(row.slice(0, 2), ['Scenario 1', String(i + 1)]);
      for (const cell of row.slice(2)) assert.match(cell, /^-?\d+\.\d+$/, `plain number: ${cell}`);
    }

    await page.locator('#start-over').click();
    await poll(() => field(page, 'delivered'), (v) => v === '6.5', { what: 'defaults' });

    await page.locator('#open-file-input').setInputFiles(file);
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'the imported results' });
    assert.deepEqual(await fields(page, ['promise', 'delivered', 'plan-delight']), {
      promise: '7',
      delivered: '5.5',
      'plan-delight': '2',
    });
    await waitForNotice(page, `Opened ${json.suggestedFilename()}.`);
    assert.match(await noticeText(page), /Back to your earlier work/);
    assert.doesNotMatch(await noticeText(page), /version 1 of the model/, 'a version 2 file is not migrated');
  });
});

test('a file dropped on the page opens, and a dragged file shows where to drop it', async () => {
  await withApp({}, async (page) => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{}'], 'x.json'));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.locator('.drop-hint').waitFor();

    const doc = {
      app: 'promise-gap',
      version: 2,
      lang: 'en',
      active: 2,
      scenarios: [
        { name: 'Today', inputs: { p: 7, d: 7 } },
        { name: 'Target', inputs: { p: 9, d: 4.5, p1: 9.5, d1: 9.5 } },
      ],
    };
    await dropFile(page, { name: 'plan.json', text: JSON.stringify(doc) });
    await poll(() => field(page, 'promise'), (v) => v === '9', { what: 'the dropped promise' });
    assert.deepEqual(await fields(page, ['delivered', 'plan-promise', 'plan-delivered', 'plan-delight']), {
      delivered: '4.5',
      'plan-promise': '9.5',
      'plan-delivered': '9.5',
      'plan-delight': '1',
    });
    assert.equal(await page.locator('.drop-hint').count(), 0);
    await waitForNotice(page, 'Opened plan.json.');
    assert.doesNotMatch(await noticeText(page), /version 1 of the model|Not everything/);
  });
});

test('a link with bad values applies the rest and names each refused field', async () => {
  const long = '9'.repeat(200);
  const hash =
    `#v=2&lang=en&p=7,5&d=1e309&k=NaN&n=-0&h=99&ch=15%25&c=+10+000+&rev=${long}` +
    '&zz=1&p=9&m=abc&rq=%20%2050%20%25%20&p1=9,5&d1=11&k1=abc';
  await withApp({ hash }, async (page) => {
    await waitForNotice(page, 'Not everything in the link was used.');
    const notice = await noticeText(page);
    for (const line of [
      'Unknown field “zz” was ignored.',
      '“Promise today” was given more than once; the first one was used.',
      'Delivered today: That number is too large.',
      'Delightful surprises today: Type a number, e.g. 7.5.',
      'Horizon: Enter a number from 1 to 20.',
      'Revenue per customer: That is too long for a number.',
      'Irrelevant messages today: Type a number, e.g. 7.5.',
      'Delivered in the plan: Enter a number from 0 to 10.',
      'Delightful surprises in the plan: Type a number, e.g. 7.5.',
    ]) {
      assert.ok(notice.includes(line), `missing ${JSON.stringify(line)} in ${notice}`);
    }
    // A version 2 link is not migrated.
    assert.ok(!notice.includes('version 1 of the model'), notice);
    // Applied: `7,5`, `-0`, `15%`, spaces and grouping; refused ones keep their defaults.
    const values = await fields(page, [
      ...['promise', 'delivered', 'delight', 'negative-surprises', 'recovery', 'irrelevant'],
      ...['plan-promise', 'plan-delivered', 'plan-delight'],
      ...['horizon', 'baseline-churn', 'customers', 'revenue-per-customer'],
    ]);
    assert.deepEqual(values, {
      promise: '7.5',
      delivered: '6.5',
      delight: '1',
      'negative-surprises': '0',
      recovery: '50',
      irrelevant: '2',
      'plan-promise': '9.5',
      'plan-delivered': '8',
      'plan-delight': '1',
      horizon: '3',
      'baseline-churn': '15',
      customers: '10000',
      'revenue-per-customer': '500',
    });
    // The address bar now holds the link as it was applied.
    await waitForLink(
      page,
      (h) => h.includes('&p=7.5&d=6.5&k=1&n=0&') && h.includes('&p1=9.5&d1=8&k1=1&') && !h.includes('zz'),
    );
  });
});

/** The version 1 notice on `page`: its heading and its lines. */
const migrationNotice = (page) =>
  page
    .locator('.notice', { has: page.locator('.notice__heading') })
    .evaluateAll((notices) =>
      notices.map((n) => [
        n.querySelector('.notice__heading').innerText,
        ...[...n.querySelectorAll('li')].map((li) => li.innerText),
      ]),
    );

test('a version 1 link, file or saved work opens migrated to version 2 and says what was assumed', async () => {
  // Model version 1's link: one state of the business, with its delight periods and an edited
  // assumption model 2 no longer has.
  const v1 = '#v=1&lang=en&p=9&d=6&kp=2&c=20000&ch=10&a_wc=3';
  let rewritten;
  let shown;
  await withApp({ hash: v1 }, async (page) => {
    await waitForNotice(page, MIGRATED.link);
    assert.deepEqual(await migrationNotice(page), [
      [
        MIGRATED.link,
        ...MIGRATED.lines,
        'Edited assumptions that model 2 no longer has were dropped: word-of-mouth conversion.',
      ],
    ]);
    // `kp` and `a_wc` are dropped as the notice says, not refused as unknown.
    assert.doesNotMatch(await noticeText(page), /Not everything|Unknown field/);
    assert.deepEqual(
      await fields(page, [
        ...['promise', 'delivered', 'delight', 'plan-promise', 'plan-delivered', 'plan-delight'],
        ...['customers', 'baseline-churn', 'new-customers', 'gross-margin', 'market'],
      ]),
      {
        promise: '9',
        delivered: '6',
        delight: '1',
        'plan-promise': '9',
        'plan-delivered': '9',
        'plan-delight': '1',
        customers: '20000',
        'baseline-churn': '10',
        'new-customers': '2000',
        'gross-margin': '40',
        market: '200000',
      },
    );
    // Closing a three-point gap is worth something.
    assert.ok((await readNumber(page, '#worth', 'en-US')) > 0, await page.locator('#worth').innerText());
    await rangesSettled(page);
    shown = await resultTexts(page);
    // The address bar is rewritten as the version 2 link of what was opened.
    rewritten = await waitForLink(page);
    const params = Object.fromEntries(linkParams(rewritten));
    assert.deepEqual(
      linkParams(rewritten).map(([k]) => k),
      ['v', 'lang', 's', ...INPUT_KEYS],
    );
    assert.deepEqual(
      [params.p, params.d, params.p1, params.d1, params.c, params.ch, params.nc],
      ['9', '6', '9', '9', '20000', '10', '2000'],
    );
    assert.ok(!('kp' in params) && !('a_wc' in params), rewritten);
    await poll(() => saved(page), (s) => s !== null && JSON.parse(s).version === 2, { what: 'version 2 saved' });
  });
  // The rewritten link opens the same work elsewhere, without a notice.
  await withApp({ hash: rewritten }, async (page) => {
    await poll(() => resultTexts(page), (t) => t.join() === shown.join(), { what: 'the same results' });
    assert.equal(await noticeText(page), '');
  });

  // A version 1 file imports the same way.
  await withApp({}, async (page) => {
    const doc = {
      app: 'promise-gap',
      version: 1,
      lang: 'en',
      scenarios: [{ name: 'Old', inputs: { p: 9, d: 6, kp: 2, c: 20000, ch: 10 } }],
    };
    await page.locator('#open-file-input').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await waitForNotice(page, MIGRATED.file);
    await waitForNotice(page, 'Opened old.json.');
    assert.deepEqual(await migrationNotice(page), [[MIGRATED.file, ...MIGRATED.lines]]);
    assert.deepEqual(await fields(page, ['promise', 'delivered', 'plan-promise', 'plan-delivered', 'new-customers']), {
      promise: '9',
      delivered: '6',
      'plan-promise': '9',
      'plan-delivered': '9',
      'new-customers': '2000',
    });
    assert.equal(await page.locator('#scenario-name-0').inputValue(), 'Old');
    await poll(() => resultTexts(page), (t) => t.join() === shown.join(), { what: 'the same results as the link' });
    // Kept from now on as version 2.
    await poll(() => saved(page), (s) => s !== null && JSON.parse(s).version === 2, { what: 'version 2 saved' });
    const inputs = JSON.parse(await saved(page)).scenarios[0].inputs;
    assert.deepEqual([inputs.p, inputs.d, inputs.p1, inputs.d1, inputs.nc, inputs.kp], [9, 6, 9, 9, 2000, undefined]);

    // Work saved by version 1 in this browser.
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key, text),
      [STORAGE_KEY, JSON.stringify({ ...doc, scenarios: [{ name: 'Saved', inputs: { p: 7.5, d: 8.5 } }] })],
    );
    await page.goto(env.server.url);
    await waitForApp(page);
    await waitForNotice(page, MIGRATED.saved);
    assert.deepEqual(await migrationNotice(page), [[MIGRATED.saved, ...MIGRATED.lines]]);
    // Delivering above the promise already: the plan is today.
    assert.deepEqual(await fields(page, ['promise', 'delivered', 'plan-promise', 'plan-delivered']), {
      promise: '7.5',
      delivered: '8.5',
      'plan-promise': '7.5',
      'plan-delivered': '8.5',
    });
  });
});

test('corrupted saved state is reported, and what is good in it is restored', async () => {
  await withApp({}, async (page) => {
    const setSaved = (text) => page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, text]);
    // Unreadable saved state is set aside (saved.test.mjs follows it further).
    await setSaved('{"app": "promise-gap", "version": 2, "scenarios": [{"inputs": {"p": 9');
    await page.reload();
    await waitForApp(page);
    await waitForNotice(page, 'Your saved work could not be read');
    assert.equal(await field(page, 'promise'), '8');

    await setSaved('{"version": 2, "scenarios": [{"inputs": {"p": 9, "d": 99, "k": "NaN", "p1": 9.5, "d1": -1}}]}');
    await page.reload();
    await waitForApp(page);
    await waitForNotice(page, 'Not all of your saved work could be restored.');
    const notice = await noticeText(page);
    for (const line of [
      'Delivered today: Enter a number from 0 to 10.',
      'Delightful surprises today: Type a number, e.g. 7.5.',
      'Delivered in the plan: Enter a number from 0 to 10.',
    ]) {
      assert.ok(notice.includes(line), `missing ${JSON.stringify(line)} in ${notice}`);
    }
    assert.ok(!notice.includes('version 1 of the model'), notice);
    assert.deepEqual(await fields(page, ['promise', 'delivered', 'delight', 'plan-promise', 'plan-delivered']), {
      promise: '9',
      delivered: '6.5',
      delight: '1',
      'plan-promise': '9.5',
      'plan-delivered': '8',
    });
  });
});

test('a link of an unknown version is not used, and the saved work stays', async () => {
  await withApp({}, async (page, context) => {
    await makeWork(page);
    await poll(() => saved(page), (s) => s?.includes('"d": 5.5'), { what: 'the saved state' });
    const other = await context.newPage();
    await other.goto(`${env.server.url}#v=3&p=1&d1=1`);
    await waitForApp(other);
    await waitForNotice(other, 'The link was not opened: its version “3” is not known.');
    assert.deepEqual(
      await fields(other, ['promise', 'delivered', 'plan-delivered', 'plan-delight']),
      { promise: '7', delivered: '5.5', 'plan-delivered': '8', 'plan-delight': '2' },
      'the saved work, not the link',
    );
    await other.close();
  });
});

test('a link pasted into the open page is shown instead of the work, which can be brought back', async () => {
  await withApp({}, async (page) => {
    await makeWork(page);
    await waitForLink(page, (h) => h.includes('&d=5.5&'));
    await page.evaluate(() => {
      location.hash = '#v=2&p=3&d=9&d1=4';
    });
    await poll(() => field(page, 'promise'), (v) => v === '3', { what: 'the pasted link applied' });
    assert.deepEqual(await fields(page, ['delivered', 'plan-delivered', 'plan-delight']), {
      delivered: '9',
      'plan-delivered': '4',
      'plan-delight': '1',
    });
    await waitForNotice(page, 'You are looking at a shared link. Your saved work is unchanged');
    await page.getByRole('button', { name: 'Back to your earlier work' }).click();
    await poll(() => field(page, 'delivered'), (v) => v === '5.5', { what: 'the earlier work back' });
    assert.deepEqual(await fields(page, ['promise', 'plan-delivered', 'plan-delight']), {
      promise: '7',
      'plan-delivered': '8',
      'plan-delight': '2',
    });
    // An in-page anchor is not a share link and changes nothing.
    await page.evaluate(() => {
      location.hash = '#results-heading';
    });
    await settle(page);
    assert.equal(await field(page, 'promise'), '7');
    assert.equal(await noticeText(page), '');
  });
});

test('bad files are refused with a reason and lose nothing; a 50 MB file is refused unread', async () => {
  // Counts reads, to show that a file over the limit is never read.
  const countReads = () => {
    window.__reads = 0;
    const read = FileReader.prototype.readAsText;
    FileReader.prototype.readAsText = function (...args) {
      window.__reads += 1;
      return read.apply(this, args);
    };
  };
  await withApp({ init: countReads }, async (page) => {
    const work = await makeWork(page);
    const input = page.locator('#open-file-input');
    const good = JSON.stringify({ app: 'promise-gap', version: 2, scenarios: [{ inputs: { p: 2, d1: 2 } }] });

    for (const [name, text, reason] of [
      ['cut.json', good.slice(0, good.length / 2), 'it ends too early, so it may have been cut short.'],
      ['photo.json', 'PK\u0003\u0004 not json', 'it is not a JSON file (error at line 1, column 1).'],
      ['new.json', '{"app": "promise-gap", "version": 3, "scenarios": [{"inputs": {"p": 2}}]}', 'its version “3” is not known'],
      ['other.json', '{"name": "something else"}', 'it is not a Promise Gap file.'],
    ]) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await waitForNotice(page, `${name} was not opened: ${reason}`);
      assert.deepEqual(await resultTexts(page), work, `${name} changed the results`);
      assert.equal(await page.locator('#delivered-range').inputValue(), '5.5');
      assert.equal(await page.locator('#promise-range').inputValue(), '7');
    }
    const reads = await page.evaluate(() => window.__reads);
    assert.equal(reads, 4);

    // 50 MB through the file picker, and again dropped: refused from its size alone.
    const big = path.join(tmp, 'big.json');
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await input.setInputFiles(big);
    await waitForNotice(page, 'big.json was not opened: it is too large (51,200\u00a0KB; at most 1,024\u00a0KB).');
    await dropFile(page, { name: 'huge.json', bytes: 50 * 1024 * 1024 });
    await waitForNotice(page, 'huge.json was not opened: it is too large');
    assert.equal(await page.evaluate(() => window.__reads), reads, 'a file over the limit was read');
    // The page answers at once.
    await retype(page, 'delivered', '5', '5');
    await poll(() => resultTexts(page), (t) => t.join() !== work.join(), { what: 'results to follow input' });
  });
});

test('markup in links, names and file names is shown as text and never runs', async () => {
  const hash =
    '#v=2&lang=en&s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E' +
    '&%3Cscript%3Ealert(3)%3C%2Fscript%3E=1&lang=%3Cb%3Ebold%3C%2Fb%3E';
  await withApp({ hash }, async (page) => {
    await waitForNotice(page, 'Unknown field “<script>alert(3)</script>” was ignored.');
    await waitForNotice(page, '“lang” was given more than once');
    await page.locator('#open-file-input').setInputFiles({
      name: '<img src=x onerror=alert(4)>.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await waitForNotice(page, '<img src=x onerror=alert(4)>.json was not opened');
    assert.equal(await page.locator('#notices img, #notices script, #notices b').count(), 0);

    // The name is kept as text: it comes back in the exported file exactly.
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const file = path.join(tmp, 'names.json');
    await json.saveAs(file);
    const doc = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(doc.scenarios[0].name, '<img src=x onerror=alert(1)><script>alert(2)</script>');
  });
});

test('when the clipboard is refused, the link is shown selected to copy by hand', async () => {
  const refuseClipboard = () => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  };
  await withApp({ init: refuseClipboard }, async (page) => {
    await makeWork(page);
    await page.locator('#copy-link').click();
    const shown = page.locator('#share-link');
    await shown.waitFor();
    const value = await shown.inputValue();
    assert.match(value, /#v=2&lang=en&s=Scenario\+1&p=7&d=5\.5&.*&k1=2&/);
    // The same link the address bar holds once it has caught up.
    await poll(() => page.evaluate(() => location.href), (href) => href === value, { what: 'the address bar' });
    const selection = await page.evaluate(() => {
      const el = document.activeElement;
      return [el.id, el.selectionStart, el.selectionEnd, el.value.length];
    });
    assert.deepEqual(selection, ['share-link', 0, value.length, value.length]);
    assert.equal(await page.locator('#copy-status').innerText(), '');
  });
});

test('an embedded calculator neither restores nor overwrites the work saved on this origin', async () => {
  await withApp({}, async (page) => {
    await makeWork(page);
    await poll(() => saved(page), (s) => s?.includes('"d": 5.5'), { what: 'the saved state' });
    const before = await saved(page);

    // The embed dialog's preview and a host page's iframe run the app in embed mode.
    await page.goto(`${env.server.url}?embed=1`);
    await waitForApp(page);
    assert.equal(await field(page, 'delivered'), '6.5', 'starts from the defaults, not the saved work');
    assert.equal(await field(page, 'plan-delight'), '1');
    await retype(page, 'delivered', '4', '4');
    await waitForLink(page);
    assert.equal(await saved(page), before, 'the saved work is untouched');

    await page.goto(env.server.url);
    await waitForApp(page);
    await poll(() => field(page, 'delivered'), (v) => v === '5.5', { what: 'the saved delivered level' });
    assert.equal(await field(page, 'plan-delight'), '2');
  });
});
