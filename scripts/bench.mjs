// The measuring half of scripts/bench (which builds first and passes the paths): serves the
// release build on 127.0.0.1, measures it in Debian's Chromium, and writes BENCHMARKS.json and
// BENCHMARKS.md. Nothing here asserts a timing; the budgets are reported as met or missed.
//
// Usage: node scripts/bench.mjs --dist dist --bench-dist target/bench/dist
//          --twiggy target/bench/twiggy-top.json --criterion target/criterion --out BENCHMARKS
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { CHROME_FLAGS, launchBrowser, openPage, waitForApp, REPO } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { BUDGET_GZIP_BYTES, gzipSize, staticFirstVisit } from '../tests/e2e/first-visit.mjs';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'bench-dist': { type: 'string', default: 'target/bench/dist' },
    twiggy: { type: 'string', default: 'target/bench/twiggy-top.json' },
    criterion: { type: 'string', default: 'target/criterion' },
    out: { type: 'string', default: 'BENCHMARKS' },
    // Fewer rounds for a quick look; the defaults are what the issue asks for.
    changes: { type: 'string', default: '300' },
    soak: { type: 'string', default: '10000' },
    // Only rewrite BENCHMARKS.md from BENCHMARKS.json and benches/NOTES.md, measuring nothing.
    render: { type: 'boolean', default: false },
    // Measure only the model (criterion's last results and the wasm), keeping the rest of
    // BENCHMARKS.json; the model section then says when and where it was measured.
    'model-only': { type: 'boolean', default: false },
  },
});
const CHANGES = Number(args.changes);
const SOAK = Number(args.soak);
const WARM_UP = 5000;
const DIST = path.resolve(REPO, args.dist);

const log = (...m) => console.log('bench:', ...m);
const round = (v, digits = 2) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    count: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    max: round(s.at(-1)),
  };
}

// ── Machine, browser, commit ──

