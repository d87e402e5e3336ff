//! Hooks that components and the browser services share: each pattern written once. Waiting
//! for a value to hold still ([`use_settled`]) and copying text to the clipboard ([`use_copy`]);
//! a setting kept in local storage ([`use_stored_text`]).

mod copy;
mod settled;
mod stored;

pub use copy::{use_copy, Clipboard};
pub use settled::use_settled;
pub use stored::use_stored_text;
