/* Promise Gap host script 2.0, for a page with <iframe data-promise-gap src="…?embed=1">.
   It sizes each such frame to the app's height, tells the app this page's font and address, and
   turns the app's messages into CustomEvents on the iframe: promise-gap:ready, promise-gap:change
   (the figures, with ?results=1&origin=…), promise-gap:cta (cancelable) and promise-gap:export.
   A link the reader copies in a frame opens this page with the figures after `#`; this script
   hands them to the first frame. It trusts a message only from the frame's own window and the
   origin of its src. One global, PromiseGapHost. Never changed once published: a change ships
   under a new name (the snippet pins this file by its hash). See EMBEDDING.md. */
(() => {
  'use strict';
  if (window.PromiseGapHost) return;
  window.PromiseGapHost = Object.freeze({ version: '2.0' });
  const frames = () => [...document.querySelectorAll('iframe[data-promise-gap]')];
  const url = (text, base) => {
    try {
      const u = new URL(text, base);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
    } catch {
      return null;
    }
  };
  const fit = (frame) => Object.assign(frame.style, { display: 'block', width: '100%', border: '0' });
  const tell = (frame, type, detail, cancelable = false) =>
    frame.dispatchEvent(new CustomEvent(`promise-gap:${type}`, { detail, cancelable, bubbles: true }));
  const ready = new WeakSet();
  const EXPORTS = ['link', 'json', 'csv', 'print'];
  frames().forEach(fit);
  // A link copied in a frame: this page's address with the app's figures after `#v=`.
  const [first] = frames();
  if (first && /^#v=\d/.test(location.hash)) first.src = first.src.split('#')[0] + location.hash;
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object') return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== url(frame.src, document.baseURI)?.origin) return;
    if (data.type === 'promise-gap:height' && data.version === 1) {
      if (!Number.isFinite(data.height) || data.height <= 0 || data.height > 100000) return;
      fit(frame);
      frame.style.height = `${Math.ceil(data.height)}px`;
      // This page's font (for font=inherit: an iframe inherits no CSS) and address (for links
      // the reader copies), to the app's origin only.
      const fontFamily = getComputedStyle(frame.parentElement ?? document.body).fontFamily;
      const pageUrl = location.href.split('#')[0];
      event.source.postMessage({ type: 'promise-gap:host-style', version: 1, fontFamily, pageUrl }, event.origin);
      if (!ready.has(frame)) {
        ready.add(frame);
        tell(frame, 'ready', { version: '2.0' });
      }
    } else if (data.type === 'promise-gap:results' && data.version === 2) {
      tell(frame, 'change', data);
    } else if (data.type === 'promise-gap:cta' && data.version === 1) {
      // The address is the frame's own cta-url, never one a message names.
      const target = url(url(frame.src, document.baseURI).searchParams.get('cta-url') ?? '');
      if (target && tell(frame, 'cta', { url: target.href }, true)) location.assign(target.href);
    } else if (data.type === 'promise-gap:export' && data.version === 1 && EXPORTS.includes(data.kind)) {
      tell(frame, 'export', { kind: data.kind });
    }
  });
})();
