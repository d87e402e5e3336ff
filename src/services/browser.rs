//! The page itself: the browser's preferred languages, the document language, and the signal
//! that the app is interactive.

use crate::lang::Lang;
use wasm_bindgen::prelude::*;

/// The page's window; none when the view is prerendered natively at build time, where there is
/// no page, so every browser edge does nothing and the view shows its defaults.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The page's document; none when prerendering (see [`window`]).
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The language to start in: the one an embedding host fixed, else the first of the browser's
/// languages that we speak.
pub fn preferred_lang() -> Lang {
    if let Some(lang) = super::embed::config().lang {
        return lang;
    }
    let tags: Vec<String> = window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::from_browser(&tags)
}

/// The language `<html lang>` names, if one we speak.
#[cfg(target_arch = "wasm32")]
pub fn document_lang() -> Option<Lang> {
    Lang::from_code(&document()?.document_element()?.get_attribute("lang")?)
}

/// Keeps `<html lang>` in step with the app, for screen readers, hyphenation and translation tools.
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Opens the browser's print dialog (the handout, see `components::handout`).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Asks for the whole page in full screen (presenter mode); a page that may not (a frame without
/// `allow="fullscreen"`) stays as it is.
pub fn enter_fullscreen() {
    if let Some(root) = document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Leaves full screen, if the page is in it.
pub fn exit_fullscreen() {
    if let Some(d) = document().filter(|d| d.fullscreen_element().is_some()) {
        d.exit_fullscreen();
    }
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(e) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// Marks the mount point as interactive (`data-ready="true"`), for tests and the embed host.
pub fn mark_ready(root: &web_sys::Element) {
    let _ = root.set_attribute("data-ready", "true");
}

/// The root element, `<html>`.
pub fn document_element() -> Option<web_sys::Element> {
    document()?.document_element()
}

/// The element the app mounts into.
pub fn mount_point() -> Option<web_sys::Element> {
    document()?.get_element_by_id("app")
}

/// Copies `text` to the clipboard, then calls `done` with whether that worked: it does not
/// without a secure context or when the browser refuses.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = window().map(|w| w.navigator());
    // `navigator.clipboard` is missing outside secure contexts; calling it would throw.
    let Some(navigator) =
        navigator.filter(|n| js_sys::Reflect::has(n, &"clipboard".into()) == Ok(true))
    else {
        return done(false);
    };
    // One callback for both outcomes: `writeText` resolves with `undefined`, rejects with an
    // error. Handed to the JS garbage collector afterwards, so it is freed once settled.
    let settled = Closure::once(move |outcome: JsValue| done(outcome.is_undefined()));
    let _ = navigator
        .clipboard()
        .write_text(text)
        .then2(&settled, &settled);
    let _ = settled.into_js_value();
}
