// End-to-end: saved work is never lost without the user's say, against the release build in
// headless Chromium: links looked at, links from another origin, several links in a row, a
// newer version's document, failing storage, names typed, and two tabs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { openApp, poll, serveAndLaunch, settle, waitForApp } from './helpers.mjs';

const WORK = 'promise-gap:state';
const CANNOT_REMEMBER = 'This browser does not let the calculator remember your work.';
const LINK_SHOWN = 'You are looking at a shared link. Your saved work is unchanged';
const EARLIER_KEPT = 'The work saved before is kept under “Earlier work”.';
const OTHER_TAB = 'Updated with the changes saved in another tab.';
/** Longer than the app's write delay (WRITE_AFTER_MS, 300 ms) and a render: whatever it would
 * write by itself has been written. */
const RESTED_MS = 1000;

const env = serveAndLaunch();

/** Errors in the tabs a test opens besides its first (openApp checks that one). */
let tabErrors = [];

/** Runs `body(page, context)` on the app (see openApp), then checks the other tabs' errors. */
const withApp = (options, body) =>
  openApp(env.browser, env.server.url, { locale: 'en-US', acceptDownloads: true, ...options }, async (page, context) => {
    tabErrors = [];
    await body(page, context);
    assert.deepEqual(tabErrors, [], 'errors in other tabs');
  });

/** A page opened in `context` (same origin, same storage) at `hash`, ready. */
async function openTab(context, hash = '', init) {
  const page = await context.newPage();
  page.on('pageerror', (err) => tabErrors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && tabErrors.push(`console: ${msg.text()}`));
  if (init) await page.addInitScript(init);
  await page.goto(env.server.url + hash);
  await waitForApp(page);
  return page;
}

/** The stored work as the app's reader sees it, read without the page's own (maybe blocked) calls. */
const stored = (page) =>
  page.evaluate((key) => (window.__realGet ?? Storage.prototype.getItem).call(localStorage, key), WORK);
/** The stored work's value of input `key` (a share link's key), or null without work. */
async function storedInput(page, key) {
  const text = await stored(page);
  return text === null ? null : JSON.parse(text).scenarios[0].inputs[key];
}
const field = (page, id) => page.locator(`#${id}`).inputValue();
const noticeText = (page) => page.locator('#notices').innerText();
const waitForNotice = (page, text) =>
  poll(() => noticeText(page), (t) => t.includes(text), { what: `a notice saying ${JSON.stringify(text)}` });
const rest = (page) => page.waitForTimeout(RESTED_MS);

/** Types `text` into a field as a person does. */
async function retype(page, id, text) {
  const input = page.locator(`#${id}`);
  await input.selectText();
  await input.pressSequentially(text);
}

/** Today's promise set to `promise`, and waits until it is saved. */
async function work(page, promise) {
  await retype(page, 'promise', String(promise));
  await poll(() => storedInput(page, 'p'), (p) => p === promise, { what: `promise ${promise} saved` });
}

/** The earlier work listed, opened: `[{ what, kind }]`, newest first. */
async function earlierList(page) {
  const details = page.locator('#earlier-work');
  if ((await details.count()) === 0) return [];
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await poll(() => page.locator('.earlier__item').count(), (n) => n > 0, { what: 'the earlier work list' });
  return page.locator('.earlier__item').evaluateAll((items) =>
    items.map((li) => ({ what: li.querySelector('.earlier__what').textContent, kind: li.dataset.kind })),
  );
}

