// End-to-end: the app embedded the way a consultancy embeds it, an iframe on a host page of
// another origin sized by the host script, and the "Embed on your site" dialog that writes the
// snippet. Two servers on 127.0.0.1 with different ports: the app (dist/) and the host pages
// (examples/host.html, and pages written here the way a consultancy would write them).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  DIST_DIR,
  REPO,
  answerText,
  launchBrowser,
  openApp,
  openPage,
  poll,
  rangesSettled,
  readNumber,
  runAxe,
  serveDist,
  settle,
  waitForApp,
} from './helpers.mjs';
import { startServer } from './server.mjs';

let app;
let host;
let hostDir;
let browser;
/** The two origins, e.g. `http://127.0.0.1:41234`. */
let APP;
let HOST;
/** The host script's Subresource Integrity hash, from the built file. */
let INTEGRITY;

const FRAME = 'iframe[data-promise-gap]';

before(async () => {
  app = await serveDist();
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'promise-gap-host-'));
  host = await startServer({ dir: hostDir, csp: false });
  APP = new URL(app.url).origin;
  HOST = new URL(host.url).origin;
  const script = await readFile(path.join(DIST_DIR, 'embed-host-2.0.js'));
  INTEGRITY = `sha384-${createHash('sha384').update(script).digest('base64')}`;
  // The example page as committed, pointed at the two test servers instead of the ports it
  // documents (8080 for the app, 8081 for itself).
  const example = await readFile(path.join(REPO, 'examples/host.html'), 'utf8');
  assert.ok(example.includes('http://127.0.0.1:8080/') && example.includes('http://127.0.0.1:8081'));
  await writeFile(
    path.join(hostDir, 'host.html'),
    example.replaceAll('http://127.0.0.1:8080', APP).replaceAll('http://127.0.0.1:8081', HOST),
  );
  // A page on the host's origin that pretends to be the app once a frame is sent to it.
  await writeFile(
    path.join(hostDir, 'impostor.html'),
    `<!doctype html><html lang="en"><title>impostor</title><script>
      parent.postMessage({ type: 'promise-gap:height', version: 1, height: 4321 }, '*');
      parent.postMessage({ type: 'promise-gap:results', version: 1, recommend: 1 }, '*');
      document.title = 'posted';
    </script></html>`,
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** The host script as the dialog's snippet loads it: versioned, pinned by its hash. */
const hostScript = () =>
  `<script src="${APP}/embed-host-2.0.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`;
/** The first, unversioned host script, as snippets made before version 2.0 load it. */
const firstHostScript = () => `<script src="${APP}/embed-host.js" defer></script>`;

/** A consultancy's page around the snippet for `query`, in a column `width` pixels wide
 * (`100%`: the page's), with the host `script`. */
function hostPage(query, { width = 600, extra = '', script = hostScript(), attributes = '' } = {}) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Consultancy blog</title>
    <link rel="icon" href="data:," />
  </head>
  <body style="margin: 0; font-family: Georgia, serif">
    <main style="width: ${typeof width === 'number' ? `${width}px` : width}; margin: 0 auto">
      <h1>What does the gap cost you?</h1>
      <iframe data-promise-gap src="${APP}/?${query.replaceAll('&', '&amp;')}" title="Promise Gap calculator" height="900"${attributes}></iframe>
      ${script}
      ${extra}
      <p>Talk to us.</p>
    </main>
  </body>
</html>`;
}

let pages = 0;
/** Writes `html` as a new page on the host origin; resolves to its URL. */
async function hostUrl(html) {
  const name = `page-${++pages}.html`;
  await writeFile(path.join(hostDir, name), html);
  return `${host.url}${name}`;
}

/**
 * Opens `url` (a host page) in a new context, runs `body({ page, frame, context, messages })`, then checks
 * that nothing logged an error and that every request went to one of the two origins. `frame`
 * is the registered iframe's app, ready and sized; `messages()` lists what the host window
 * received by postMessage, as `{ origin, data }`.
 */
async function withHost(url, body, contextOptions = {}) {
  const { context, page, errors } = await openPage(browser, contextOptions);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  // In every frame, but recording only in the host's own window.
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.received = [];
    addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  });
  try {
    await page.goto(url);
    const frame = await appFrame(page);
    await body({ page, frame, context, messages: () => page.evaluate(() => window.received) });
    await settle(page);
    assert.deepEqual(errors, [], 'console errors or page errors');
    assert.deepEqual(dialogs, [], 'alert, confirm or prompt dialogs');
    const origins = new Set(requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins].filter((o) => o !== APP && o !== HOST), [], 'third-party requests');
  } finally {
    await context.close();
  }
}

/** The registered iframe's app, once it is ready, its likely ranges have arrived (they change
 * its height after the first paint) and the host script has sized the frame. */
async function appFrame(page) {
  const frame = await (await page.waitForSelector(FRAME)).contentFrame();
  await waitForApp(frame);
  await poll(
    () => frame.evaluate(() => !!document.querySelector('#pays-back') && !document.querySelector('.band--stale')),
    (settled) => settled,
    { timeout: 10_000, what: 'the likely ranges in the frame' },
  );
  await page.waitForFunction((sel) => document.querySelector(sel).style.height !== '', FRAME);
  return frame;
}

const frameHeight = (page) => page.$eval(FRAME, (f) => f.getBoundingClientRect().height);

/**
 * Waits until the frame is exactly as tall as the app inside it (to the pixel, rounded up) and
 * its document does not scroll; resolves to the frame's height.
 */
async function fits(page, frame, what = 'the frame to fit its content') {
  const m = await poll(
    async () => ({
      frame: await frameHeight(page),
      ...(await frame.evaluate(() => ({
        content: Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + scrollY),
        scroll: document.documentElement.scrollHeight,
      }))),
    }),
    (m) => m.frame === m.content && m.scroll <= m.frame,
    { what },
  );
  return m.frame;
}

/** What the host's colours, font and radius settings come to inside the frame. */
const look = (frame) =>
  frame.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return {
      accent: root.getPropertyValue('--accent').trim(),
      accentInk: root.getPropertyValue('--accent-ink').trim(),
      slider: getComputedStyle(document.querySelector('input[type="range"]')).accentColor,
      radius: getComputedStyle(document.querySelector('.panel')).borderRadius,
      scheme: root.colorScheme,
      background: body.backgroundColor,
      font: body.fontFamily,
      styleAttribute: document.documentElement.getAttribute('style'),
    };
  });

test('the example host page: the frame fits, looks like the host and feeds its copy', async () => {
  await withHost(`${host.url}host.html`, async ({ page, frame, messages }) => {
    await fits(page, frame);
    // Its settings: Finnish, two of the optional sections, the host's purple, font and radius.
    const seen = await look(frame);
    assert.equal(seen.accent, '#7a3e9d');
    assert.equal(seen.slider, 'rgb(122, 62, 157)');
    assert.equal(seen.radius, '4px');
    assert.match(seen.font, /^"?Georgia"?, /, 'font=inherit takes the host page font');
    assert.equal(await frame.locator('html').getAttribute('lang'), 'fi');
    assert.equal(await frame.locator('#lang').isVisible(), false, 'no language switch: the host fixed it');
    assert.deepEqual(await frame.locator('details:visible summary').allInnerTexts(), [
      'Sovita omiin lukuihisi',
      'Lisäasetukset',
      'Liiketoiminnan luvut',
    ]);
    assert.equal(await frame.locator('.embed-open').count(), 0, 'no embed button inside an embed');
    const link = frame.locator('.attribution a');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener');
    assert.equal(new URL(await link.evaluate((a) => a.href)).href, `${APP}/`);

    // Results in the host's own copy (the gap's cost and the plan's worth, as the frame writes
    // them), and again after the visitor changes the plan.
    const takeaway = page.locator('#takeaway');
    const shown = await frame.locator('#worth').innerText();
    await poll(() => takeaway.innerText(), (t) => t.includes(shown), { what: `#takeaway with ${shown}` });
    assert.ok(
      (await takeaway.innerText()).includes(await frame.locator('#gap-cost').innerText()),
      'the gap cost in the host copy',
    );
    await frame.locator('#plan-delivered').fill('3');
    const lower = await poll(
      () => frame.locator('#worth').innerText(),
      (t) => t !== shown,
      { what: "a new worth of the plan" },
    );
    await poll(() => takeaway.innerText(), (t) => t.includes(lower), { what: `#takeaway with ${lower}` });
    // The call to action fills in the page's own contact form, and the page stays.
    await frame.getByRole('link', { name: 'Varaa maksuton aloitustapaaminen' }).click();
    await poll(() => page.locator('#contact-message').inputValue(), (v) => v.includes(lower), { what: 'the figures in the form' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'contact-name');
    assert.equal(new URL(page.url()).pathname, '/host.html');
    // Every message the host got came from the app's origin.
    const origins = new Set((await messages()).map((m) => m.origin));
    assert.deepEqual([...origins], [APP]);
  });
});

