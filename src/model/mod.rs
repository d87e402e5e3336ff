//! The Promise Gap model: pure Rust, no browser, tested natively.
//!
//! Data flows one way: a validated [`Scenario`] and the [`Assumptions`] in force go into
//! [`evaluate`], which returns an [`Outcome`]. MODEL.md gives the equations and every source.

/// The model's version, printed with every result on paper: the crate's version, raised with
/// any change to an equation or a coefficient's default.
pub const MODEL_VERSION: &str = env!("CARGO_PKG_VERSION");

mod analysis;
mod assumptions;
mod engine;
mod outcome;
mod scenario;

pub use analysis::{analyse, best_promise, sensitivity, Analysis, Lever, LEVERS};
pub use assumptions::{AssumptionError, Assumptions, CoefficientId, CoefficientSpec, Origin};
pub use engine::{evaluate, run, Case, MID_SCALE};
pub use outcome::{Band, Channels, Investment, Outcome, Period, Shares, Terms, Timeline};
pub use scenario::{check, InputId, InputSpec, Scenario, Unit, ValueError};