test('a link is looked at without touching saved work; editing or keeping it keeps the work under Earlier work', async () => {
  await withApp({}, async (page, context) => {
    await work(page, 7);
    await page.goto('about:blank');

    const link = await openTab(context, '#v=2&p=3&d=9&d1=4');
    await waitForNotice(link, LINK_SHOWN);
    assert.equal(await field(link, 'promise'), '3');
    await rest(link);
    assert.equal(await storedInput(link, 'p'), 7, 'the link was saved over the work');
    await link.close();

    // The next visit shows the saved work, not the link looked at.
    const next = await openTab(context);
    assert.equal(await field(next, 'promise'), '7');
    assert.equal(await noticeText(next), '');
    await next.close();

    // Editing the link's figures saves them; the work they replace is kept and can be restored.
    const edit = await openTab(context, '#v=2&p=3&d=9&d1=4');
    await retype(edit, 'delivered', '8');
    await poll(() => storedInput(edit, 'd'), (d) => d === 8, { what: 'the edited link saved' });
    assert.equal(await edit.locator('.notice__keep').count(), 0, 'nothing left to keep');
    assert.deepEqual(await earlierList(edit), [{ what: 'Scenario 1', kind: 'earlier' }]);
    await edit.getByRole('button', { name: /^Restore Scenario 1, / }).click();
    await poll(() => field(edit, 'promise'), (p) => p === '7', { what: 'the earlier work back' });
    await waitForNotice(edit, 'Earlier work brought back.');
    await poll(() => storedInput(edit, 'p'), (p) => p === 7, { what: 'the earlier work saved' });
    // Now the link's edited figures are the earlier work.
    await poll(() => earlierList(edit), (l) => l.length === 1, { what: 'one earlier work' });
    await edit.getByRole('button', { name: /^Restore Scenario 1, / }).click();
    await poll(() => field(edit, 'delivered'), (d) => d === '8', { what: 'the edited link back' });
    await edit.close();

    // "Keep this" saves a link as it is.
    const keep = await openTab(context, '#v=2&p=2');
    await waitForNotice(keep, LINK_SHOWN);
    await keep.getByRole('button', { name: 'Keep this' }).click();
    await poll(() => storedInput(keep, 'p'), (p) => p === 2, { what: 'the kept link saved' });
    assert.equal(await keep.locator('.notice__keep').count(), 0);
    const list = await earlierList(keep);
    assert.equal(list.length, 2, JSON.stringify(list));
    // Deleting earlier work removes it from storage.
    await keep.getByRole('button', { name: /^Delete Scenario 1, / }).first().click();
    await poll(() => keep.locator('.earlier__item').count(), (n) => n === 1, { what: 'one entry left' });
    const keys = await keep.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('promise-gap:earlier:')));
    assert.equal(keys.length, 1);
  });
});

test('a page on another origin that opens the app with links changes nothing saved', async () => {
  await withApp({}, async (page, context) => {
    await work(page, 7);
    const attacker = 'http://attacker.test/';
    await context.route(`${attacker}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><p>hello</p>' }),
    );
    const evil = await context.newPage();
    await evil.goto(attacker);
    const app = env.server.url;
    const [popup] = await Promise.all([
      evil.waitForEvent('popup'),
      evil.evaluate((url) => {
        window.w = window.open(`${url}#v=2&p=1&d=1&d1=1`);
      }, app),
    ]);
    await waitForApp(popup);
    await rest(popup);
    // Another link into the same window, then closed by the opener.
    await evil.evaluate((url) => {
      window.w.location = `${url}#v=2&p=2&d=2&d1=2`;
    }, app);
    await poll(() => popup.locator('#promise').inputValue(), (p) => p === '2', { what: 'the second link shown' });
    await rest(popup);
    await evil.evaluate(() => window.w.close());
    await evil.close();

    assert.equal(await storedInput(page, 'p'), 7);
    assert.equal(await field(page, 'promise'), '7', 'the open tab was not changed either');
    const next = await openTab(context);
    assert.equal(await field(next, 'promise'), '7');
    assert.equal(await next.locator('#earlier-work').count(), 0, 'nothing was replaced');
    await next.close();
  });
});

test('after four links pasted in a row and an edit, the first work can be brought back', async () => {
  await withApp({}, async (page) => {
    await work(page, 7);
    for (const p of [1, 2, 3, 4]) {
      await page.evaluate((p) => {
        location.hash = `#v=2&p=${p}`;
      }, p);
      await poll(() => field(page, 'promise'), (v) => v === String(p), { what: `link ${p} shown` });
      await rest(page);
      assert.equal(await storedInput(page, 'p'), 7, `link ${p} was saved`);
    }
    await retype(page, 'delivered', '5');
    await poll(() => storedInput(page, 'd'), (d) => d === 5, { what: 'the edit saved' });
    assert.equal(await storedInput(page, 'p'), 4);
    assert.equal((await earlierList(page)).length, 1);
    await page.getByRole('button', { name: /^Restore Scenario 1, / }).click();
    await poll(() => field(page, 'promise'), (v) => v === '7', { what: 'the first work back' });
    assert.equal(await field(page, 'delivered'), '6.5');
  });
});

