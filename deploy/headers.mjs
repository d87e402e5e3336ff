// The response-header rules of a deployment of Promise Gap, in one place: the test server
// (tests/e2e/server.mjs) sends them, the build (scripts/postbuild.mjs) repeats the policy in a
// <meta> tag and precaches by them, and tests/e2e/deploy.test.mjs checks the nginx sample
// (deploy/nginx.conf) says the same. DEPLOY.md explains them.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The one inline script: it picks the prerendered view in the visitor's language before the
 * page paints, which a file would delay (assets/pick-language.js). Inlined by the build as is.
 */
export const PICK_LANGUAGE = readFileSync(new URL('../assets/pick-language.js', import.meta.url), 'utf8');

/**
 * The Content-Security-Policy. Nothing inline may run or style but the language picker, allowed
 * by its hash (the build moves Trunk's inline bootstrap into a file, and refuses any other
 * inline script or style), so the policy changes only when the picker does and a host can set
 * it once. `'wasm-unsafe-eval'` lets the page
 * compile its own WebAssembly; `'unsafe-eval'` is never needed. No `frame-ancestors`: the app
 * is made to be embedded, and a host that knows its consultancies' origins appends
 * `frame-ancestors 'self' https://…` to the header (it is ignored in a <meta> tag).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(PICK_LANGUAGE).digest('base64')}' 'wasm-unsafe-eval'`,
  // CSSOM (`element.style.setProperty`) is allowed; `style` attributes and <style> are not.
  "style-src 'self'",
  // data: for small images a stylesheet may embed; they cannot run script.
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Headers every response carries, errors included. `nosniff`: a file is only ever read as its
 * Content-Type says. `no-referrer`: the app's pages and files name no address to anyone they
 * fetch from or link to (a share link's figures are in the fragment, which browsers never send,
 * but the policy should not rest on that).
 */
export const EVERY_RESPONSE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Trunk's filehash names: `<stem>-<hash>.<ext>` and `<crate>-<hash>_bg.wasm`, the hash being
 * a u64 in unpadded hex, so usually 16 digits (the build's own `boot-<hash>.js` follows
 * suit); 12 is the floor so that ordinary hyphenated names ("icon-192.png") never count.
 * A hashed name changes whenever its content does, so it may be cached forever.
 */
export const FILEHASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;

/**
 * The host script under its versioned name (`embed-host-2.0.js`): never changed once published
 * (a change ships under a new name), since other sites load it pinned by its Subresource
 * Integrity hash, which a cross-origin script needs CORS for. `embed-host.js`, the unversioned
 * first version, stays revalidated.
 */
export const HOST_SCRIPT = /(^|\/)embed-host-\d+\.\d+\.js$/;

/** Files whose content never changes under their name: cached for a year, and readable from any
 * origin (HASHED_CORS). */
export const IMMUTABLE = new RegExp(`${FILEHASHED.source}|${HOST_SCRIPT.source}`);

/**
 * On the immutable files only (hashed, and the versioned host script): any origin may read them. A frame sandboxed without
 * `allow-same-origin` has the origin `null`, so to it the app's own script, wasm and stylesheet
 * are cross-origin: module scripts and `fetch` load them over CORS, and the stylesheet's
 * integrity check needs CORS too. They are the public, immutable app, the same for everyone,
 * so `*` gives nothing away; no credentials ride on them.
 */
export const HASHED_CORS = { 'Access-Control-Allow-Origin': '*' };
