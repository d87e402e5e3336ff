#!/usr/bin/env node
// The build step after Trunk: a post_build hook in Trunk.toml, run on Trunk's staging folder
// before it becomes dist/. `node scripts/postbuild.mjs <dir>` runs it on a built folder by
// hand; running it again changes nothing but what the folder's files changed. It
// - puts the app's first view, prerendered natively by `cargo run --features prerender --bin
//   prerender`, into index.html's `#app` in Finnish and beside it in English, with the inline
//   script that shows the visitor's before the page paints, so the page paints before the wasm
//   arrives (the wasm hydrates those nodes);
// - moves Trunk's inline bootstrap (`<script type=module>`) into a hashed file and repeats the
//   Content-Security-Policy in a <meta> tag, so the pages run under the app's one fixed policy,
//   and refuses any other inline script, style or event handler, which that policy blocks;
// - writes the web app manifest, declaring the icons at the sizes they really have;
// - writes the service worker sw.js from scripts/sw.js, minified (every first visit downloads
//   it), with the exact list of this build's files, their SHA-256, and a version derived from
//   them, so every release gets a new worker.
// Debug builds (TRUNK_PROFILE=debug) skip the policy and precache nothing; see postbuild().
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { CONTENT_SECURITY_POLICY, FILEHASHED, PICK_LANGUAGE } from '../deploy/headers.mjs';

const SCRIPTS = path.dirname(fileURLToPath(import.meta.url));
export const MANIFEST = 'manifest.webmanifest';
export const SERVICE_WORKER = 'sw.js';
/** The scripts other sites include (`embed-host.js`, `embed-host-2.0.js`): not precached. */
export const HOST_SCRIPTS = /^embed-host(-\d+\.\d+)?\.js$/;

// The manifest's icons; PNG sizes are read from the files.
const ICONS = [
  { src: 'icons/icon-192.png', purpose: 'any' },
  { src: 'icons/icon-512.png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', purpose: 'maskable' },
  { src: 'icon.svg', purpose: 'any' },
];
// The splash screen behind the icon while the installed app starts: the page's light paper.
const BACKGROUND = '#ffffff';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest();
const hex16 = (bytes) => sha256(bytes).toString('hex').slice(0, 16);