test('the frame grows and shrinks with its content', async () => {
  await withHost(await hostUrl(hostPage('embed=1&sections=advanced', { width: 520 })), async ({ page, frame }) => {
    const closed = await fits(page, frame);
    const advanced = frame.locator('details:visible summary').first();
    await advanced.click();
    const open = await fits(page, frame, 'the frame to grow to the open section');
    assert.ok(open > closed + 100, `opening a section: ${closed} → ${open}`);
    await advanced.click();
    assert.equal(await fits(page, frame, 'the frame to shrink back'), closed);

    // Finnish words are longer: switching language rewraps the text.
    await frame.locator('#lang').selectOption('fi');
    await poll(() => frame.locator('html').getAttribute('lang'), (l) => l === 'fi');
    const finnish = await fits(page, frame, 'the frame to fit the Finnish text');
    assert.notEqual(finnish, closed, 'the language switch changed the height');
    await frame.locator('#lang').selectOption('en');
    assert.equal(await fits(page, frame, 'the frame to fit the English text again'), closed);
  });
});

test('the host script ignores messages from other windows and origins', async () => {
  // Besides the registered frame: the same app in a frame the host did not register (same
  // origin, another window), posting its own, different height. In view: Chrome pauses the
  // rendering, and so the resize observer, of cross-origin frames out of view.
  const other = `<iframe id="other" src="${APP}/?embed=1&amp;sections=none" title="Other"
    style="position: fixed; top: 0; right: 0; width: 300px; height: 200px"></iframe>`;
  await withHost(await hostUrl(hostPage('embed=1', { extra: other })), async ({ page, frame, messages }) => {
    const height = await fits(page, frame);
    const results = () => page.$eval(FRAME, (f) => f.resultsEvents ?? 0);
    await page.$eval(FRAME, (f) =>
      f.addEventListener('promise-gap:results', () => (f.resultsEvents = (f.resultsEvents ?? 0) + 1)),
    );
    await waitForApp(await (await page.$('#other')).contentFrame());
    await poll(
      async () => (await messages()).filter((m) => m.data?.type === 'promise-gap:height').length,
      (n) => n >= 2,
      { what: 'height messages from both frames' },
    );
    // The host page itself, then the registered frame navigated to a page of another origin:
    // the right window, the wrong origin.
    await page.evaluate(() => postMessage({ type: 'promise-gap:height', version: 1, height: 1234 }, '*'));
    await frame.evaluate((url) => (location.href = url), `${HOST}/impostor.html`);
    await poll(
      () => page.frames().find((f) => f.url().endsWith('/impostor.html'))?.title(),
      (t) => t === 'posted',
      { what: 'the impostor to post' },
    );
    await new Promise((done) => setTimeout(done, 500));
    assert.equal(await frameHeight(page), height, 'no message changed the height');
    assert.equal(await results(), 0, 'no results event from the impostor');
    assert.ok((await messages()).some((m) => m.origin === HOST && m.data?.height === 4321));

    // The host script still works: back to the app, the frame is sized again.
    await page.$eval(FRAME, (f) => (f.src = `${f.src}&lang=fi`));
    await waitForApp(await (await page.$(FRAME)).contentFrame());
    await poll(() => frameHeight(page), (h) => h !== height && h !== 4321, { what: 'a new height' });
  });
});