test('saved work this version cannot read is set aside, told once, exportable, and never overwritten', async () => {
  const newer = JSON.stringify({ app: 'promise-gap', version: 9, scenarios: [{ name: 'Future', inputs: { p: 6 } }] });
  const damaged = '{"app": "promise-gap", "version": 2, "scenarios": [{"inputs": {"p": 9';
  for (const text of [newer, damaged]) {
    await withApp({}, async (page) => {
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORK, text]);
      await page.reload();
      await waitForApp(page);
      await waitForNotice(page, 'Your saved work could not be read: it may come from a newer Promise Gap.');
      assert.equal(await field(page, 'promise'), '8', 'the defaults');
      assert.equal(await stored(page), null, 'moved away from the work');
      await work(page, 5);
      assert.deepEqual(await earlierList(page), [{ what: 'Saved by another version, cannot be read', kind: 'set-aside' }]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export as a file' }).click(),
      ]);
      assert.equal(await readFile(await download.path(), 'utf8'), text, 'exported exactly as it was stored');

      // Told once: the next visit says nothing, and the document is still there.
      await page.reload();
      await waitForApp(page);
      await settle(page);
      assert.equal(await noticeText(page), '');
      assert.equal(await field(page, 'promise'), '5');
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('promise-gap:set-aside:'))
          .map((k) => localStorage.getItem(k)),
      );
      assert.deepEqual(kept, [text]);
      // Only the user deletes it.
      assert.equal((await earlierList(page)).length, 1);
      await page.getByRole('button', { name: /^Delete Saved by another version/ }).click();
      await poll(() => page.locator('#earlier-work').count(), (n) => n === 0, { what: 'the list to go' });
    });
  }
});

test('when storage fails mid-visit, the saved work stays as it was', async () => {
  // Reads refused (storage disabled by policy): the app says so and writes nothing.
  const refuseReads = () => {
    window.__realGet = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  };
  // Writes refused (full): start over cannot keep the work, so it clears nothing.
  const refuseWrites = () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  };
  await withApp({}, async (page, context) => {
    await work(page, 7);
    await page.goto('about:blank');

    const blocked = await openTab(context, '', refuseReads);
    await waitForNotice(blocked, CANNOT_REMEMBER);
    await retype(blocked, 'promise', '3');
    await rest(blocked);
    await blocked.locator('#start-over').click();
    await rest(blocked);
    assert.equal(await storedInput(blocked, 'p'), 7);
    await blocked.close();

    const full = await openTab(context, '', refuseWrites);
    assert.equal(await field(full, 'promise'), '7');
    await full.locator('#start-over').click();
    await waitForNotice(full, CANNOT_REMEMBER);
    await rest(full);
    assert.equal(await storedInput(full, 'p'), 7, 'start over cleared the work it could not keep');
    await full.close();

    const next = await openTab(context);
    assert.equal(await field(next, 'promise'), '7');
    await next.close();
  });
});

test('a scenario name is saved as it is typed, before the field is left', async () => {
  await withApp({}, async (page) => {
    const name = page.locator('#scenario-name-0');
    await name.click();
    await name.selectText();
    await name.pressSequentially('Summer plan');
    await poll(() => stored(page), (s) => s?.includes('"name": "Summer plan"'), { what: 'the name saved' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'scenario-name-0', 'still in the field');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('#scenario-name-0').inputValue(), 'Summer plan');
  });
});

test('two tabs: edits reach the other tab, starting over keeps the work, and a stale tab loses nothing', async () => {
  await withApp({}, async (a, context) => {
    const b = await openTab(context);
    await work(a, 7);
    await poll(() => field(b, 'promise'), (p) => p === '7', { what: 'tab B to follow A' });
    await waitForNotice(b, OTHER_TAB);
    await retype(b, 'delivered', '5');
    await poll(() => field(a, 'delivered'), (d) => d === '5', { what: 'tab A to follow B' });
    await rest(a);
    assert.deepEqual([await storedInput(a, 'p'), await storedInput(a, 'd')], [7, 5], 'both edits saved');

    // B starts over while A is open: A follows, and the work is kept.
    await b.locator('#start-over').click();
    await poll(() => field(a, 'promise'), (p) => p === '8', { what: 'tab A to start over too' });
    await rest(a);
    await a.goto('about:blank');
    await b.close();
    const next = await openTab(context);
    assert.equal(await field(next, 'promise'), '8');
    assert.equal((await earlierList(next)).length, 1, 'the work is kept');
    await next.getByRole('button', { name: /^Restore Scenario 1, / }).click();
    await poll(() => field(next, 'delivered'), (d) => d === '5', { what: 'the work back' });
    await rest(next);

    // A tab that missed the other's save (asleep, or its events lost) writes its own edit and
    // keeps the newer work as earlier work, with a notice.
    const deaf = () => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
    const stale = await openTab(context, '', deaf);
    await work(next, 6);
    await retype(stale, 'plan-delivered', '9');
    await poll(() => storedInput(stale, 'd1'), (d) => d === 9, { what: "the stale tab's edit saved" });
    await waitForNotice(stale, EARLIER_KEPT);
    const list = await earlierList(stale);
    assert.equal(list.length, 1, JSON.stringify(list));
    await stale.getByRole('button', { name: /^Restore Scenario 1, / }).click();
    await poll(() => field(stale, 'promise'), (p) => p === '6', { what: "the other tab's work back" });
    await stale.close();
    await next.close();
  });
});
