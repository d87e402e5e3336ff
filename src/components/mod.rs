//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod app_status;
mod attribution;
mod embed_dialog;
mod header;
mod inputs;
mod number_field;
mod results;
mod share_bar;

pub use app_status::{app_status, use_app_status};
pub use attribution::attribution;
pub use embed_dialog::EmbedDialog;
pub use header::Header;
pub use inputs::InputsPanel;
pub use results::ResultsPanel;
pub use share_bar::ShareBar;
