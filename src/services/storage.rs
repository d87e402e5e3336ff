//! The saved state in `localStorage`. Storage can be missing or refuse at any call (blocked in
//! a third-party iframe, a sandbox or private mode, or full), so every call says whether it
//! worked and none ever throws.

/// The one key the app keeps.
const KEY: &str = "promise-gap:state";

/// Storage is blocked, missing or full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn storage() -> Result<web_sys::Storage, Unavailable> {
    super::browser::window()
        .ok_or(Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(Unavailable)
}

/// The saved document, if any.
pub fn load() -> Result<Option<String>, Unavailable> {
    storage()?.get_item(KEY).map_err(|_| Unavailable)
}

pub fn save(text: &str) -> Result<(), Unavailable> {
    storage()?.set_item(KEY, text).map_err(|_| Unavailable)
}

pub fn clear() -> Result<(), Unavailable> {
    storage()?.remove_item(KEY).map_err(|_| Unavailable)
}
