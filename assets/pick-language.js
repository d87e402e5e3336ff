// Runs inline, right after #app, before the page first paints (scripts/postbuild.mjs puts it
// there; the Content-Security-Policy allows it by its hash, deploy/headers.mjs). The page holds
// the first view in Finnish, shown, and in English, in a template: a browser that prefers
// English gets that one. The rule is Lang::from_browser's (src/i18n): the first of the
// browser's languages that we speak, English if it names neither. An embedded calculator
// renders afresh, in the host's language and with the host's sections, so it shows neither.
(function () {
  var app = document.getElementById('app');
  var en = document.getElementById('app-en');
  // Neither the unused view nor this script stays in the page.
  document.currentScript.remove();
  if (!app || !en) return;
  en.remove();
  if (new URLSearchParams(location.search).has('embed')) return app.replaceChildren();
  var tags = navigator.languages || [navigator.language || ''];
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i]).trim().split(/[-_]/)[0].toLowerCase();
    if (primary === 'fi') return;
    if (primary === 'en') break;
  }
  app.replaceChildren(en.content);
  document.documentElement.lang = 'en';
})();