test('results go to the host only when it names its origin', async () => {
  const query = `embed=1&sections=details&results=1&origin=${HOST}`;
  await withHost(await hostUrl(hostPage(query)), async ({ page, frame, messages }) => {
    await page.$eval(FRAME, (f) => {
      f.results = [];
      f.addEventListener('promise-gap:change', (e) => f.results.push(e.detail));
    });
    const results = async () => (await messages()).filter((m) => m.data?.type === 'promise-gap:results');
    const [first] = await poll(results, (r) => r.length > 0, { what: 'a results message' });
    assert.equal(first.origin, APP);
    const r = first.data;
    assert.equal(r.version, 2);
    assert.equal(r.lang, 'en');
    assert.equal(typeof r.bestPromise, 'number');
    // Every result the panel shows, by the registry's id (src/results.rs); no cost: no return.
    const ids = ['gap-cost', 'worth', 'margin-change', 'margin-change-adjusted', 'revenue-change',
      'recommend', 'churn', 'spend-uplift', 'customers-change'];
    assert.deepEqual(Object.keys(r.results).sort(), [...ids].sort());
    for (const id of ids) {
      assert.equal(typeof r.results[id], 'number', id);
      assert.equal(r.text[id], await frame.locator(`#${id}`).innerText(), `text of ${id}`);
    }
    // The likely ranges (P10–P90) follow in a message of their own once the runs are done.
    const all = (m) => ids.every((id) => m.data.bands[id]);
    const ranged = (await poll(results, (rs) => rs.some(all), { timeout: 15_000, what: 'the likely ranges' })).find(all).data;
    for (const id of ids) {
      const band = ranged.bands[id];
      assert.ok(band.low <= ranged.results[id] && ranged.results[id] <= band.high, `range of ${id}`);
      assert.ok(band.low < band.high, `a range, not a point: ${id}`);
    }
    assert.deepEqual(r.today, { recommend: 0.4, churn: 0.15 }, "today's rates are the client's");
    assert.equal(Math.round(r.results.recommend * 100), await readNumber(frame, '#recommend', 'en-US'));
    assert.equal(r.text.answer, await answerText(frame));
    assert.match(r.text.summary, /^What the gap costs a year: /);

    // A change sends new results (once settled), also as an event on the iframe.
    await frame.locator('#plan-delivered').fill('3');
    const later = await poll(results, (all) => all.at(-1).data.results.recommend < r.results.recommend, {
      what: 'results with a lower recommendation rate',
    });
    assert.equal(later.at(-1).data.text.recommend, await frame.locator('#recommend').innerText());
    const event = await page.$eval(FRAME, (f) => f.results.at(-1));
    assert.deepEqual(event, later.at(-1).data, 'the same results as an event on the iframe');
  });

  // Without `origin` nothing is posted but the height: results never go to "*".
  await withHost(await hostUrl(hostPage('embed=1&results=1')), async ({ page, frame, messages }) => {
    await fits(page, frame);
    await frame.locator('#delivered').fill('3');
    await new Promise((done) => setTimeout(done, 1500));
    const types = new Set((await messages()).map((m) => m.data?.type));
    assert.deepEqual([...types], ['promise-gap:height']);
  });
});

