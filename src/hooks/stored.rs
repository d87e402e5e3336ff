//! A short text setting of this browser's (the consultancy's name on the handout), kept in local
//! storage so it survives a reload. Storage may be blocked (a third-party frame, private mode)
//! or refuse at any call: the setting then lasts for the visit, and nothing breaks.

use crate::services::storage::Local;
use crate::share::saved::Store;
use yew::prelude::*;

/// The text stored under `key`, and the callback that changes it. Read after the first render,
/// which must equal the prerendered page (it has no stored text).
#[hook]
pub fn use_stored_text(key: &'static str) -> (AttrValue, Callback<String>) {
    let text = use_state_eq(AttrValue::default);
    {
        let text = text.clone();
        use_effect_with((), move |_| {
            if let Ok(Some(stored)) = Local.get(key) {
                text.set(stored.into());
            }
        });
    }
    let set = {
        let text = text.clone();
        use_callback((), move |next: String, _| {
            // Refused or blocked: kept on screen for this visit all the same.
            let _ = if next.is_empty() {
                Local.remove(key)
            } else {
                Local.set(key, &next)
            };
            text.set(next.into());
        })
    };
    ((*text).clone(), set)
}
