// A small static file server for the built app (dist/), used by scripts/serve and the
// end-to-end tests. It sends the headers a production host should send, so the tests see
// what users see; `headersFor` is the one place those rules are applied (their policy is in
// deploy/headers.mjs), so the nginx sample (deploy/nginx.conf) is checked against it.
// Text and wasm go out gzipped when the browser accepts it, as the nginx sample sends them, so
// load times measured here are the ones users get.
//
// CLI: node tests/e2e/server.mjs --dir dist [--port 8080] [--host 127.0.0.1] [--base /tools/promise-gap/]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, EVERY_RESPONSE, HASHED_CORS, IMMUTABLE } from '../../deploy/headers.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

// The types deploy/nginx.conf compresses (its gzip_types; nginx always includes HTML).
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.webmanifest']);

/** Each file's gzipped bytes, made once per version of the file. */
const gzipCache = new Map();

async function gzipped(file, info) {
  const key = `${file} ${info.mtimeMs} ${info.size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(await readFile(file), { level: 9 }));
  return gzipCache.get(key);
}

/** The response headers for a file at URL path `urlPath` (relative to the app's base). */
export function headersFor(urlPath, { csp = true } = {}) {
  const name = path.posix.basename(urlPath);
  const ext = path.posix.extname(name).toLowerCase();
  const immutable = IMMUTABLE.test(name);
  return {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    // Hashed names change whenever their content does, and a versioned host script never
    // changes, so they may be cached forever; every other file (index.html, embed.html, sw.js,
    // the manifest) must be revalidated so that a deploy reaches users on their next visit.
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(immutable && HASHED_CORS),
    ...EVERY_RESPONSE,
    ...(csp && { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }),
  };
}

function sendError(res, status, message, extra = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    ...EVERY_RESPONSE,
    ...extra,
  });
  res.end(`${message}\n`);
}

/**
 * Serves `dir` under `basePath`. Resolves to `{ url, port, close() }` once listening. `csp: false`
 * serves without the app's policy: for pages that are not the app, such as a test's host page.
 */
export function startServer({ dir, port = 0, host = '127.0.0.1', basePath = '/', csp = true }) {
  const root = path.resolve(dir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;

  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    const pathname = req.url.split(/[?#]/, 1)[0];
    if (pathname === base.slice(0, -1)) {
      return sendError(res, 301, 'Moved Permanently', { Location: base });
    }
    if (!pathname.startsWith(base)) return sendError(res, 404, 'Not Found');

    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return sendError(res, 400, 'Bad Request');
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    // Decoding can produce `..` or backslashes from `%2e%2e%2f`; resolve and check containment
    // rather than pattern-matching the raw URL.
    const file = path.resolve(root, rel);
    if (rel.includes('\0') || !file.startsWith(root + path.sep)) {
      return sendError(res, 400, 'Bad Request');
    }

    let info;
    try {
      info = await stat(file);
    } catch {
      return sendError(res, 404, 'Not Found');
    }
    if (!info.isFile()) return sendError(res, 404, 'Not Found');

    const headers = headersFor(rel, { csp });
    const compressed = COMPRESSED.has(path.extname(file).toLowerCase());
    if (compressed) headers.Vary = 'Accept-Encoding';
    // A validator as nginx makes one (modification time and size; weak, as its gzip makes it),
    // so a revalidation of an unchanged file, such as the service worker's of the page while
    // it precaches, is a 304 without the body, as it is in production.
    headers.ETag = `W/"${Math.floor(info.mtimeMs / 1000).toString(16)}-${info.size.toString(16)}"`;
    const known = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (known.includes(headers.ETag.slice(2)) || known.includes('*')) {
      res.writeHead(304, headers);
      return res.end();
    }
    if (compressed && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = await gzipped(file, info);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'Content-Length': info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}${base}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '/' },
    },
  });
  const { url } = await startServer({
    dir: values.dir,
    port: Number(values.port),
    host: values.host,
    basePath: values.base,
  });
  console.log(`Serving ${path.resolve(values.dir)} at ${url} (Ctrl-C stops)`);
}
