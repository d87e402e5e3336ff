#!/usr/bin/env node
// Renders the app icon (assets/icon.svg) into the PNGs the web app manifest and iOS need, in
// assets/icons/. Run by hand when the icon changes (`node scripts/icons.mjs`) and commit the
// PNGs; builds only copy them. Uses Debian's Chromium through playwright-core, then Debian's
// pngquant and optipng (`apt-get install pngquant optipng`): a palette of the icon's four
// colours and their edges halves the PNGs (first visit −3.3 KB gzip), invisibly.
import { execFileSync } from 'node:child_process';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/helpers.mjs';

const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');

const svg = await readFile(path.join(ASSETS, 'icon.svg'), 'utf8');
// Maskable and Apple icons fill the whole square, which the platform crops to its own shape;
// the artwork stays inside the central circle of 80 % diameter that every mask keeps (its
// farthest corner is 179 of the 205 units allowed).
const ROUNDED = 'rx="96"';
if (!svg.includes(ROUNDED)) throw new Error(`assets/icon.svg no longer has ${ROUNDED}; update scripts/icons.mjs`);
const fullBleed = svg.replace(ROUNDED, 'rx="0"');

const OUTPUTS = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, source: fullBleed },
];

await mkdir(path.join(ASSETS, 'icons'), { recursive: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const { file, size, source } of OUTPUTS) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const out = path.join(ASSETS, 'icons', file);
    await page.screenshot({ path: out, omitBackground: true });
    execFileSync('pngquant', ['--quality=80-100', '--speed=1', '--strip', '--force', '--output', out, out]);
    execFileSync('optipng', ['-quiet', '-o7', out]);
    console.log(`assets/icons/${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
