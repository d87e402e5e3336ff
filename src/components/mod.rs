//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod app_status;
mod header;
mod inputs;
mod number_field;
mod results;

pub use app_status::{app_status, use_app_status};
pub use header::Header;
pub use inputs::InputsPanel;
pub use results::ResultsPanel;
