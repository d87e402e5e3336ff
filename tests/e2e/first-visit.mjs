// What a first visit downloads, and its size budget: shared by the budget test
// (budget.test.mjs) and the benchmark (scripts/bench.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, openPage, waitForApp } from './helpers.mjs';

/** The budget issue 8 sets, in bytes of gzip -9 (1 KB = 1024 bytes). Missed today: see
 * BENCHMARKS.md, which reports against it. */
export const BUDGET_GZIP_BYTES = 120 * 1024;

/** What the test enforces until the budget is met: the size of the full feature set plus a
 * little room, so that size cannot grow unnoticed. 222 KB when it was set: the page's own files
 * (212 KB) and what the service worker precaches on the same first visit (icons, host script).
 * The prerendered first view (issue 8's paint budget) added 25 KB (Yew's hydration 18 KB of
 * wasm, the view 6 KB of HTML); removing core's float parsing and formatting took 22 KB off the
 * wasm: 227.8 KB measured, so 232 KB. Raised to 236 KB for the English first view (+3.1 KB of
 * HTML: English visitors see English before the wasm, not Finnish) and disclosures that build
 * their content only when opened (+2.0 KB of wasm, for a start-up task less): 232.7 KB measured.
 * Raised to 244 KB for issue 19's saved work that is never lost (earlier work kept, listed,
 * restored and deleted; documents set aside and exported; tabs following each other; +7.4 KB
 * of wasm, of which 1.3 KB is their Finnish and English text): 243.0 KB measured.
 * Raised to 264 KB for issue 17's numbers typed the other language's way, phone answer bar,
 * printed handout and presenter mode (+8.1 KB: 251.1 KB measured) and issue 16's likely ranges
 * from a seeded Monte Carlo run in chunks, with its explanation (+11.9 KB with presenter mode,
 * 263.0 KB measured; libm's `pow` for the PERT draws is 2.2 KB of it), then issue 16's tornado
 * of the assumptions (+3.3 KB: 266.3 KB measured).
 * Raised to 273 KB for issue 18, embedding as a consultant's tool (+6.5 KB of wasm: the compact
 * default and the host's choice of sections and reader's actions, transparent background and
 * compact density, the validated call to action, links that reopen on the host's page, the
 * export and call-to-action messages, and the dialog's new choices with their Finnish and
 * English text; the host scripts no longer precached, −0.9 KB): 272.0 KB measured, 272.2 KB on
 * top of the single likely range (3faec2c).
 * Raised to 275 KB for issue 16's fit to your data (+2.6 KB, of which about 1 KB is its Finnish
 * and English text: the problem share a client measures, today's delivered level fitted to it,
 * the model's figures beside theirs with a verdict, the button that uses the level and the mark
 * on every result; its part of the inputs is built only when opened, so the prerendered HTML
 * does not grow): 274.8 KB measured.
 * Raised to 281 KB for issue 16's industry starting points (+5.1 KB against the 274.8 KB above;
 * the commits between were not measured apart): five presets with their sources' titles and
 * addresses (about 1 KB), their Finnish and English words (about 1.3 KB: the choice, the mark,
 * how each figure was read), the choice and the list of sources, and the choice in both
 * prerendered first views (0.4 KB of HTML; it sits above the lever fields, so it is not built
 * on opening). 279.9 KB measured.
 * Raised to 282 KB for issue 17's design tokens and the consultancy's name on the handout
 * (+5.9 KB on top of c38aae3, which measured 275.9 KB): the tokens in a stylesheet of their
 * own (+0.9 KB of CSS, a second small file), the "Prepared by" field in both prerendered views
 * (+0.3 KB of HTML), and +4.7 KB of wasm for the `by` parameter, the stored setting and its
 * field, the hooks shared by the share bar, the results and the embed dialog, and the dialog's
 * new field and parts: 281.8 KB measured.
 * Raised to 295 KB for issue 16's figures rounded to their likely ranges and issue 17's
 * explorable answer (+9.1 KB against the two above, measured 294.9 KB with both): the answer's
 * levels as two components with their key, drag and typing handlers and the template's slots
 * (most of +7.3 KB of wasm with the next item), one "How are these calculated?" per section,
 * the rounding itself (+1.2 KB), and the prerendered first views now holding the likely ranges
 * and the answer's fields, since the active scenario is run before the first view (+0.6 KB of
 * HTML).
 * Raised to 301 KB for issue 17's charts (+5.8 KB measured on its own, of which 5.5 KB is wasm;
 * +5.1 KB on the 294.9 KB above, 300.0 KB measured with everything): every scenario's
 * plan and today's course over time in one chart, each line named at its end (the labels' width
 * estimate, wrapping and placement), its table with every line, a source line; the comparison
 * as one card per scenario on a narrow screen (each figure carries its row's label) and split
 * into parts; their Finnish and English text: 274.8 -> 280.6 KB measured. Not yet traced which
 * of it costs most (twiggy on the wasm would say); the library sort and `char::is_uppercase`
 * were taken out for size (-2.8 KB).
 * Lower it, never raise it without saying why. */
export const CEILING_GZIP_BYTES = 301 * 1024;

/** Size of `file` after `gzip -9` (no name or time in the header, so it is reproducible). */
export function gzipSize(file) {
  return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 64 << 20 }).length;
}

/** Local paths (relative to dist/) that a text file refers to: attributes, imports, url(). */
export function referencedPaths(text, fromFile) {
  const found = new Set();
  const patterns = [
    /\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi, // HTML attributes, quoted or not
    /\bimport\s*(?:[^'"]*?\bfrom\s*)?["']([^"']+)["']/g, // static imports
    /\bimport\(\s*["']([^"']+)["']\s*\)/g, // dynamic imports with a literal
    /["']([^"'\s]+\.(?:wasm|js|mjs|css|json|webmanifest))["']/g, // module_or_path, fetch(), etc.
    /url\(\s*["']?([^"')]+)["']?\s*\)/g, // CSS
  ];
  for (const re of patterns) {
    for (const [, ref] of text.matchAll(re)) {
      if (/^(?:[a-z]+:|\/\/|#|data:)/i.test(ref)) continue; // other origins, anchors, inline data
      const clean = ref.split(/[?#]/, 1)[0];
      if (!clean) continue;
      const rel = clean.startsWith('/')
        ? clean.slice(1)
        : path.posix.join(path.posix.dirname(fromFile), clean);
      found.add(path.posix.normalize(rel));
    }
  }
  return found;
}

/** Every file in dist/ reachable from index.html through references (see above). */
export function staticFirstVisit(dir = DIST_DIR) {
  const seen = new Set();
  const queue = ['index.html'];
  while (queue.length > 0) {
    const rel = queue.shift();
    if (seen.has(rel) || !existsSync(path.join(dir, rel))) continue;
    seen.add(rel);
    if (/\.(html|js|mjs|css|json|webmanifest)$/.test(rel)) {
      const text = readFileSync(path.join(dir, rel), 'utf8');
      for (const ref of referencedPaths(text, rel)) queue.push(ref);
    }
  }
  return seen;
}

/** The dist/ files Chromium fetched on a first visit to the served app, until it was ready. */
export async function observedFirstVisit(browser, server) {
  const { context, page } = await openPage(browser);
  const fetched = new Set();
  // The context, not the page: in Chromium it also reports a service worker's requests
  // (a precache is part of the first visit's download).
  context.on('request', (req) => {
    const url = new URL(req.url());
    const base = new URL(server.url);
    if (url.origin !== base.origin) return;
    let rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    fetched.add(rel);
  });
  try {
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  return fetched;
}
