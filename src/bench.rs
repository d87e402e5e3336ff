//! The model timed inside the browser, in wasm: the same work as `benches/model.rs`, for
//! scripts/bench. Built only with the `bench` feature (`trunk build --features bench`), never
//! into the production app.

use crate::model::{
    analyse, evaluate, levers, monte_carlo, run, Assumptions, InputId, Scenario, Simulation,
    Uncertainty, DRAWS, SEED,
};
use std::hint::black_box;
use wasm_bindgen::prelude::wasm_bindgen;

/// Mean nanoseconds per call of `f`, over `iterations` calls, by `performance.now()`.
fn time(iterations: u32, mut f: impl FnMut()) -> f64 {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f64::NAN;
    };
    let iterations = iterations.max(1);
    let start = performance.now();
    for _ in 0..iterations {
        f();
    }
    (performance.now() - start) * 1e6 / f64::from(iterations)
}

/// Nanoseconds per call, in this order: evaluate (default scenario), timeline (default
/// horizon), timeline (20-year horizon), levers, timeline + levers, analyse, the Monte Carlo
/// (2,000 draws) and its costliest chunk (the last 100 draws and the summary), as in
/// benches/model.rs.
#[wasm_bindgen(js_name = benchModel)]
pub fn bench_model(iterations: u32) -> Vec<f64> {
    let a = Assumptions::default();
    let s = Scenario::default();
    let mut longest = Scenario::default();
    let _ = longest.set(InputId::Horizon, InputId::MAX_HORIZON as f64);
    // analyse is ~100 times the work of one evaluation: fewer rounds keep the run short.
    let few = (iterations / 50).max(1);
    // A Monte Carlo run is about 10,000 evaluations.
    let runs = (iterations / 2000).max(1);
    let u = Uncertainty::default();
    let mut started = Simulation::new(&s, &u, SEED, DRAWS);
    started.step(DRAWS - 100);
    vec![
        time(iterations, || drop(black_box(evaluate(black_box(&s), &a)))),
        time(iterations, || drop(black_box(run(black_box(&s), &a)))),
        time(iterations, || drop(black_box(run(black_box(&longest), &a)))),
        time(few, || drop(black_box(levers(black_box(&s), &a)))),
        time(few, || {
            drop(black_box(run(black_box(&s), &a)));
            drop(black_box(levers(black_box(&s), &a)));
        }),
        time(few, || drop(black_box(analyse(black_box(&s), &a)))),
        time(runs, || {
            drop(black_box(monte_carlo(black_box(&s), &u, SEED, DRAWS)))
        }),
        time(few, || {
            let mut sim = started.clone();
            sim.step(black_box(100));
            drop(black_box(sim.summary()));
        }),
    ]
}