test('theme parameters apply', async () => {
  const query = 'embed=1&accent=%23ff6600&theme=dark&radius=0&font=serif';
  await withHost(await hostUrl(hostPage(query)), async ({ frame }) => {
    const seen = await look(frame);
    assert.equal(seen.accent, '#ff6600');
    assert.equal(seen.accentInk, '#000000', 'black reads better than white on orange');
    assert.equal(seen.slider, 'rgb(255, 102, 0)');
    assert.equal(seen.radius, '0px');
    assert.equal(seen.scheme, 'dark');
    assert.equal(seen.background, 'rgb(13, 17, 23)');
    assert.match(seen.font, /^Georgia, /);
  });
  // A fixed light theme wins over a visitor's dark system setting (which applies without it).
  const dark = { colorScheme: 'dark' };
  await withHost(await hostUrl(hostPage('embed=1')), async ({ frame }) => {
    assert.equal((await look(frame)).background, 'rgb(13, 17, 23)');
  }, dark);
  await withHost(await hostUrl(hostPage('embed=1&theme=light&accent=teal&radius=24')), async ({ frame }) => {
    const seen = await look(frame);
    assert.equal(seen.background, 'rgb(255, 255, 255)');
    assert.equal(seen.scheme, 'light');
    assert.equal(seen.accent, '#008080');
    assert.equal(seen.radius, '24px');
  }, dark);
});

test('hostile parameters change nothing and run nothing', async () => {
  const payload = 'window.pwned=1;top.postMessage("pwned","*")';
  const hostile = {
    accent: `red;}</style><script>${payload}</script>`,
    font: `serif;}</style><img src=x onerror='${payload}'>`,
    theme: 'dark;}*{background:url(https://evil.example/)',
    radius: '9999',
    lang: '<svg onload=alert(1)>',
    sections: `<script>${payload}</script>`,
    origin: 'javascript:alert(1)',
    results: '1',
    background: 'url(https://evil.example/)',
    density: 'compact;}*{display:none',
    cta: `<img src=x onerror='${payload}'>`,
    'cta-url': `javascript:${payload}`,
  };
  const query = `embed=1&${new URLSearchParams(hostile)}`;
  let plain;
  await withHost(await hostUrl(hostPage('embed=1')), async ({ frame }) => {
    plain = await look(frame);
  });
  await withHost(await hostUrl(hostPage(query)), async ({ page, frame, messages }) => {
    assert.ok(frame.url().includes('%3C%2Fstyle%3E%3Cscript%3E'), 'the payload reached the app');
    assert.deepEqual(await look(frame), plain);
    assert.equal(plain.styleAttribute, null);
    assert.equal(await frame.evaluate(() => window.pwned), undefined);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await frame.locator('body script, style, img').count(), 0);
    // An unknown section list shows inputs and results only; nothing reached the markup.
    assert.equal(await frame.locator('details:visible').count(), 0);
    assert.ok(!(await frame.content()).includes('pwned'));
    const types = new Set((await messages()).map((m) => (typeof m.data === 'string' ? m.data : m.data?.type)));
    assert.deepEqual([...types], ['promise-gap:height']);
  });
});

