//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod app_status;
mod assumptions;
mod attribution;
mod colophon;
mod compare;
mod embed_dialog;
mod header;
mod inputs;
mod insights;
mod investment;
mod levers;
mod number_field;
mod results;
mod share_bar;
mod text;
mod timeline;
mod why;

pub use app_status::{app_status, use_app_status};
pub use assumptions::AssumptionsPanel;
use attribution::attribution;
pub use colophon::colophon;
pub use embed_dialog::EmbedDialog;
pub use header::Header;
pub use inputs::InputsPanel;
pub use insights::Insights;
pub use results::ResultsPanel;
pub use share_bar::ShareBar;

use yew::prelude::*;

/// Whether the app has settled after hydrating the prerendered page. Until then, content that
/// starts out hidden (closed disclosures, the embed dialog's form) is left out, so neither the
/// prerendered page nor hydration, which blocks the page, carries it. Provided by the app root.
#[derive(Clone, Copy, PartialEq)]
pub struct Settled(pub bool);

/// The [`Settled`] state; settled when nothing provides it.
#[hook]
pub fn use_settled() -> bool {
    use_context::<Settled>().is_none_or(|s| s.0)
}
