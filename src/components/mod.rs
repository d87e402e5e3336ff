//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod header;
mod inputs;
mod number_field;
mod results;

pub use header::Header;
pub use inputs::InputsPanel;
pub use results::ResultsPanel;
mod assumptions;
mod colophon;
mod investment;
mod text;
mod why;
pub use assumptions::assumptions_panel;
pub use colophon::colophon;
