//! The model timed inside the browser, in wasm: the same work as `benches/model.rs`, for
//! scripts/bench. Built only with the `bench` feature (`trunk build --features bench`), never
//! into the production app.

use crate::model::{analyse, evaluate, levers, run, Assumptions, InputId, Scenario};
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
/// horizon), timeline (20-year horizon), levers, timeline + levers, analyse.
#[wasm_bindgen(js_name = benchModel)]
pub fn bench_model(iterations: u32) -> Vec<f64> {
    let a = Assumptions::default();
    let s = Scenario::default();
    let mut longest = Scenario::default();
    let _ = longest.set(InputId::Horizon, InputId::MAX_HORIZON as f64);
    // analyse is ~100 times the work of one evaluation: fewer rounds keep the run short.
    let few = (iterations / 50).max(1);
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
    ]
}