test('without the host script 2.0, a link copied inside the frame opens the whole calculator with the same figures', async () => {
  const page = hostPage('embed=1&sections=chart,details&theme=dark&lang=en', { script: firstHostScript() });
  await withHost(await hostUrl(page), async ({ frame }) => {
    await frame.locator('#plan-delivered').fill('5.5');
    const recommend = await frame.locator('#recommend').innerText();
    // The host's frame has no clipboard permission: the link is shown to copy by hand.
    await frame.evaluate(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await frame.locator('#copy-link').click();
    const link = new URL(await frame.locator('#share-link').inputValue());
    assert.equal(`${link.origin}${link.pathname}`, `${APP}/`);
    assert.equal(link.search, '', 'the embed parameters went into the link');
    assert.match(link.hash, /^#v=2&lang=en&/);
    assert.match(link.hash, /&d1=5\.5&/);
    await withApp(async (page) => {
      await page.goto(link.href);
      await poll(() => page.locator('#recommend').innerText(), (t) => t === recommend, { what: 'the same result' });
      assert.ok(await page.locator('.masthead').isVisible(), 'the whole app, with its header');
    });
  });
});

test('no accessibility violations inside the frame, in each configuration', async () => {
  for (const query of [
    'embed=1',
    'embed=1&sections=all&controls=all',
    'embed=1&theme=dark&accent=ffeb3b&font=inherit',
    'embed=1&lang=fi&theme=light&accent=navy',
    'embed=1&background=transparent&density=compact&cta=Talk%20to%20us&cta-url=https://a.example/&sections=details,why',
    'embed=1&lang=fi&theme=dark&density=compact&cta=Varaa%20aika&cta-url=https://a.example/&controls=all',
  ]) {
    await withHost(await hostUrl(hostPage(query)), async ({ frame }) => {
      for (const summary of await frame.locator('details:visible summary').all()) await summary.click();
      assert.deepEqual(await runAxe(frame), [], query);
    });
  }
});

/** Runs `body(page)` on the app itself, not embedded (see helpers.mjs). */
const withApp = (body, contextOptions = {}) => openApp(browser, app.url, contextOptions, body);

test('the embed dialog: keyboard, choices, messages, preview, copy', async () => {
  const contextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };
  await withApp(async (page) => {
    const opener = page.locator('.embed-open');
    const dialog = page.locator('dialog.embed-dialog');
    const isOpen = () => dialog.evaluate((d) => d.open);
    const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.className);
    assert.equal(await page.locator('iframe').count(), 0, 'nothing loads until the dialog opens');

    // Keyboard: Enter opens it with focus inside, Esc closes it and focus returns to the opener.
    await opener.focus();
    await page.keyboard.press('Enter');
    assert.equal(await isOpen(), true);
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moved into the dialog');
    await page.keyboard.press('Escape');
    assert.equal(await isOpen(), false);
    assert.equal(await focused(), 'embed-open');
    // The close button does the same.
    await opener.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    assert.equal(await isOpen(), false);
    assert.equal(await focused(), 'embed-open');

    await opener.click();
    const code = page.locator('#embed-code');
    const preview = page.locator('iframe.embed-preview');
    assert.equal(
      await code.inputValue(),
      `<iframe data-promise-gap src="${app.url}?embed=1&amp;lang=en" title="Promise Gap calculator" height="900" loading="lazy" allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>\n<script src="${app.url}embed-host-2.0.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`,
      'compact by default, the host script pinned by the hash of the file served',
    );
    // Compact by default: the host adds sections; files are off, sharing and printing on.
    for (const name of ['Which lever matters most', 'How are these calculated?', 'All results']) await dialog.getByLabel(name).check();
    assert.equal(await dialog.getByLabel('Files (save, open, export for a spreadsheet)').isChecked(), false);
    await dialog.getByLabel('Print summary').uncheck();
    await dialog.getByLabel('Transparent background').check();
    await dialog.getByLabel('Compact layout').check();
    await page.locator('#embed-lang').selectOption('fi');
    await page.locator('#embed-theme').selectOption('dark');
    await page.locator('#embed-font').selectOption('inherit');
    await page.locator('#embed-radius').fill('4');
    await page.locator('#embed-accent').fill('Teal');
    await page.locator('#embed-results').check();
    // Results need an origin; a bad one is refused with a message; a good one goes in.
    const originError = page.locator('#embed-origin-error');
    assert.equal(await originError.innerText(), 'Results are sent only once your site\'s address is given.');
    await page.locator('#embed-origin').fill('https://konsultti.example/blogi');
    assert.match(await originError.innerText(), /without a path/);
    assert.equal(await page.locator('#embed-origin').getAttribute('aria-invalid'), 'true');
    await page.locator('#embed-origin').fill('https://Konsultti.example');
    assert.equal(await originError.innerText(), '');
    const query =
      'embed=1&lang=fi&sections=levers,why,details&controls=share&accent=008080&font=inherit&theme=dark&radius=4&background=transparent&density=compact';
    const expected = `${query}&origin=https://konsultti.example&results=1`;
    assert.ok((await code.inputValue()).includes(`src="${app.url}?${expected.replaceAll('&', '&amp;')}" title="Promise Gap -laskuri"`));
    // The preview shows the look, without messaging (its parent is this page, not the host).
    assert.equal(await preview.getAttribute('src'), `${app.url}?${query}`);
    const previewFrame = await (await preview.elementHandle()).contentFrame();
    await waitForApp(previewFrame);
    assert.equal(await previewFrame.locator('html').getAttribute('lang'), 'fi');

    // A colour that is not one is refused with a message, and leaves the snippet without it.
    await page.locator('#embed-accent').fill('red;}</style>');
    assert.match(await page.locator('#embed-accent-error').innerText(), /^Enter a colour/);
    assert.ok(!(await code.inputValue()).includes('accent='));
    await page.locator('#embed-accent').fill('#0B5CAD');

    // Copy: the clipboard gets exactly the code, and the dialog says so.
    await page.getByRole('button', { name: 'Copy code' }).click();
    await poll(() => page.locator('.embed-copy__status').innerText(), (t) => t === 'The code is copied to the clipboard.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.inputValue());
    assert.ok((await code.inputValue()).includes('accent=0b5cad'));

    // A call to action: its words and address are checked, and only with both it goes in,
    // with the sandbox letting a click on it open the address in the host's window.
    await page.locator('#embed-cta').fill('Varaa  aika');
    assert.match(await page.locator('#embed-cta-url-error').innerText(), /^Anna koko osoite|^Enter the whole address/);
    await page.locator('#embed-cta-url').fill('javascript:alert(1)');
    assert.equal(await page.locator('#embed-cta-url').getAttribute('aria-invalid'), 'true');
    assert.ok(!(await code.inputValue()).includes('cta='));
    await page.locator('#embed-cta-url').fill('https://konsultti.example/yhteys?aihe=kuilu');
    assert.equal(await page.locator('#embed-cta-url-error').innerText(), '');
    assert.ok((await code.inputValue()).includes('&amp;cta=Varaa%20aika&amp;cta-url=https://konsultti.example/yhteys%3Faihe%3Dkuilu&amp;'));
    assert.ok((await code.inputValue()).includes(' allow-top-navigation-by-user-activation"'));

    // Readers start from the figures on screen: the address carries them, without a language.
    assert.ok(!(await code.inputValue()).includes('#v='));
    await page.locator('#embed-figures').check();
    const src = new URL((await code.inputValue()).match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.match(src.hash, /^#v=2&/);
    assert.ok(!src.hash.includes('lang='));
    assert.equal((await preview.getAttribute('src')).split('#')[1], src.hash.slice(1), 'the preview starts from them too');

    assert.deepEqual(await runAxe(page, { iframes: false }), []);
  }, contextOptions);
});

test('when the browser refuses to copy, the code is selected and the dialog says how to copy', async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await page.goto(app.url);
    await waitForApp(page);
    await page.locator('.embed-open').click();
    await page.getByRole('button', { name: 'Copy code' }).click();
    await poll(() => page.locator('.embed-copy__status').innerText(), (t) => t.startsWith('Copying did not work.'));
    const selection = await page.locator('#embed-code').evaluate((t) => [t.selectionStart, t.selectionEnd, t.value.length]);
    assert.deepEqual(selection, [0, selection[2], selection[2]]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the dialog's snippet works on another origin", async () => {
  let snippet;
  await withApp(async (page) => {
    await page.locator('.embed-open').click();
    await page.locator('#embed-origin').fill(HOST);
    await page.locator('#embed-results').check();
    await page.locator('#embed-lang').selectOption('');
    snippet = await page.locator('#embed-code').inputValue();
  });
  const extra = `<p id="said"></p><script>
    document.querySelector('iframe').addEventListener('promise-gap:change', (e) => {
      document.getElementById('said').textContent = e.detail.text.worth;
    });</script>`;
  const url = await hostUrl(
    `<!doctype html><html lang="en"><title>Pasted</title><link rel="icon" href="data:,"><body><main><h1>Pasted</h1>${snippet}${extra}</main></body></html>`,
  );
  await withHost(url, async ({ page, frame }) => {
    await fits(page, frame);
    assert.equal(await frame.locator('#lang').isVisible(), true, 'the visitor chooses the language');
    const shown = await frame.locator('#worth').innerText();
    await poll(() => page.locator('#said').innerText(), (t) => t === shown, { what: 'the results on the page' });
  });
});

test("a snippet with the client's figures in it opens them on another origin, and readers can still change them", async () => {
  let snippet, worth;
  await withApp(async (page) => {
    await page.locator('#plan-delivered').fill('7');
    await page.locator('#delivered').fill('5');
    await poll(() => page.locator('#delivered-range').inputValue(), (v) => v === '5', { what: 'the figures taken' });
    // Rounded to what the likely range supports: compared once it is known on both sides.
    await rangesSettled(page);
    worth = await page.locator('#worth').innerText();
    await page.locator('.embed-open').click();
    await page.locator('#embed-lang').selectOption('en');
    await page.locator('#embed-figures').check();
    snippet = await page.locator('#embed-code').inputValue();
  });
  const url = await hostUrl(
    `<!doctype html><html lang="en"><title>A client's case</title><link rel="icon" href="data:,"><body><main><h1>A client's case</h1>${snippet}</main></body></html>`,
  );
  await withHost(url, async ({ page, frame }) => {
    await fits(page, frame);
    assert.equal(await frame.locator('#plan-delivered').inputValue(), '7');
    assert.equal(await frame.locator('#delivered').inputValue(), '5');
    await rangesSettled(frame);
    assert.equal(await frame.locator('#worth').innerText(), worth, 'the reader starts from the same result');
    await frame.locator('#plan-delivered').fill('6');
    await poll(() => frame.locator('#worth').innerText(), (t) => t !== worth, { what: 'the reader to change the figures' });
  });
});

test('the sections a host picks are the sections that show', async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const count = (selector) => page.locator(selector).count();
    await page.goto(`${app.url}?embed=1&sections=none`);
    await waitForApp(page);
    assert.equal(await count('#assumptions'), 0, 'no assumptions panel');
    assert.equal(await count('details.why'), 0, 'no explanations');
    assert.equal(await count('.insights > *'), 0, 'no timeline, comparison or levers');
    assert.ok(await page.locator('#worth').isVisible(), 'the headline results always show');
    assert.equal(await count('#recommend'), 0, 'the other results are a section of their own');

    await page.goto(`${app.url}?embed=1&sections=assumptions,why,chart,details`);
    await waitForApp(page);
    assert.equal(await count('#assumptions'), 1, 'the assumptions panel');
    assert.equal(await count('.insights > *'), 1, 'the timeline only');
    assert.equal(await count('details.why'), 2, 'one explanation for the headlines, one for the other results');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a frame sandboxed without allow-same-origin (origin null) starts the app, styled, and it computes', async () => {
  const url = await hostUrl(hostPage('embed=1&lang=en&sections=details', { attributes: ' sandbox="allow-scripts"' }));
  const { context, page, errors } = await openPage(browser);
  const failed = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  try {
    await page.goto(url);
    const frame = await (await page.waitForSelector(FRAME)).contentFrame();
    await waitForApp(frame);
    assert.equal(await frame.evaluate(() => self.origin), 'null', 'the frame is not sandboxed to an origin of its own');
    // The stylesheet passed its integrity check over CORS: the app's own look, not the browser's.
    assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector('.panel')).borderRadius), '10px');
    const before = await readNumber(frame, '#recommend', 'en');
    await frame.locator('#plan-delivered-range').fill('0');
    await poll(() => readNumber(frame, '#recommend', 'en'), (now) => now < before, { what: 'the results to follow the input' });
    // What the sandbox takes away: no storage or service worker (the app says nothing of it),
    // and the host script does not trust messages from the origin null, so the frame keeps
    // the height of its snippet.
    const refused = await frame.evaluate(() =>
      ['localStorage', 'serviceWorker'].filter((name) => {
        try {
          return !(name === 'localStorage' ? window.localStorage : navigator.serviceWorker);
        } catch {
          return true;
        }
      }),
    );
    assert.deepEqual(refused, ['localStorage', 'serviceWorker']);
    assert.equal(await frame.locator('.app-status [role=status]').innerHTML(), '', 'the status line is empty');
    assert.equal(await frameHeight(page), 900);
    await settle(frame);
    assert.deepEqual(failed, [], 'requests the browser refused');
    assert.deepEqual(errors, [], 'console errors or page errors');
  } finally {
    await context.close();
  }
});

