//! The results' likely ranges (P10–P90) from the model's seeded Monte Carlo
//! ([`crate::model::Simulation`]), for every scenario, run so that it never blocks typing: runs
//! start once the inputs have rested, the active scenario's first, each in chunks of at most
//! [`FRAME_MS`] of work with the page free between them, and start over when the inputs change.
//! Until a scenario's run for the inputs on screen is done, its last ranges stay, marked stale.

use crate::model::{
    monte_carlo, Assumptions, Scenario, Simulation, Summary, Uncertainty, DRAWS, SEED,
};
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

/// Finished runs kept, so that inputs seen lately (an undo, a scenario picked again) have their
/// ranges at once.
const KEPT: usize = 16;

/// One scenario's ranges on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ranges {
    /// The last finished run, if any.
    pub summary: Option<Rc<Summary>>,
    /// Whether it is for the inputs on screen; stale while a new one runs.
    pub current: bool,
}

/// Every scenario's ranges, and the finished runs they come from.
#[derive(Clone, Default, PartialEq)]
struct Found {
    scenarios: Vec<Scenario>,
    assumptions: Option<Assumptions>,
    ranges: Rc<Vec<Ranges>>,
    kept: Vec<(Scenario, Assumptions, Rc<Summary>)>,
}

impl Found {
    /// The first state: the active scenario's run done at once, so that the first view shows
    /// its figures as their ranges round them, and the same a moment later. The prerendered page
    /// runs the same code natively, so it shows the same. The others follow in the background.
    fn starting(scenarios: &[Scenario], active: usize, a: &Assumptions) -> Found {
        let mut found = Found::default();
        if let Some(s) = scenarios.get(active) {
            let summary = monte_carlo(s, &Uncertainty::around(a), SEED, DRAWS);
            found.kept.push((s.clone(), a.clone(), Rc::new(summary)));
        }
        Rc::unwrap_or_clone(Rc::new(found).reduce(Change::Inputs(scenarios.to_vec(), a.clone())))
    }

    fn kept(&self, s: &Scenario, a: &Assumptions) -> Option<Rc<Summary>> {
        let same = |(ks, ka, _): &&(Scenario, Assumptions, Rc<Summary>)| ks == s && ka == a;
        self.kept
            .iter()
            .find(same)
            .map(|(_, _, summary)| summary.clone())
    }
}

enum Change {
    /// The inputs on screen: every scenario, under these assumptions.
    Inputs(Vec<Scenario>, Assumptions),
    /// A run finished (the scenario boxed: it is most of the message's size).
    Done(Box<Scenario>, Assumptions, Rc<Summary>),
}

impl Reducible for Found {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Change::Inputs(scenarios, assumptions) => {
                let ranges = scenarios.iter().enumerate().map(|(i, s)| {
                    match next.kept(s, &assumptions) {
                        Some(summary) => Ranges {
                            summary: Some(summary),
                            current: true,
                        },
                        // The scenario's last ranges, stale, until its run is done; a new
                        // scenario (a copy, most often) has the last finished run's, so that its
                        // figures keep their rounding meanwhile.
                        None => Ranges {
                            summary: self
                                .ranges
                                .get(i)
                                .and_then(|r| r.summary.clone())
                                .or_else(|| next.kept.last().map(|(.., summary)| summary.clone())),
                            current: false,
                        },
                    }
                });
                next.ranges = Rc::new(ranges.collect());
                next.scenarios = scenarios;
                next.assumptions = Some(assumptions);
            }
            Change::Done(scenario, assumptions, summary) => {
                if next.assumptions.as_ref() == Some(&assumptions) {
                    let mut ranges = (*next.ranges).clone();
                    for (r, s) in ranges.iter_mut().zip(&next.scenarios) {
                        if *s == *scenario {
                            *r = Ranges {
                                summary: Some(summary.clone()),
                                current: true,
                            };
                        }
                    }
                    next.ranges = Rc::new(ranges);
                }
                if next.kept.len() == KEPT {
                    next.kept.remove(0);
                }
                next.kept.push((*scenario, assumptions, summary));
            }
        }
        Rc::new(next)
    }
}

fn now() -> f64 {
    super::browser::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The run under way and the scenarios still to run after it, under one set of assumptions.
struct Runs {
    assumptions: Assumptions,
    uncertainty: Uncertainty,
    scenario: Scenario,
    sim: Simulation,
    /// Next last.
    queue: Vec<Scenario>,
}

type Timer = Rc<RefCell<Option<Timeout>>>;

/// Works on the runs for a frame's worth of time, reports a finished one, and goes on in the
/// next task. `timer` holds the pending task: replacing it cancels the runs.
fn work(mut runs: Runs, found: UseReducerDispatcher<Found>, timer: Timer) {
    let start = now();
    while !runs.sim.is_done() && now() - start < FRAME_MS {
        runs.sim.step(DRAWS_PER_LOOK);
    }
    if runs.sim.is_done() {
        let summary = Rc::new(runs.sim.summary());
        found.dispatch(Change::Done(
            Box::new(runs.scenario.clone()),
            runs.assumptions.clone(),
            summary,
        ));
        let Some(next) = runs.queue.pop() else {
            return;
        };
        runs.sim = Simulation::new(&next, &runs.uncertainty, SEED, DRAWS);
        runs.scenario = next;
    }
    let next = timer.clone();
    *timer.borrow_mut() = Some(Timeout::new(0, move || work(runs, found, next)));
}

/// The ranges of every scenario (in their order) under `assumptions`, following them as they
/// change; `active`'s run goes first.
#[hook]
pub fn use_ranges(
    scenarios: Vec<Scenario>,
    active: usize,
    assumptions: &Assumptions,
) -> Rc<Vec<Ranges>> {
    let found = use_reducer_eq(|| Found::starting(&scenarios, active, assumptions));
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let found = found.clone();
        use_effect_with(
            (scenarios, active, assumptions.clone()),
            move |(scenarios, active, assumptions)| {
                // Those without a finished run, each once, the active one first.
                let mut order: Vec<Scenario> = Vec::new();
                for s in scenarios.get(*active).into_iter().chain(scenarios) {
                    if found.kept(s, assumptions).is_none() && !order.contains(s) {
                        order.push(s.clone());
                    }
                }
                order.reverse();
                let mut queue = order;
                found.dispatch(Change::Inputs(scenarios.clone(), assumptions.clone()));
                let assumptions = assumptions.clone();
                let (dispatcher, next) = (found.dispatcher(), timer.clone());
                // Replacing the pending task cancels the runs for the inputs before.
                *timer.borrow_mut() = queue.pop().map(|first| {
                    Timeout::new(START_AFTER_MS, move || {
                        let uncertainty = Uncertainty::around(&assumptions);
                        let sim = Simulation::new(&first, &uncertainty, SEED, DRAWS);
                        let runs = Runs {
                            assumptions,
                            uncertainty,
                            scenario: first,
                            sim,
                            queue,
                        };
                        work(runs, dispatcher, next)
                    })
                });
            },
        );
    }
    found.ranges.clone()
}
