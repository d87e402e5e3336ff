//! Promise Gap: a customer-experience calculator that runs entirely in the browser.
//!
//! Layers, from the inside out:
//! - [`model`]: the pure model (scenario → outcome), native and tested with `cargo test`;
//! - [`input`], [`format`], [`i18n`]: reading what people type and writing numbers and words in
//!   Finnish or English, also pure;
//! - `state`: the app's one state type and its reducer, pure;
//! - `components` and `services` (browser only): the view, and the edges to URL, storage,
//!   embedding and the service worker.

pub mod model;