function git(...a) {
  try {
    return execFileSync('git', a, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function environment(browserVersion) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    dirty: (git('status', '--porcelain', '--untracked-files=no') ?? '') !== '',
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverage: os.loadavg().map((v) => round(v)),
    },
    browser: `Chromium ${browserVersion}`,
    node: process.version,
    rustc: (() => {
      try {
        return execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    })(),
  };
}

// ── Transfer ──

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSize(file),
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Every request of a first visit, as Chromium made it, with the sizes of the files in dist/. */
async function transfer(browser, url) {
  const { context, page } = await openPage(browser);
  const requests = [];
  // The context also reports a service worker's requests in Chromium. One answered from the
  // HTTP cache carries no bytes (Chromium's encoded length is 0, so the body size comes out
  // negative): the worker's copies of the hashed files the page has just fetched cost nothing
  // and are left out, and so is the page, which it revalidates and the server, like nginx,
  // answers with a 304 (the fetch reports the cached 200, with no body bytes).
  context.on('requestfinished', async (req) => {
    const response = await req.response();
    const sizes = await req.sizes().catch(() => null);
    if (sizes && sizes.responseBodySize <= 0) return;
    requests.push({ url: req.url(), type: req.resourceType(), status: response?.status() });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  await context.close();

  const base = new URL(url);
  const files = [];
  const foreign = [];
  for (const r of requests) {
    const u = new URL(r.url);
    if (u.origin !== base.origin) {
      foreign.push(r.url);
      continue;
    }
    let rel = decodeURIComponent(u.pathname.slice(base.pathname.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(DIST, rel);
    files.push({ file: rel, type: r.type, status: r.status, ...(existsSync(file) ? sizes(file) : {}) });
  }
  const observed = new Set(files.map((f) => f.file));
  const fromHtml = [...staticFirstVisit(DIST)];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k] ?? 0;
  return {
    files: files.sort((a, b) => (b.gzip ?? 0) - (a.gzip ?? 0)),
    total,
    budgetGzip: BUDGET_GZIP_BYTES,
    // Files the HTML references that the visit did not fetch, and requests to other origins:
    // both should be empty.
    referencedButNotFetched: fromHtml.filter((f) => !observed.has(f)),
    otherOrigins: foreign,
  };
}

// ── Wasm breakdown (twiggy) ──

/** The crate an item of twiggy's list belongs to, from its demangled name. */
function owner(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables)';
  if (/^(elem|type|import|export|table|global|memory|code section|wasm magic)/.test(name)) {
    return 'wasm structure (imports, exports, types)';
  }
  const m = name.replace(/^[<&*\s]+(?:const |mut |dyn )?/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  const crate = m?.[1] ?? (name === 'main' ? 'promise_gap' : 'other');
  if (['core', 'alloc', 'std', 'compiler_builtins', '__rustc', 'panic_abort'].includes(crate)) return 'Rust standard library';
  if (['wasm_bindgen', 'js_sys', 'web_sys', 'wasm_bindgen_futures'].includes(crate)) return 'wasm-bindgen, js-sys, web-sys';
  return crate;
}

function wasmBreakdown(file) {
  const items = JSON.parse(readFileSync(file, 'utf8'));
  // Custom sections (names, producers) are what wasm-opt strips: not shipped.
  const shipped = items.filter((i) => !/subsection|custom section/.test(i.name) && !/^Σ|^\.\.\./.test(i.name));
  const total = shipped.reduce((s, i) => s + i.shallow_size, 0);
  const byCrate = new Map();
  for (const i of shipped) byCrate.set(owner(i.name), (byCrate.get(owner(i.name)) ?? 0) + i.shallow_size);
  return {
    note: 'twiggy top on the wasm after wasm-bindgen and before wasm-opt (names kept); sizes before wasm-opt',
    total,
    byCrate: [...byCrate].sort((a, b) => b[1] - a[1]).map(([crate, bytes]) => ({ crate, bytes, percent: round((100 * bytes) / total, 1) })),
    top: shipped.slice(0, 25).map((i) => ({ item: i.name.replace(/::h[0-9a-f]{16}$/, ''), bytes: i.shallow_size })),
  };
}

// ── Lighthouse ──

async function lighthouse(url, preset) {
  const out = path.join(REPO, 'target', 'bench', `lighthouse-${preset}.json`);
  const cli = path.join(REPO, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const flags = [
    url,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ];
  if (preset === 'desktop') flags.push('--preset=desktop');
  // Asynchronously: this process serves the pages Lighthouse loads.
  await promisify(execFile)(process.execPath, [cli, ...flags], {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    timeout: 180_000,
  });
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round((r.categories[id]?.score ?? NaN) * 100);
  const metric = (id) => r.audits[id]?.numericValue;
  // Everything that cost points, so a miss names its cause.
  const flagged = [];
  for (const [category, c] of Object.entries(r.categories)) {
    for (const ref of c.auditRefs) {
      const a = r.audits[ref.id];
      if (a && a.score !== null && a.score < 1 && (ref.weight > 0 || category !== 'performance')) {
        flagged.push({ category, audit: ref.id, score: a.score, value: a.displayValue ?? '' });
      }
    }
  }
  return {
    preset,
    lighthouse: r.lighthouseVersion,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: round(metric('first-contentful-paint'), 0),
    lcpMs: round(metric('largest-contentful-paint'), 0),
    tbtMs: round(metric('total-blocking-time'), 0),
    cls: round(metric('cumulative-layout-shift'), 3),
    flagged,
  };
}

/**
 * Lighthouse's scores move from run to run on a shared machine (its simulation scales the
 * main thread's measured tasks, which other processes stretch), so each preset runs
 * `LIGHTHOUSE_RUNS` times and the median run by performance score is reported, with every
 * run's score and TBT beside it.
 */
const LIGHTHOUSE_RUNS = 3;

async function lighthouseMedian(url, preset) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(url, preset));
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { ...median, runs: runs.map((r) => ({ performance: r.performance, tbtMs: r.tbtMs })) };
}

// ── In the page: input-to-paint, long tasks, memory ──

/**
 * Installed before the app loads. For every trusted `input` event: t0 is the event's own time
 * stamp; tFrame is the requestAnimationFrame of the first frame after it, the frame that shows
 * the new result (Yew renders in a microtask after the handler, before any frame: `late` counts
 * the exceptions); t1 is when that frame has been produced (a task posted from its rAF runs
 * after the frame). Long tasks are collected from the start. The wasm exports (for its memory)
 * come from Trunk's start event.
 */
function instrument() {
  window.__bench = { latencies: [], unchanged: 0, longTasks: [], pending: 0, waiters: [] };
  // Resolves once every input so far has had its frame (one round trip instead of polling).
  window.__bench.idle = () =>
    window.__bench.pending === 0 ? Promise.resolve() : new Promise((done) => window.__bench.waiters.push(done));
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__bench.wasm = e.detail.wasm;
  });
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__bench.longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
  const nextFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const tFrame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ tFrame, t1: performance.now() });
        channel.port2.postMessage(null);
      }),
    );
  document.addEventListener(
    'input',
    (event) => {
      if (!event.isTrusted || window.__bench.paused) return;
      const results = document.querySelector('.results');
      const before = results?.textContent;
      const t0 = event.timeStamp;
      // The first DOM change after the event: Yew has rendered (a microtask after the handler).
      let tDom = null;
      const observer = new MutationObserver(() => {
        tDom ??= performance.now();
      });
      observer.observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
      nextFrame().then(({ tFrame, t1 }) => {
        observer.disconnect();
        if (results?.textContent === before) window.__bench.unchanged++;
        window.__bench.latencies.push({
          id: event.target.id,
          ms: t1 - t0,
          frameMs: tFrame - t0,
          domMs: tDom === null ? null : tDom - t0,
          late: tDom !== null && tDom > tFrame,
        });
        window.__bench.pending--;
        if (window.__bench.pending === 0) window.__bench.waiters.splice(0).forEach((done) => done());
      });
      window.__bench.pending++;
    },
    true,
  );
}

