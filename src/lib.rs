//! Promise Gap: a customer-experience calculator that runs entirely in the browser.
//!
//! Layers, from the inside out:
//! - [`lang`] and [`decimal`]: leaves that import nothing from the crate (the two languages;
//!   exact decimal text for doubles), so the layers above need not import each other for them;
//! - [`model`]: the pure model (scenario → outcome), native and tested with `cargo test`;
//! - [`input`], [`format`](mod@format), [`i18n`]: reading what people type and writing numbers
//!   and words in Finnish or English, also pure;
//! - [`state`]: the app's one state type and its reducer, pure;
//! - [`share`]: the state as a share link, a JSON document and CSV, and reading them back, pure;
//! - [`results`]: every result the app reports, declared once;
//! - [`why`]: the words under each result that say where it comes from, pure;
//! - `app`, `components`, `hooks` and `services` (browser only): the view, the hooks its
//!   components share, and the edges to the page, URL, storage, embedding and the service worker. Behind the `browser` feature, which the wasm
//!   build turns on; the `prerender` feature also compiles them natively, to render the first
//!   view to HTML at build time.

pub mod decimal;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod model;
pub mod results;
pub mod share;
pub mod state;
pub mod why;

pub mod analyses;
pub mod chart;

#[cfg(feature = "browser")]
pub mod app;
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench;
#[cfg(feature = "browser")]
mod components;
#[cfg(feature = "browser")]
mod hooks;
#[cfg(feature = "browser")]
mod services;
