//! `localStorage` as a [`Store`]. Storage can be missing or refuse at any call (blocked in a
//! third-party iframe, a sandbox or private mode, disabled mid-visit, or full), so every call
//! says whether it worked and none ever throws. What is written where is [`crate::share::saved`].

use crate::share::saved::{Store, Unavailable};

/// The browser's `localStorage`, looked up at every call: a policy can take it away mid-visit.
pub struct Local;

fn storage() -> Result<web_sys::Storage, Unavailable> {
    super::browser::window()
        .ok_or(Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(Unavailable)
}

impl Store for Local {
    fn get(&self, key: &str) -> Result<Option<String>, Unavailable> {
        storage()?.get_item(key).map_err(|_| Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Unavailable> {
        storage()?.set_item(key, value).map_err(|_| Unavailable)
    }

    fn remove(&self, key: &str) -> Result<(), Unavailable> {
        storage()?.remove_item(key).map_err(|_| Unavailable)
    }

    fn keys(&self) -> Result<Vec<String>, Unavailable> {
        let s = storage()?;
        let n = s.length().map_err(|_| Unavailable)?;
        (0..n)
            .filter_map(|i| s.key(i).map_err(|_| Unavailable).transpose())
            .collect()
    }
}
