//! The page itself: the browser's preferred languages, the document language, and the signal
//! that the app is interactive.

use crate::i18n::Lang;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The language to start in: the first of the browser's languages that we speak.
pub fn preferred_lang() -> Lang {
    let tags: Vec<String> = web_sys::window()
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

/// Keeps `<html lang>` in step with the app, for screen readers, hyphenation and translation tools.
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Marks the mount point as interactive (`data-ready="true"`), for tests and the embed host.
pub fn mark_ready(root: &web_sys::Element) {
    let _ = root.set_attribute("data-ready", "true");
}

/// The element the app mounts into.
pub fn mount_point() -> Option<web_sys::Element> {
    document()?.get_element_by_id("app")
}