/** A page that embeds the app across the page's width (less its margins), at `width`. */
const widePage = (query, script = hostScript()) => hostPage(query, { width: 'auto', script }).replace('margin: 0 auto', 'margin: 0 16px');

test('the default embed is compact: the answer and main inputs, at most 1,600 px on a desktop page, no inner scrolling on a phone', async (t) => {
  for (const lang of ['en', 'fi']) {
    for (const [width, height] of [[390, 844], [1280, 900]]) {
      await withHost(await hostUrl(widePage(`embed=1&lang=${lang}`)), async ({ page, frame }) => {
        const tall = await fits(page, frame);
        const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        t.diagnostic(`${lang} at ${width} px: ${tall} px`);
        assert.equal(overflow, 0, `${lang} at ${width}: nothing wider than the frame`);
        if (width === 1280) assert.ok(tall <= 1600, `${lang} at ${width}: ${tall} px`);
        // The answer, the headline results and the main inputs; nothing optional.
        for (const id of ['#answer', '#gap-cost', '#worth', '#promise', '#plan-delivered']) {
          assert.ok(await frame.locator(id).isVisible(), id);
        }
        assert.equal(await frame.locator('details:visible, #recommend, .insights > *, #assumptions').count(), 0);
        // "Today" and "in the plan" head two columns, or go where the fields fall into one.
        const heads = await frame.locator('.lever-pair--heads span').evaluateAll((spans) =>
          spans.filter((s) => s.offsetParent).map((s) => s.getBoundingClientRect().top),
        );
        assert.ok(heads.length === 0 || heads.every((top) => top === heads[0]), `${lang} at ${width}: headings ${heads}`);
        // Readers share and print; files mean nothing to them, and presenting is the host's call.
        assert.ok(await frame.locator('#copy-link').isVisible());
        assert.ok(await frame.locator('#print-summary').isVisible());
        assert.equal(await frame.locator('#export-json, #export-csv, #open-file, #present').count(), 0);
      }, { viewport: { width, height } });
    }
  }
});

