//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod attribution;
mod embed_dialog;
mod header;
mod inputs;
mod number_field;
mod results;
mod share_bar;

pub use attribution::attribution;
pub use embed_dialog::EmbedDialog;
pub use header::Header;
pub use inputs::InputsPanel;
pub use results::ResultsPanel;
pub use share_bar::ShareBar;
