//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod answer;
mod app_status;
mod assumptions;
mod attribution;
mod colophon;
mod compare;
mod cta;
mod earlier;
mod embed_dialog;
mod fit;
mod handout;
mod header;
mod inputs;
mod insights;
mod levers;
mod number_field;
mod presenter;
mod presets;
mod results;
mod share_bar;
mod text;
mod timeline;
mod tornado;
mod why;

pub use app_status::{app_status, use_app_status};
pub use assumptions::AssumptionsPanel;
use attribution::attribution;
pub use colophon::colophon;
pub use cta::cta;
pub use earlier::EarlierWork;
pub use embed_dialog::EmbedDialog;
pub use handout::Handout;
pub use header::Header;
pub use inputs::InputsPanel;
pub use insights::Insights;
pub use presenter::Presenter;
pub use results::{answer_bar, ResultsPanel};
pub use share_bar::ShareBar;
// The hooks every component may use, where components have always found them.
pub use crate::hooks::{use_disclosure, use_embed_settings, Printing};