test('a plain iframe without scripts: the documented fixed heights hold the compact embed', async () => {
  // EMBEDDING.md, "Without scripts": the frame's height by the frame's width.
  const doc = await readFile(path.join(REPO, 'EMBEDDING.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| (\d+)–(\d+) px \| (\d+) px \|$/gm)].map((m) => m.slice(1).map(Number));
  assert.ok(rows.length >= 3, 'the table of heights');
  for (const [narrowest, , documented] of rows) {
    for (const lang of ['en', 'fi']) {
      const attributes = ' style="display: block; width: 100%; border: 0"';
      const url = await hostUrl(hostPage(`embed=1&lang=${lang}`, { width: narrowest, script: '', attributes }));
      const { context, page } = await openPage(browser, { viewport: { width: narrowest + 40, height: 900 } });
      try {
        await page.goto(url);
        const frame = await (await page.waitForSelector(FRAME)).contentFrame();
        await waitForApp(frame);
        await poll(() => frame.evaluate(() => !!document.querySelector('#pays-back')), Boolean);
        const content = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + scrollY));
        assert.ok(content <= documented, `${lang} at ${narrowest} px: ${content} px, documented ${documented} px`);
      } finally {
        await context.close();
      }
    }
  }
});

test("the host's look: a transparent background and compact density", async () => {
  const query = 'embed=1&background=transparent&density=compact&theme=light';
  await withHost(await hostUrl(hostPage(query)), async ({ frame }) => {
    const seen = await frame.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      panel: getComputedStyle(document.querySelector('.panel')).backgroundColor,
      size: getComputedStyle(document.body).fontSize,
      help: getComputedStyle(document.querySelector('.inputs .field__help')).display,
    }));
    assert.deepEqual(seen, { page: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', panel: 'rgb(244, 246, 248)', size: '14px', help: 'none' });
    // Help text out of sight is still each field's description.
    const described = await frame.locator('#promise').getAttribute('aria-describedby');
    assert.ok(described, 'the field keeps its description');
  });
});

test('a link copied in the frame reopens the same figures on the host page, under the frame\'s clipboard rules', async () => {
  const url = await hostUrl(hostPage('embed=1&sections=details&lang=en', { attributes: ' allow="clipboard-write"' }));
  await withHost(url, async ({ page, frame, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOST });
    await context.grantPermissions(['clipboard-write'], { origin: APP });
    await frame.locator('#plan-delivered').fill('5.5');
    const recommend = await poll(() => frame.locator('#recommend').innerText(), (t) => !t.includes('79'), { what: 'new figures' });
    await frame.locator('#copy-link').click();
    await poll(() => frame.locator('#copy-status').innerText(), (t) => t !== '', { what: 'the copy status' });
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(`${link.origin}${link.pathname}`, url, "the host's page, not the app's");
    assert.match(link.hash, /^#v=2&lang=en&/);
    assert.match(link.hash, /&d1=5\.5&/);
    // Opened, the host script hands the figures to its frame.
    await page.goto(link.href);
    const again = await appFrame(page);
    await poll(() => again.locator('#recommend').innerText(), (t) => t === recommend, { what: 'the same result' });
    assert.equal(await again.locator('#plan-delivered').inputValue(), '5.5');
  });
});

