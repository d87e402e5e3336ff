// Minifies the JavaScript Trunk wrote into dist/ (Trunk's own minifier fails on wasm-bindgen's
// output, "Failed to minify JS", and leaves it whole: 29 KB instead of 13), then updates the
// subresource-integrity hashes that the HTML files give for it. Trunk's post_build hook runs it
// before scripts/postbuild.mjs, which records every file's digest in the service worker:
// minifying after that would make the worker refuse the build. Running it twice changes nothing.
// Only Trunk's own (hashed) glue is touched; embed-host.js is a classic script for other sites.
//
// Usage: node scripts/minify-js.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify } from 'terser';
import { FILEHASHED } from '../deploy/headers.mjs';

const dist = path.resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist');
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const names = await readdir(dist);
const htmlFiles = names.filter((n) => n.endsWith('.html'));
const html = new Map();
for (const name of htmlFiles) html.set(name, await readFile(path.join(dist, name), 'utf8'));

for (const name of names.filter((n) => FILEHASHED.test(n) && n.endsWith('.js'))) {
  const file = path.join(dist, name);
  const source = await readFile(file, 'utf8');
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  if (code === undefined || code.length >= source.length) continue;
  await writeFile(file, code);
  const [before, after] = [sri(source), sri(code)];
  for (const [page, text] of html) html.set(page, text.replaceAll(before, after));
  console.log(`minify-js: ${name} ${source.length} -> ${code.length} bytes`);
}

for (const [page, text] of html) await writeFile(path.join(dist, page), text);
