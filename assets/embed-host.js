/* Promise Gap host script: include it on a page with <iframe data-promise-gap src="…?embed=1">.
   It sizes each such iframe to the app's height, so the frame never scrolls or clips, and
   re-dispatches results (with ?results=1&origin=…) as a `promise-gap:results` CustomEvent on
   the iframe. It trusts a message only from the frame's own window and from the origin of its
   src. No dependencies; see EMBEDDING.md. */
(() => {
  'use strict';
  // Once per page, however many snippets include it.
  if (window.promiseGapHost) return;
  window.promiseGapHost = true;
  const frames = () => [...document.querySelectorAll('iframe[data-promise-gap]')];
  const originOf = (frame) => {
    try { return new URL(frame.src, document.baseURI).origin; } catch { return null; }
  };
  const fit = (frame) => Object.assign(frame.style, { display: 'block', width: '100%', border: '0' });
  frames().forEach(fit);
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object') return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    if (data.type === 'promise-gap:height' && data.version === 1) {
      if (!Number.isFinite(data.height) || data.height <= 0 || data.height > 100000) return;
      fit(frame);
      frame.style.height = `${Math.ceil(data.height)}px`;
      // For font=inherit (an iframe inherits no CSS): this page's font, to the app's origin only.
      const fontFamily = getComputedStyle(frame.parentElement ?? document.body).fontFamily;
      event.source.postMessage({ type: 'promise-gap:host-style', version: 1, fontFamily }, event.origin);
    } else if (data.type === 'promise-gap:results' && data.version === 2) {
      frame.dispatchEvent(new CustomEvent('promise-gap:results', { detail: data }));
    }
  });
})();