test('a call to action and the events: ready, change, export and cta, on the iframe, from the app only', async () => {
  await writeFile(path.join(hostDir, 'contact.html'), '<!doctype html><html lang="en"><title>Contact</title><link rel="icon" href="data:,"><h1>Contact</h1></html>');
  const query = `embed=1&results=1&origin=${HOST}&cta=Talk%20to%20us&cta-url=${HOST}/contact.html%3Ffrom%3Dcalculator`;
  const record = `<script>
    const frame = document.querySelector('iframe');
    window.events = [];
    for (const type of ['ready', 'change', 'cta', 'export']) {
      frame.addEventListener('promise-gap:' + type, (e) => {
        events.push({ type, detail: e.detail });
        if (type === 'cta' && window.keepReader) e.preventDefault();
      });
    }</script>`;
  const attributes = ' allow="clipboard-write"';
  await withHost(await hostUrl(hostPage(query, { extra: record, attributes })), async ({ page, frame }) => {
    const events = (type) => page.evaluate((t) => events.filter((e) => e.type === t).map((e) => e.detail), type);
    assert.deepEqual(await events('ready'), [{ version: '2.0' }]);
    const [first] = await poll(() => events('change'), (c) => c.length > 0, { what: 'a change event' });
    assert.equal(first.text.worth, await frame.locator('#worth').innerText());
    // Debounced: a burst of typing is one change.
    await frame.locator('#plan-delivered').pressSequentially('7.25', { delay: 20 });
    await poll(() => events('change'), (c) => c.length === 2, { what: 'one more change event' });
    await new Promise((done) => setTimeout(done, 800));
    assert.equal((await events('change')).length, 2);
    assert.equal((await events('change'))[1].text.worth, await frame.locator('#worth').innerText());

    await frame.locator('#copy-link').click();
    await poll(() => events('export'), (e) => e.length === 1, { what: 'an export event' });
    assert.deepEqual(await events('export'), [{ kind: 'link' }]);

    // The host keeps the reader (e.g. for its own contact form): no navigation.
    const button = frame.getByRole('link', { name: 'Talk to us' });
    assert.equal(await button.getAttribute('target'), '_top');
    await page.evaluate(() => (window.keepReader = true));
    await button.click();
    await poll(() => events('cta'), (c) => c.length === 1, { what: 'a cta event' });
    assert.deepEqual(await events('cta'), [{ url: `${HOST}/contact.html?from=calculator` }]);
    assert.equal(new URL(page.url()).pathname.endsWith('/contact.html'), false);
    // Otherwise the top window opens the address.
    await page.evaluate(() => (window.keepReader = false));
    await Promise.all([page.waitForURL(`${HOST}/contact.html?from=calculator`), button.click()]);
  });
});

test('without the host script, the call to action opens its address in the top window, and only on a click', async () => {
  await writeFile(path.join(hostDir, 'contact.html'), '<!doctype html><html lang="en"><title>Contact</title><link rel="icon" href="data:,"><h1>Contact</h1></html>');
  const query = `embed=1&cta=Talk%20to%20us&cta-url=${HOST}/contact.html`;
  // The snippet's sandbox for a call to action (EMBEDDING.md): top navigation by a reader's click only.
  const attributes = ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-top-navigation-by-user-activation"';
  const url = await hostUrl(hostPage(query, { script: '', attributes }));
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(url);
    const frame = await (await page.waitForSelector(FRAME)).contentFrame();
    await waitForApp(frame);
    const button = frame.getByRole('link', { name: 'Talk to us' });
    assert.equal(await button.getAttribute('target'), '_top');
    await Promise.all([page.waitForURL(`${HOST}/contact.html`), button.click()]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a host page with a strict Content-Security-Policy of its own', async () => {
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${APP}/embed-host-2.0.js`,
    `frame-src ${APP}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
  await writeFile(
    path.join(hostDir, 'strict.js'),
    `document.querySelector('iframe').addEventListener('promise-gap:change', (e) => {
      document.getElementById('said').textContent = e.detail.text.worth;
    });`,
  );
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <title>Strict</title><link rel="icon" href="data:,"></head>
    <body><main><h1>Strict</h1>
    <iframe data-promise-gap src="${APP}/?embed=1&amp;lang=en&amp;results=1&amp;origin=${HOST}&amp;font=inherit" title="Promise Gap calculator" height="900" allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>
    ${hostScript()}
    <p id="said"></p><script src="strict.js" defer></script></main></body></html>`;
  await withHost(await hostUrl(page), async ({ page, frame }) => {
    await fits(page, frame);
    const shown = await frame.locator('#worth').innerText();
    await poll(() => page.locator('#said').innerText(), (t) => t === shown, { what: 'the figures in the page' });
    assert.deepEqual(await runAxe(frame), []);
  });
});
