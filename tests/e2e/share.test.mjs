// End-to-end: share links, saved state, export and import, against the release build in
// headless Chromium, with the inputs people and hostile links and files really give.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openApp, openPage, poll, resultTexts, serveAndLaunch, settle, waitForApp } from './helpers.mjs';

const STORAGE_KEY = 'promise-gap:state';
const CANNOT_REMEMBER = 'This browser does not let the calculator remember your work.';

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
const field = (page, id) => page.locator(`#${id}`).inputValue();
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
const waitForLink = (page, accept = (h) => h.startsWith('#v=1&')) =>
  poll(() => page.evaluate(() => location.hash), accept, { what: 'the share link in the URL' });

/** Waits for a notice containing `text`. */
const waitForNotice = (page, text) =>
  poll(() => noticeText(page), (t) => t.includes(text), { what: `a notice saying ${JSON.stringify(text)}` });

/** Sets a few inputs away from their defaults; returns the results they give. */
async function makeWork(page) {
  await retype(page, 'promise', '8', '8');
  await retype(page, 'delivered', '6,5', '6.5');
  await retype(page, 'delight', '2', '2');
  await settle(page);
  return resultTexts(page);
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
    await settle(page);
    shown = await resultTexts(page);
    await waitForLink(page, (h) => h.includes('lang=fi') && h.includes('&d=6.5&'));
    assert.equal(await page.evaluate(() => history.length), entries, 'changes added history entries');

    await page.locator('#copy-link').click();
    await poll(() => page.locator('#copy-status').innerText(), (t) => t === 'Linkki kopioitu', {
      what: 'the copy confirmation',
    });
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await page.evaluate(() => location.href));
    // A name nobody gave follows the language.
    assert.match(link, /#v=1&lang=fi&s=Skenaario\+1&p=8&d=6\.5&k=2&/);
  });

  // Another person, another language preference, nothing saved: the link decides.
  const { context, page, errors } = await openPage(env.browser, { locale: 'en-GB' });
  try {
    await page.goto(link);
    await waitForApp(page);
    await poll(() => resultTexts(page), (t) => t.join() === shown.join(), { what: 'the same results' });
    assert.equal(await field(page, 'delivered'), '6,5');
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
    await poll(() => saved(page), (s) => s?.includes('"d": 6.5'), { what: 'the saved state' });

    await page.reload();
    await waitForApp(page);
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'results after reload' });

    // The next visit, without the link: from storage.
    await page.goto(env.server.url);
    await waitForApp(page);
    await poll(() => field(page, 'delivered'), (v) => v === '6.5', { what: 'the saved delivered level' });
    assert.deepEqual(await resultTexts(page), work);
    assert.equal(await noticeText(page), '');

    await page.locator('#start-over').click();
    await poll(() => field(page, 'delivered'), (v) => v === '7', { what: 'the default delivered level' });
    assert.notDeepEqual(await resultTexts(page), work);
    await waitForNotice(page, 'Started over from the defaults.');
    // The defaults are not remembered: no link and nothing saved.
    await poll(() => saved(page), (s) => s === null, { what: 'storage cleared' });
    assert.equal(await page.evaluate(() => location.hash), '');

    await page.locator('.notice__undo').click();
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'the work back' });
    assert.equal(await noticeText(page), '');
    await poll(() => saved(page), (s) => s?.includes('"d": 6.5'), { what: 'the work saved again' });
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
    await waitForLink(page, (h) => h.includes('&d=6.5&'));
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
    assert.equal(doc.version, 1);
    assert.equal(doc.lang, 'en');
    assert.equal(doc.scenarios.length, 1);
    assert.deepEqual([doc.scenarios[0].inputs.p, doc.scenarios[0].inputs.d, doc.scenarios[0].inputs.k], [8, 6.5, 2]);
    assert.equal(Object.keys(doc.scenarios[0].inputs).length, 16, 'every input');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    assert.match(csv.suggestedFilename(), /^promise-gap-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvFile = path.join(tmp, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const text = await readFile(csvFile, 'utf8');
    assert.ok(text.startsWith('\ufeffScenario,Year,Recommendation rate (%),'), text.slice(0, 80));
    const rows = text.slice(1).trimEnd().split('\r\n');
    assert.equal(rows.length, 1 + 3, 'a header and one row per year of the horizon');
    for (const row of rows.slice(1)) {
      const cells = row.split(',');
      assert.equal(cells.length, rows[0].split(',').length - 2, 'as many cells as columns');
      for (const cell of cells.slice(2)) assert.match(cell, /^-?\d+\.\d+$/, `plain number: ${cell}`);
    }

    await page.locator('#start-over').click();
    await poll(() => field(page, 'delivered'), (v) => v === '7', { what: 'defaults' });

    await page.locator('#open-file-input').setInputFiles(file);
    await poll(() => resultTexts(page), (t) => t.join() === work.join(), { what: 'the imported results' });
    assert.equal(await field(page, 'delivered'), '6.5');
    await waitForNotice(page, `Opened ${json.suggestedFilename()}.`);
    assert.match(await noticeText(page), /Back to your earlier work/);
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
      version: 1,
      lang: 'en',
      active: 2,
      scenarios: [
        { name: 'Today', inputs: { p: 7, d: 7 } },
        { name: 'Target', inputs: { p: 9, d: 4.5 } },
      ],
    };
    await dropFile(page, { name: 'plan.json', text: JSON.stringify(doc) });
    await poll(() => field(page, 'promise'), (v) => v === '9', { what: 'the dropped promise' });
    assert.equal(await field(page, 'delivered'), '4.5');
    assert.equal(await page.locator('.drop-hint').count(), 0);
    await waitForNotice(page, 'Opened plan.json.');
  });
});