async function waitForFrames(page) {
  await page.evaluate(() => window.__bench.idle());
}

/**
 * A person's keystrokes fall anywhere between two frames; sent right after the last change's
 * frame, each would wait for nearly a whole frame. So each waits a random part of a 60 Hz
 * frame first.
 */
const anyPhase = (page) => page.waitForTimeout(Math.random() * (1000 / 60));

/** Sawtooth over a slider's range with the arrow keys: up to the top, down to the bottom. */
async function driveSlider(page, id, changes) {
  const slider = page.locator(`#${id}`);
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  let up = true;
  for (let i = 0; i < changes; i++) {
    const [value, min, max] = await slider.evaluate((el) => [el.valueAsNumber, Number(el.min), Number(el.max)]);
    if (up && value >= max) up = false;
    if (!up && value <= min) up = true;
    await anyPhase(page);
    await slider.press(up ? 'ArrowRight' : 'ArrowLeft');
    await waitForFrames(page);
  }
}

/** Types into a number field key by key: values across the range, cleared in between. */
async function driveField(page, id, changes) {
  const field = page.locator(`#${id}`);
  await field.scrollIntoViewIfNeeded();
  await field.click();
  const typed = ['5,5', '6.25', '8', '3,75', '9.5', '7'];
  let keys = 0;
  for (let i = 0; keys < changes; i++) {
    await field.press('Control+a');
    await anyPhase(page);
    await field.press('Backspace');
    keys++;
    await waitForFrames(page);
    for (const ch of typed[i % typed.length]) {
      if (keys >= changes) break;
      await anyPhase(page);
      await page.keyboard.type(ch);
      keys++;
      await waitForFrames(page);
    }
  }
}

