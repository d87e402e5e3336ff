//! The results' likely ranges (P10–P90) from the model's seeded Monte Carlo
//! ([`crate::model::Simulation`]), run so that it never blocks typing: it starts once the inputs
//! have rested, runs in chunks of at most [`FRAME_MS`] of work with the page free between them,
//! and starts over when the inputs change. Until a run for the inputs on screen is done, the last
//! ranges stay, marked stale.

use crate::model::{Assumptions, Scenario, Simulation, Summary, Uncertainty, DRAWS, SEED};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long the inputs rest before a run starts: typing is not slowed by runs it would discard.
const START_AFTER_MS: u32 = 300;

/// The most work done in one go; the rest of a 16 ms frame is the page's.
const FRAME_MS: f64 = 6.0;

/// Draws between looks at the clock.
const DRAWS_PER_LOOK: usize = 20;

/// The ranges on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ranges {
    /// The last finished run, if any.
    pub summary: Option<Rc<Summary>>,
    /// Whether it is for the inputs on screen; stale while a new one runs.
    pub current: bool,
}

fn now() -> f64 {
    super::browser::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Runs `sim` for a frame's worth of work; when it is done, shows its ranges, else goes on in
/// the next task. `timer` holds the pending task: replacing it cancels the run.
fn run(mut sim: Simulation, ranges: UseStateHandle<Ranges>, timer: Rc<RefCell<Option<Timeout>>>) {
    let start = now();
    while !sim.is_done() && now() - start < FRAME_MS {
        sim.step(DRAWS_PER_LOOK);
    }
    if sim.is_done() {
        ranges.set(Ranges {
            summary: Some(Rc::new(sim.summary())),
            current: true,
        });
        return;
    }
    let next = timer.clone();
    *timer.borrow_mut() = Some(Timeout::new(0, move || run(sim, ranges, next)));
}

/// The ranges for `scenario` under `assumptions`, following them as they change.
#[hook]
pub fn use_ranges(scenario: &Scenario, assumptions: &Assumptions) -> Ranges {
    let ranges = use_state_eq(Ranges::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let ranges = ranges.clone();
        use_effect_with(
            (scenario.clone(), assumptions.clone()),
            move |(scenario, assumptions)| {
                if ranges.summary.is_some() {
                    ranges.set(Ranges {
                        summary: ranges.summary.clone(),
                        current: false,
                    });
                }
                let (scenario, assumptions) = (scenario.clone(), assumptions.clone());
                let next = timer.clone();
                // Replacing the pending task cancels the run for the inputs before.
                *timer.borrow_mut() = Some(Timeout::new(START_AFTER_MS, move || {
                    let u = Uncertainty::around(&assumptions);
                    run(Simulation::new(&scenario, &u, SEED, DRAWS), ranges, next);
                }));
            },
        );
    }
    (*ranges).clone()
}
