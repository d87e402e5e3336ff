//! The Promise Gap model: pure Rust, no browser, tested natively.
//!
//! Data flows one way: a validated [`Scenario`] (today and the plan) and the [`Assumptions`] in
//! force go into [`evaluate`], which returns an [`Outcome`]: today as the client describes it,
//! and the plan's difference from today. MODEL.md gives the equations and every source.
//! Around that point estimate, [`Uncertainty`] gives every coefficient a range, a
//! [`Simulation`] the results' ranges, and [`tornado`] the assumptions that move the worth most;
//! [`fit`] infers today's delivered level from what the client measures; an [`Industry`] gives
//! today's business figures a public starting point.

/// The model's version, printed with every result on paper: the crate's version, raised with
/// any change to an equation or a coefficient's default.
pub const MODEL_VERSION: &str = env!("CARGO_PKG_VERSION");

mod analysis;
mod assumptions;
mod engine;
mod fit;
mod outcome;
mod presets;
mod scenario;
mod simulation;
mod tornado;
mod uncertainty;

pub use analysis::{analyse, best_promise, levers, Analysis, LeverEffect};
pub use assumptions::{
    say_do_of, AssumptionError, Assumptions, CoefficientId, CoefficientSpec, Evidence, Origin,
};
pub use engine::{evaluate, gap_cost, plan_worth, run, MID_SCALE};
pub use fit::{fit, Compared, Fit, Verdict, CLOSE};
pub use outcome::{Channels, Figures, Investment, Outcome, Period, Shares, Terms, Timeline, Today};
pub use presets::{Figure, Industry, Provenance, Reading, Source, PRESET_INPUTS};
pub use scenario::{check, InputId, InputSpec, Lever, Scenario, Unit, ValueError};
pub use simulation::{
    monte_carlo, Driver, Headline, Percentiles, Simulation, Summary, Why, DRAWS, SEED,
};
pub use tornado::{tornado, Tornado, TornadoBar};
pub use uncertainty::{varied, Basis, RangeSpec, Shape, Spread, Uncertainty};
