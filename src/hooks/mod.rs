//! Hooks that components and the browser services share: each pattern written once. Waiting
//! for a value to hold still ([`use_settled`]), copying text to the clipboard ([`use_copy`]),
//! a setting kept in local storage ([`use_stored_text`]), the page's embed settings
//! ([`use_embed_settings`]) and disclosures built only while shown ([`use_disclosure`]).

mod copy;
mod disclosure;
mod embed_settings;
mod settled;
mod stored;

pub use copy::{use_copy, Clipboard};
pub use disclosure::{use_disclosure, Printing};
pub use embed_settings::use_embed_settings;
pub use settled::use_settled;
pub use stored::use_stored_text;