test('a link with bad values applies the rest and names each refused field', async () => {
  const long = '9'.repeat(200);
  const hash =
    `#v=1&lang=en&p=7,5&d=1e309&k=NaN&n=-0&h=99&ch=15%25&c=+10+000+&rev=${long}` +
    '&zz=1&p=9&m=abc&rq=%20%2050%20%25%20';
  await withApp({ hash }, async (page) => {
    await waitForNotice(page, 'Not everything in the link was used.');
    const notice = await noticeText(page);
    for (const line of [
      'Unknown field “zz” was ignored.',
      '“Promise” was given more than once; the first one was used.',
      'Delivered service: That number is too large.',
      'Delightful surprises: Type a number, e.g. 7.5.',
      'Horizon: Enter a number from 1 to 20.',
      'Revenue per customer: That is too long for a number.',
      'Irrelevant messages: Type a number, e.g. 7.5.',
    ]) {
      assert.ok(notice.includes(line), `missing ${JSON.stringify(line)} in ${notice}`);
    }
    // Applied: `7,5`, `-0`, `15%`, spaces and grouping; refused ones keep their defaults.
    const values = {};
    for (const id of ['promise', 'delivered', 'delight', 'negative-surprises', 'horizon', 'baseline-churn', 'customers', 'recovery']) {
      values[id] = await field(page, id);
    }
    assert.deepEqual(values, {
      promise: '7.5',
      delivered: '7',
      delight: '1',
      'negative-surprises': '0',
      horizon: '3',
      'baseline-churn': '15',
      customers: '10000',
      recovery: '50',
    });
    // The address bar now holds the link as it was applied.
    await waitForLink(page, (h) => h.includes('&p=7.5&d=7&') && !h.includes('zz'));
  });
});

