//! Files: downloads made in the page (Blob, object URL and `<a download>`), and reading a
//! file the user picked or dropped.

use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;

/// How long an object URL outlives the click that starts its download.
const REVOKE_AFTER_MS: u32 = 10_000;

/// Offers `text` as a download named `name`; `false` if the page could not start it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let Some(document) = super::browser::document() else {
        return false;
    };
    let (Some(body), Ok(anchor)) = (document.body(), document.create_element("a")) else {
        return false;
    };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return false;
    };
    let url = gloo::file::ObjectUrl::from(gloo::file::Blob::new_with_options(text, Some(mime)));
    anchor.set_href(&url);
    anchor.set_download(name);
    // Attached for the click: some browsers ignore clicks on detached links.
    if body.append_child(&anchor).is_err() {
        return false;
    }
    anchor.click();
    anchor.remove();
    // Dropping the URL revokes it; wait so the download has surely started.
    Timeout::new(REVOKE_AFTER_MS, move || drop(url)).forget();
    true
}

/// `promise-gap-2026-11-23.json`: today's local date, so saved versions sort by day.
pub fn dated_name(extension: &str) -> String {
    let (year, month, day) = super::page::today();
    format!("promise-gap-{year:04}-{month:02}-{day:02}.{extension}")
}

/// Reads `file` as UTF-8 text and calls `done` with it, or with `Err(())` if the browser could
/// not read it. Dropping the returned reader cancels the read.
pub fn read_text(
    file: web_sys::File,
    done: impl FnOnce(Result<String, ()>) + 'static,
) -> FileReader {
    let file = gloo::file::File::from(file);
    gloo::file::callbacks::read_as_text(&file, move |result| done(result.map_err(|_| ())))
}
