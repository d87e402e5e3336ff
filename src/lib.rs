//! Promise Gap: a customer-experience calculator that runs entirely in the browser.
//!
//! Layers, from the inside out:
//! - [`model`]: the pure model (scenario → outcome), native and tested with `cargo test`;
//! - [`input`], [`format`](mod@format), [`i18n`]: reading what people type and writing numbers
//!   and words in Finnish or English, also pure;
//! - [`state`]: the app's one state type and its reducer, pure;
//! - `app`, `components` and `services` (browser only): the view, and the edges to the page,
//!   URL, storage, embedding and the service worker.

pub mod format;
pub mod i18n;
pub mod input;
pub mod model;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod services;
