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
pub use assumptions::assumptions_panel;
use attribution::attribution;
pub use colophon::colophon;
pub use embed_dialog::EmbedDialog;
pub use header::Header;
pub use inputs::InputsPanel;
pub use insights::Insights;
pub use results::ResultsPanel;
pub use share_bar::ShareBar;