async function latency(browser, url) {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(instrument);
  await page.goto(url);
  await waitForApp(page);
  // Every slider, the advanced ones included; the other disclosures stay closed, as they start.
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      if (d.querySelector('input[type=range]')) d.open = true;
    }),
  );
  // The calculator's own sliders (the embed dialog's radius slider changes no result).
  const sliders = await page.$$eval('main input[type=range]', (els) => els.map((e) => e.id));
  const loadLongTasks = await page.evaluate(() => window.__bench.longTasks.length);
  // The main thread's CPU time (not wall time, which other processes on a shared machine
  // inflate) and where it went, over all the changes.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const start = await metrics();
  const perControl = {};
  for (const id of sliders) {
    log(`input-to-paint: ${CHANGES} changes of #${id}`);
    await driveSlider(page, id, CHANGES);
  }
  log(`input-to-paint: ${CHANGES} keystrokes in #delivered`);
  await driveField(page, 'delivered', CHANGES);
  const data = await page.evaluate(() => window.__bench);
  const end = await metrics();
  await context.close();

  const changes = data.latencies.length;
  const perChange = (name) => round(((end[name] - start[name]) * 1000) / changes, 3);
  const all = data.latencies.map((l) => l.ms);
  const frame = data.latencies.map((l) => l.frameMs);
  const dom = data.latencies.map((l) => l.domMs).filter((v) => v !== null);
  for (const l of data.latencies) (perControl[l.id] ??= []).push(l.ms);
  const typingLongTasks = data.longTasks.slice(loadLongTasks);
  return {
    method:
      'trusted input events from Playwright (arrow keys on each slider, keystrokes in a text field), each ' +
      'sent at a random point of a 60 Hz frame, with the disclosures other than the sliders\' closed as on ' +
      "opening; from the event's timeStamp to the end of the first frame after it (rAF, then a posted task), " +
      "and to that frame's start (its rAF)",
    all: summary(all),
    toFrame: summary(frame),
    domAfterFrame: data.latencies.filter((l) => l.late).length,
    eventToDom: summary(dom),
    mainThreadPerChangeMs: {
      cpu: perChange('ThreadTime'),
      script: perChange('ScriptDuration'),
      style: perChange('RecalcStyleDuration'),
      layout: perChange('LayoutDuration'),
      tasks: perChange('TaskDuration'),
    },
    perControl: Object.fromEntries(Object.entries(perControl).map(([id, v]) => [id, summary(v)])),
    changesWithoutVisibleResult: data.unchanged,
    longTasksWhileTyping: typingLongTasks.map((t) => round(t.duration, 0)),
    longTasksDuringLoad: data.longTasks.slice(0, loadLongTasks).map((t) => round(t.duration, 0)),
  };
}

/** JS heap after a full garbage collection, and the wasm's linear memory. */
async function memoryNow(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  return { jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, wasmMemory: wasm };
}

async function memory(browser, url) {
  const { context, page } = await openPage(browser);
  await page.addInitScript(instrument);
  await page.goto(url);
  await waitForApp(page);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(() => {
    window.__bench.paused = true; // no per-event frame bookkeeping during the soak
  });
  // A warm-up round first, so that what V8 and Yew grow once (compiled code, type feedback,
  // pools) is in the baseline: after 5,000 changes the heap grows by about a byte a change
  // (measured: +130 KB in the first 5,000, then 3–13 KB per further 5,000).
  const soak = (n) =>
    page.evaluate(async (count) => {
      const slider = document.getElementById('delivered-range');
      const field = document.getElementById('promise');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const tick = () => new Promise((done) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => done();
        c.port2.postMessage(null);
      });
      for (let i = 0; i < count; i++) {
        // Alternate a slider and typed text (good and bad), as people do.
        if (i % 2 === 0) {
          setValue.call(slider, String((i / 2) % 100 / 10));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          setValue.call(field, ['7,5', '6.5', 'x', '', '8'][(i >> 1) % 5]);
          field.dispatchEvent(new InputEvent('input', { bubbles: true }));
        }
        await tick();
      }
    }, n);
  await soak(WARM_UP);
  const before = await memoryNow(page, cdp);
  log(`memory: ${SOAK} input changes`);
  await soak(SOAK);
  await page.waitForTimeout(1000); // the announcement's settle timer
  const after = await memoryNow(page, cdp);
  await context.close();
  return {
    warmUp: WARM_UP,
    changes: SOAK,
    before,
    after,
    growth: {
      jsHeapUsed: after.jsHeapUsed - before.jsHeapUsed,
      wasmMemory: after.wasmMemory - before.wasmMemory,
    },
  };
}

async function modelInWasm(browser, url) {
  const { context, page } = await openPage(browser);
  await page.goto(url);
  await waitForApp(page);
  await page.waitForFunction(() => typeof window.wasmBindings?.benchModel === 'function');
  // A warm-up run, then the measured one.
  await page.evaluate(() => window.wasmBindings.benchModel(200));
  const ns = await page.evaluate(() => Array.from(window.wasmBindings.benchModel(20000)));
  await context.close();
  const names = [
    'evaluate (default scenario)',
    'timeline (default horizon)',
    'timeline (20-year horizon)',
    'levers',
    'timeline + levers',
    'analyse (one keystroke)',
    'monte carlo (2,000 draws, default scenario)',
    'monte carlo chunk (last 100 of 2,000 draws + summary)',
  ];
  return Object.fromEntries(names.map((n, i) => [n, round(ns[i], 0)]));
}

