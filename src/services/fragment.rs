//! The share link in the address bar: the URL's fragment, read, replaced without adding to the
//! history, and heard when the user changes it. The path and the query (the page's own
//! parameters, such as embedding's) are never changed.

use gloo::events::EventListener;

/// The current fragment, with its `#` (empty when there is none).
pub fn read() -> String {
    super::browser::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's URL without its fragment.
fn base() -> Option<String> {
    let href = super::browser::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_owned())
}

/// The page's URL with `fragment` (without `#`): the link to share. An embedded calculator's
/// address carries the host's display choices (`?embed=1&…`); its link opens the host's page
/// (`host`, as the host script gave it, which passes the fragment on to its frame) or, without
/// a host script, the calculator itself, the whole app.
pub fn link(fragment: &str, host: Option<&str>) -> Option<String> {
    let page = match host {
        Some(host) => host.split('#').next().unwrap_or(host).to_owned(),
        None if super::embed::config().enabled => super::embed::app_urls()?.0,
        None => base()?,
    };
    Some(format!("{page}#{fragment}"))
}

/// Replaces the fragment (`None` removes it) in place: no history entry, no scrolling, no
/// `hashchange`. The history entry's own state is kept.
pub fn replace(fragment: Option<&str>) {
    let Some(window) = super::browser::window() else {
        return;
    };
    let (Ok(history), Some(base)) = (window.history(), base()) else {
        return;
    };
    let url = match fragment {
        Some(f) => format!("{base}#{f}"),
        None => base,
    };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&url));
}

/// Calls `changed` whenever the user changes the fragment (e.g. pastes another link into
/// the address bar of an open page). Listens until the returned listener is dropped.
pub fn on_change(changed: impl Fn() + 'static) -> Option<EventListener> {
    let window = super::browser::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        changed()
    }))
}