test('corrupted saved state is reported, and what is good in it is restored', async () => {
  await withApp({}, async (page) => {
    const setSaved = (text) => page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, text]);
    await setSaved('{"app": "promise-gap", "version": 1, "scenarios": [{"inputs": {"p": 9');
    await page.reload();
    await waitForApp(page);
    await waitForNotice(page, 'Your saved work could not be restored, so the calculator starts from the defaults.');
    assert.equal(await field(page, 'promise'), '7');
    await settle(page);
    assert.ok((await saved(page)).endsWith('"p": 9'), 'the unreadable saved state is left as it was');

    await setSaved('{"version": 1, "scenarios": [{"inputs": {"p": 9, "d": 99, "k": "NaN"}}]}');
    await page.reload();
    await waitForApp(page);
    await waitForNotice(page, 'Not all of your saved work could be restored.');
    const notice = await noticeText(page);
    assert.ok(notice.includes('Delivered service: Enter a number from 0 to 10.'), notice);
    assert.ok(notice.includes('Delightful surprises: Type a number, e.g. 7.5.'), notice);
    assert.equal(await field(page, 'promise'), '9');
    assert.equal(await field(page, 'delivered'), '7');
  });
});

test('a link of an unknown version is not used, and the saved work stays', async () => {
  await withApp({}, async (page, context) => {
    await makeWork(page);
    await poll(() => saved(page), (s) => s?.includes('"d": 6.5'), { what: 'the saved state' });
    const other = await context.newPage();
    await other.goto(`${env.server.url}#v=9&p=1`);
    await waitForApp(other);
    await waitForNotice(other, 'The link was not opened: its version “9” is not known.');
    assert.equal(await field(other, 'promise'), '8', 'the saved work, not the link');
    assert.equal(await field(other, 'delivered'), '6.5');
    await other.close();
  });
});

test('a link pasted into the open page replaces the work, which can be brought back', async () => {
  await withApp({}, async (page) => {
    await makeWork(page);
    await waitForLink(page, (h) => h.includes('&d=6.5&'));
    await page.evaluate(() => {
      location.hash = '#v=1&p=3&d=9';
    });
    await poll(() => field(page, 'promise'), (v) => v === '3', { what: 'the pasted link applied' });
    await waitForNotice(page, 'The shared link replaced your earlier work.');
    await page.getByRole('button', { name: 'Back to your earlier work' }).click();
    await poll(() => field(page, 'delivered'), (v) => v === '6.5', { what: 'the earlier work back' });
    assert.equal(await field(page, 'promise'), '8');
    // An in-page anchor is not a share link and changes nothing.
    await page.evaluate(() => {
      location.hash = '#results-heading';
    });
    await settle(page);
    assert.equal(await field(page, 'promise'), '8');
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
    const good = JSON.stringify({ app: 'promise-gap', version: 1, scenarios: [{ inputs: { p: 2 } }] });

    for (const [name, text, reason] of [
      ['cut.json', good.slice(0, good.length / 2), 'it ends too early, so it may have been cut short.'],
      ['photo.json', 'PK\u0003\u0004 not json', 'it is not a JSON file (error at line 1, column 1).'],
      ['new.json', '{"app": "promise-gap", "version": 2, "scenarios": []}', 'its version “2” is not known.'],
      ['other.json', '{"name": "something else"}', 'it is not a Promise Gap file.'],
    ]) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await waitForNotice(page, `${name} was not opened: ${reason}`);
      assert.deepEqual(await resultTexts(page), work, `${name} changed the results`);
      assert.equal(await page.locator('#delivered-range').inputValue(), '6.5');
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
    '#v=1&lang=en&s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E' +
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
    assert.match(value, /#v=1&lang=en&s=Scenario\+1&p=8&d=6\.5&/);
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
    await poll(() => saved(page), (s) => s?.includes('"d": 6.5'), { what: 'the saved state' });
    const before = await saved(page);

    // The embed dialog's preview and a host page's iframe run the app in embed mode.
    await page.goto(`${env.server.url}?embed=1`);
    await waitForApp(page);
    assert.equal(await field(page, 'delivered'), '7', 'starts from the defaults, not the saved work');
    await retype(page, 'delivered', '4', '4');
    await waitForLink(page);
    assert.equal(await saved(page), before, 'the saved work is untouched');

    await page.goto(env.server.url);
    await waitForApp(page);
    await poll(() => field(page, 'delivered'), (v) => v === '6.5', { what: 'the saved delivered level' });
  });
});