function criterion(dir) {
  const out = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const estimates = path.join(dir, name, 'new', 'estimates.json');
    const meta = path.join(dir, name, 'new', 'benchmark.json');
    if (!existsSync(estimates) || !existsSync(meta)) continue;
    const e = JSON.parse(readFileSync(estimates, 'utf8'));
    out[JSON.parse(readFileSync(meta, 'utf8')).full_id] = {
      meanNs: round(e.mean.point_estimate, 0),
      medianNs: round(e.median.point_estimate, 0),
      low95Ns: round(e.mean.confidence_interval.lower_bound, 0),
      high95Ns: round(e.mean.confidence_interval.upper_bound, 0),
    };
  }
  return out;
}

// ── Budgets ──

function budgets(r) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const native = r.model.native;
  const check = (name, met, measured, target) => ({ name, met, measured, target });
  const lhMobile = r.lighthouse.mobile;
  return [
    check('first visit ≤ 120 KB gzip -9', r.transfer.total.gzip <= BUDGET_GZIP_BYTES, kb(r.transfer.total.gzip), kb(BUDGET_GZIP_BYTES)),
    check('Lighthouse performance 100 (mobile)', lhMobile.performance === 100, `${lhMobile.performance}`, '100'),
    ...['accessibility', 'bestPractices', 'seo'].map((k) =>
      check(`Lighthouse ${k} 100 (mobile and desktop)`, lhMobile[k] === 100 && r.lighthouse.desktop[k] === 100, `${lhMobile[k]} / ${r.lighthouse.desktop[k]}`, '100'),
    ),
    check('LCP ≤ 1.2 s (mobile)', lhMobile.lcpMs <= 1200, `${lhMobile.lcpMs} ms`, '1200 ms'),
    check('input-to-paint p95 < 16 ms: to the frame that shows it (its rAF)', r.latency.toFrame.p95 < 16, `${r.latency.toFrame.p95} ms`, '16 ms'),
    check('input-to-paint p95 < 16 ms: to that frame produced', r.latency.all.p95 < 16, `${r.latency.all.p95} ms`, '16 ms'),
    check('no long task > 50 ms while typing', r.latency.longTasksWhileTyping.length === 0, `${r.latency.longTasksWhileTyping.length} (${r.latency.longTasksWhileTyping.join(', ') || 'none'})`, '0'),
    check('one evaluation < 1 µs (native)', native['evaluate (default scenario)']?.meanNs < 1000, `${native['evaluate (default scenario)']?.meanNs} ns`, '1000 ns'),
    check('timeline + levers < 100 µs (native)', native['timeline + levers']?.meanNs < 100_000, `${native['timeline + levers']?.meanNs} ns`, '100000 ns'),
    // "Beyond noise": a collected heap within 5 % or 256 KB of its baseline, no wasm growth.
    check(
      `no memory growth after ${r.memory.changes} changes`,
      r.memory.growth.wasmMemory === 0 && r.memory.growth.jsHeapUsed < Math.max(256 * 1024, 0.05 * r.memory.before.jsHeapUsed),
      `JS heap ${r.memory.growth.jsHeapUsed >= 0 ? '+' : ''}${kb(r.memory.growth.jsHeapUsed)}, wasm +${kb(r.memory.growth.wasmMemory)}`,
      'wasm +0, JS heap within 5 % (or 256 KB)',
    ),
  ];
}

// ── Report ──

