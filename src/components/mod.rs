//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod header;
mod inputs;
mod number_field;
mod results;

mod compare;
mod insights;
mod levers;
mod timeline;

pub use header::Header;
pub use inputs::InputsPanel;
pub use results::ResultsPanel;

pub use insights::Insights;