/** Every file under `dir` as a sorted list of `/`-separated relative paths, dotfiles skipped. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** An attribute's value in a start tag's attribute text, quoted or not; undefined if absent. */
function attr(attrs, name) {
  const m = attrs.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Script types that are data, not code: CSP does not apply to them.
const DATA_TYPES = new Set(['application/json', 'application/ld+json', 'importmap']);

/**
 * Moves each inline module script of `html` into `boot-<hash>.js` under `publicUrl`. Returns
 * the new HTML and the files to write.
 */
export function externalizeModules(html, publicUrl) {
  const files = [];
  const out = html.replace(SCRIPT, (whole, attrs, body) => {
    if (attr(attrs, 'src') !== undefined || attr(attrs, 'type')?.toLowerCase() !== 'module') return whole;
    const code = `${body.trim()}\n`;
    const name = `boot-${hex16(code)}.js`;
    files.push({ name, content: code });
    return `<script type="module" src="${publicUrl}${name}"></script>`;
  });
  return { html: out, files };
}

/** What in `html` the Content-Security-Policy would block: a list of messages. */
export function inlineViolations(html) {
  const found = [];
  const code = html.replace(SCRIPT, (whole, attrs, body) => {
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    const allowed = body === PICK_LANGUAGE && type === '';
    if (attr(attrs, 'src') === undefined && body.trim() !== '' && !DATA_TYPES.has(type) && !allowed) {
      found.push(`inline script: ${whole.slice(0, 80)}`);
    }
    return '<script>';
  });
  if (/<style\b/i.test(code)) found.push('a <style> element');
  for (const [tag] of code.matchAll(/<[a-z][^>]*>/gi)) {
    if (/\sstyle\s*=/i.test(tag)) found.push(`a style attribute: ${tag.slice(0, 80)}`);
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(`an event handler attribute: ${tag.slice(0, 80)}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) found.push(`a javascript: URL: ${tag.slice(0, 80)}`);
  }
  return found;
}

/**
 * The first view as Yew's server renderer writes it, for hydration. Built natively (the dev
 * profile: it only prints HTML) from the same sources as the wasm, in the same build.
 */
export function prerender() {
  const view = (lang) =>
    execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', lang], {
      cwd: path.join(SCRIPTS, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 << 20,
    });
  return { fi: view('fi'), en: view('en') };
}

// As written in index.html, or as Trunk's minifier leaves it (`<div id=app>`).
const MOUNT = /<div id=(?:"app"|'app'|app)>\s*<\/div>/;

/**
 * `html` with the Finnish view (`views.fi`) inside its empty mount point, the English one in a
 * template after it, and the script that swaps them for an English-speaking visitor; unchanged
 * if it has no mount point or `views` is null (a debug build renders afresh).
 */
export function withPrerender(html, views) {
  if (!views) return html;
  return html.replace(
    MOUNT,
    () => `<div id="app">${views.fi}</div><template id="app-en">${views.en}</template><script>${PICK_LANGUAGE}</script>`,
  );
}

const META_CSP = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/**
 * Puts the policy in a <meta> tag right after `<meta charset>`, before anything it governs, for
 * hosts that cannot send headers. It equals the header, so the two never conflict.
 */
export function withMetaCsp(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  const clean = html.replace(META_CSP, '');
  const charset = clean.match(/<meta\s+charset\s*=[^>]*>/i);
  if (!charset) throw new Error('no <meta charset> to put the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The web app manifest, from index.html's title, description, language and theme colour. */
export async function manifest(dir) {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const title = html.match(/<title>([^<]*)<\/title>/i)?.[1].trim();
  const metas = [...html.matchAll(/<meta\s([^>]*)>/gi)].map(([, attrs]) => attrs);
  const meta = (name) => metas.find((a) => attr(a, 'name') === name && attr(a, 'media') === undefined);
  const themeColor = attr(meta('theme-color') ?? '', 'content');
  const description = attr(meta('description') ?? '', 'content');
  const lang = attr(html.match(/<html\b([^>]*)>/i)?.[1] ?? '', 'lang');
  if (!title || !themeColor || !description || !lang) {
    throw new Error('index.html needs <title>, <html lang>, and <meta> description and theme-color');
  }
  const icons = [];
  for (const { src, purpose } of ICONS) {
    const bytes = await readFile(path.join(dir, src));
    if (src.endsWith('.svg')) {
      icons.push({ src, sizes: 'any', type: 'image/svg+xml', purpose });
    } else {
      const { width, height } = pngSize(bytes);
      icons.push({ src, sizes: `${width}x${height}`, type: 'image/png', purpose });
    }
  }
  // Relative URLs resolve against the manifest's own, so a sub-path deployment stays in its
  // folder; `id` is left to default to start_url for the same reason.
  return {
    name: title,
    short_name: title,
    description,
    lang,
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: themeColor,
    background_color: BACKGROUND,
    categories: ['business', 'productivity'],
    icons,
  };
}

/**
 * sw.js for the files of `dir` (as they are now): the template with `BUILD` prepended. With
 * `precache` false it caches nothing and passes every request to the network.
 */
export async function serviceWorker(dir, precache = true) {
  const files = [];
  for (const rel of precache ? await listFiles(dir) : []) {
    // The host scripts run on other sites' pages, which this worker never serves.
    if (rel === SERVICE_WORKER || HOST_SCRIPTS.test(rel)) continue;
    const integrity = `sha256-${sha256(await readFile(path.join(dir, rel))).toString('base64')}`;
    // A page is cached under its folder's address, the one visitors open (`./`, not
    // `./index.html`): the worker's fetch then revalidates the copy the visit has just loaded
    // (a 304, no second download of the page).
    const url = encodeURI(rel.replace(/(^|\/)index\.html$/, '$1')) || './';
    files.push({ url, integrity, hashed: FILEHASHED.test(rel) });
  }
  // Its top level is the worker's own: only `BUILD`, declared above it, is shared.
  const { code: template } = await minify(await readFile(path.join(SCRIPTS, 'sw.js'), 'utf8'), {
    ecma: 2020,
    toplevel: true,
    compress: { passes: 2 },
    format: { comments: false },
  });
  // The worker's own code counts too: a release that changes only it gets a new cache as well.
  const version = hex16([template, ...files.map((f) => `${f.url} ${f.integrity}`)].join('\n'));
  const build = JSON.stringify({ version, files }, null, 2);
  return {
    version,
    source: `// Generated by scripts/postbuild.mjs from scripts/sw.js; do not edit.\nconst BUILD = ${build};\n\n${template}`,
  };
}

/**
 * Runs every step on the built folder `dir`, whose files are served under `publicUrl`, with
 * `firstView` (from prerender(), or null) in the mount point. A
 * debug build (`trunk serve`, whose live-reload script is inline and talks over a WebSocket)
 * gets no policy, and a worker that caches nothing, so a reload always shows the latest code.
 */
export async function postbuild(dir, publicUrl = './', release = true, firstView = null) {
  const problems = [];
  for (const page of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
    const file = path.join(dir, page);
    const built = withPrerender(await readFile(file, 'utf8'), firstView);
    const { html, files } = externalizeModules(built, publicUrl);
    for (const { name, content } of files) await writeFile(path.join(dir, name), content);
    const final = release ? withMetaCsp(html) : html;
    if (release) problems.push(...inlineViolations(final).map((p) => `${page}: ${p}`));
    await writeFile(file, final);
  }
  if (problems.length > 0) {
    throw new Error(
      `the Content-Security-Policy (deploy/headers.mjs) would block:\n  ${problems.join('\n  ')}\n` +
        'Move scripts and styles into files; set styles from Rust with element.style().set_property().',
    );
  }
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(await manifest(dir), null, 2)}\n`);
  const sw = await serviceWorker(dir, release);
  await writeFile(path.join(dir, SERVICE_WORKER), sw.source);
  return sw.version;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/postbuild.mjs <dir>  (or as a Trunk hook, with TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  try {
    const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
    const firstView = release ? prerender() : null;
    const version = await postbuild(dir, process.env.TRUNK_PUBLIC_URL || './', release, firstView);
    console.log(`postbuild: ${dir}: service worker version ${version}`);
  } catch (err) {
    console.error(`postbuild: ${err.message}`);
    process.exit(1);
  }
}