function markdown(r) {
  const kb = (b) => (b === undefined ? '–' : (b / 1024).toFixed(1));
  const lines = [];
  const e = r.environment;
  lines.push(
    '# Benchmarks',
    '',
    `Written by \`scripts/bench\` on ${e.date}: commit \`${e.commit?.slice(0, 12)}\`${e.dirty ? ' (with uncommitted changes)' : ''}, ` +
      `${e.machine.cpu}, ${e.machine.cores} cores, ${e.machine.memoryGiB} GiB, ${e.machine.os}; ${e.browser}; ${e.rustc}; ` +
      `load average at the start ${e.machine.loadAverage.join(' ')}. The machine is shared, so timings are noisy: ` +
      'they are reported, never asserted. BENCHMARKS.json has every figure.',
    '',
    '## Budgets',
    '',
    '| budget | measured | target | |',
    '|---|---|---|---|',
    ...r.budgets.map((b) => `| ${b.name} | ${b.measured} | ${b.target} | ${b.met ? 'met' : '**missed**'} |`),
    '',
    '## First visit: transfer',
    '',
    'Every file Chromium fetched on a first visit (KB = 1024 bytes):',
    '',
    '| file | type | raw KB | gzip -9 KB | brotli KB |',
    '|---|---|---:|---:|---:|',
    ...r.transfer.files.map((f) => `| \`${f.file}\` | ${f.type} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
    `| **total** | | **${kb(r.transfer.total.raw)}** | **${kb(r.transfer.total.gzip)}** | **${kb(r.transfer.total.brotli)}** |`,
    '',
    `Referenced by the HTML but not fetched: ${r.transfer.referencedButNotFetched.join(', ') || 'none'}. ` +
      `Requests to other origins: ${r.transfer.otherOrigins.length}.`,
    '',
    '## Where the wasm goes',
    '',
    `${r.wasm.note}: ${kb(r.wasm.total)} KB of code and data.`,
    '',
    '| crate | KB | % |',
    '|---|---:|---:|',
    ...r.wasm.byCrate.slice(0, 12).map((c) => `| ${c.crate} | ${kb(c.bytes)} | ${c.percent} |`),
    '',
    'Largest items:',
    '',
    '| bytes | item |',
    '|---:|---|',
    ...r.wasm.top.map((t) => `| ${t.bytes} | \`${t.item.replaceAll('|', '\\|')}\` |`),
    '',
    '## Lighthouse',
    '',
    `Lighthouse ${r.lighthouse.mobile.lighthouse}, headless Chromium, its mobile (simulated slow 4G, 4× CPU slowdown) and desktop presets. ` +
      `Each preset ran ${r.lighthouse.mobile.runs?.length ?? 1} times; the median run by performance score is shown, and every run's score and TBT.`,
    '',
    '| preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | runs: performance (TBT) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...['mobile', 'desktop'].map((p) => {
      const l = r.lighthouse[p];
      const runs = (l.runs ?? [l]).map((x) => `${x.performance} (${x.tbtMs} ms)`).join(', ');
      return `| ${p} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.fcpMs} ms | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${runs} |`;
    }),
    '',
    'What cost points:',
    '',
    ...['mobile', 'desktop'].flatMap((p) =>
      r.lighthouse[p].flagged.length === 0
        ? [`- ${p}: nothing`]
        : r.lighthouse[p].flagged.map((f) => `- ${p}, ${f.category}: \`${f.audit}\` ${f.value} (score ${f.score})`),
    ),
    '',
    '## Input to paint',
    '',
    `${r.latency.method}. ${CHANGES} changes per control.`,
    '',
    '| control | changes | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    `| **all**, event to the frame produced | ${r.latency.all.count} | ${r.latency.all.p50} | ${r.latency.all.p95} | ${r.latency.all.max} |`,
    `| all, event to the frame's rAF | ${r.latency.toFrame.count} | ${r.latency.toFrame.p50} | ${r.latency.toFrame.p95} | ${r.latency.toFrame.max} |`,
    `| all, event to DOM updated | ${r.latency.eventToDom.count} | ${r.latency.eventToDom.p50} | ${r.latency.eventToDom.p95} | ${r.latency.eventToDom.max} |`,
    ...Object.entries(r.latency.perControl).map(([id, s]) => `| \`#${id}\` | ${s.count} | ${s.p50} | ${s.p95} | ${s.max} |`),
    '',
    `Main thread per change, from Chromium's own counters (CPU time is what the page costs; wall-clock ` +
      `figures above also include time the shared machine gave to other processes): ` +
      `CPU ${r.latency.mainThreadPerChangeMs.cpu} ms, of which script ${r.latency.mainThreadPerChangeMs.script} ms, ` +
      `style ${r.latency.mainThreadPerChangeMs.style} ms, layout ${r.latency.mainThreadPerChangeMs.layout} ms ` +
      `(tasks, wall clock: ${r.latency.mainThreadPerChangeMs.tasks} ms).`,
    '',
    `Changes that left the results as they were (a step too small to show, a clamped end, text not yet a number): ${r.latency.changesWithoutVisibleResult}. ` +
      `DOM updated only after the next frame's rAF: ${r.latency.domAfterFrame}. ` +
      `Long tasks (> 50 ms) while typing: ${r.latency.longTasksWhileTyping.length ? r.latency.longTasksWhileTyping.join(', ') + ' ms' : 'none'}; ` +
      `during load (unthrottled): ${r.latency.longTasksDuringLoad.length ? r.latency.longTasksDuringLoad.join(', ') + ' ms' : 'none'}.`,
    '',
    '## Model speed',
    '',
    'Mean time per call. Native: criterion (`cargo bench --bench model`). In the browser: the same work in the release wasm, ' +
      'timed with `performance.now()` over many calls (`benchModel` in src/bench.rs, built only with the `bench` feature).' +
      (r.model.environment
        ? ` Measured on its own (\`scripts/bench --model-only\`) on ${r.model.environment.date.slice(0, 10)} at commit ` +
          `${r.model.environment.commit?.slice(0, 7)}, load average ${r.model.environment.machine.loadAverage.join(', ')}.`
        : ''),
    '',
    '| work | native (criterion) | wasm in Chromium |',
    '|---|---:|---:|',
    ...Object.keys(r.model.wasm).map((k) => {
      const n = r.model.native[k];
      const fmt = (ns) => (ns === undefined || ns === null ? '–' : ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns} ns`);
      return `| ${k} | ${fmt(n?.meanNs)} | ${fmt(r.model.wasm[k])} |`;
    }),
    '',
    '## Memory',
    '',
    `After a warm-up of ${r.memory.warmUp} changes, then ${r.memory.changes} input changes (a slider and typed text, good and bad, alternating), each followed by a task so that Yew renders; garbage collected before each reading.`,
    '',
    '| | before | after | growth |',
    '|---|---:|---:|---:|',
    `| JS heap used | ${kb(r.memory.before.jsHeapUsed)} KB | ${kb(r.memory.after.jsHeapUsed)} KB | ${kb(r.memory.growth.jsHeapUsed)} KB |`,
    `| wasm linear memory | ${kb(r.memory.before.wasmMemory)} KB | ${kb(r.memory.after.wasmMemory)} KB | ${kb(r.memory.growth.wasmMemory)} KB |`,
    '',
  );
  const notes = path.join(REPO, 'benches', 'NOTES.md');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trim(), '');
  return lines.join('\n');
}

// ── Main ──

if (args.render) {
  const report = JSON.parse(readFileSync(path.resolve(REPO, `${args.out}.json`), 'utf8'));
  writeFileSync(path.resolve(REPO, `${args.out}.md`), markdown(report));
  log(`wrote ${args.out}.md from ${args.out}.json`);
  process.exit(0);
}

if (args['model-only']) {
  const out = path.resolve(REPO, `${args.out}.json`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const benchServer = await startServer({ dir: path.resolve(REPO, args['bench-dist']) });
  const browser = await launchBrowser();
  try {
    log('model in wasm');
    report.model = {
      native: criterion(path.resolve(REPO, args.criterion)),
      wasm: await modelInWasm(browser, benchServer.url),
      environment: environment(browser.version()),
    };
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.resolve(REPO, `${args.out}.md`), markdown(report));
    log(`wrote the model section of ${args.out}.md and ${args.out}.json`);
  } finally {
    await browser.close();
    await benchServer.close();
  }
  process.exit(0);
}

const server = await startServer({ dir: DIST });
const benchServer = await startServer({ dir: path.resolve(REPO, args['bench-dist']) });
const browser = await launchBrowser();
try {
  const report = { environment: environment(browser.version()) };
  log('transfer');
  report.transfer = await transfer(browser, server.url);
  report.wasm = wasmBreakdown(path.resolve(REPO, args.twiggy));
  log(`lighthouse (mobile, desktop; ${LIGHTHOUSE_RUNS} runs each)`);
  report.lighthouse = {
    mobile: await lighthouseMedian(server.url, 'mobile'),
    desktop: await lighthouseMedian(server.url, 'desktop'),
  };
  report.latency = await latency(browser, server.url);
  report.memory = await memory(browser, server.url);
  log('model in wasm');
  report.model = { native: criterion(path.resolve(REPO, args.criterion)), wasm: await modelInWasm(browser, benchServer.url) };
  report.budgets = budgets(report);
  writeFileSync(path.resolve(REPO, `${args.out}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.resolve(REPO, `${args.out}.md`), markdown(report));
  log(`wrote ${args.out}.md and ${args.out}.json`);
  for (const b of report.budgets) log(`${b.met ? 'met   ' : 'MISSED'} ${b.name}: ${b.measured}`);
} finally {
  await browser.close();
  await server.close();
  await benchServer.close();
}
