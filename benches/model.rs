//! Model speed, natively: what one keystroke costs before the view renders. scripts/bench runs
//! this and copies the estimates into BENCHMARKS.md; nothing here is asserted.

use criterion::{criterion_group, criterion_main, Criterion};
use promise_gap::model::{
    analyse, best_promise, evaluate, gap_cost, levers, monte_carlo, run, tornado, Assumptions,
    InputId, Scenario, Simulation, Uncertainty, DRAWS, SEED,
};
use std::hint::black_box;

fn model(c: &mut Criterion) {
    let a = Assumptions::default();
    let s = Scenario::default();
    let mut longest = Scenario::default();
    let _ = longest.set(InputId::Horizon, InputId::MAX_HORIZON as f64);

    c.bench_function("evaluate (default scenario)", |b| {
        b.iter(|| evaluate(black_box(&s), black_box(&a)))
    });
    c.bench_function("gap cost (today's inputs only)", |b| {
        b.iter(|| gap_cost(black_box(&s), black_box(&a)))
    });
    c.bench_function("timeline (default horizon)", |b| {
        b.iter(|| run(black_box(&s), black_box(&a)))
    });
    c.bench_function("timeline (20-year horizon)", |b| {
        b.iter(|| run(black_box(&longest), black_box(&a)))
    });
    c.bench_function("levers", |b| {
        b.iter(|| levers(black_box(&s), black_box(&a)))
    });
    c.bench_function("timeline + levers", |b| {
        b.iter(|| {
            (
                run(black_box(&s), black_box(&a)),
                levers(black_box(&s), black_box(&a)),
            )
        })
    });
    c.bench_function("best promise", |b| {
        b.iter(|| best_promise(black_box(&s), black_box(&a)))
    });
    c.bench_function("analyse (one keystroke)", |b| {
        b.iter(|| analyse(black_box(&s), black_box(&a)))
    });

    let u = Uncertainty::default();
    c.bench_function("monte carlo (2,000 draws, default scenario)", |b| {
        b.iter(|| monte_carlo(black_box(&s), black_box(&u), SEED, DRAWS))
    });
    // One animation frame's share: the run's last chunk of 100 draws, the costliest (the sorted
    // values are longest), with its summary.
    let mut started = Simulation::new(&s, &u, SEED, DRAWS);
    started.step(DRAWS - 100);
    c.bench_function(
        "monte carlo chunk (last 100 of 2,000 draws + summary)",
        |b| {
            b.iter(|| {
                let mut sim = started.clone();
                sim.step(black_box(100));
                sim.summary()
            })
        },
    );
    c.bench_function("tornado (26 assumptions)", |b| {
        b.iter(|| tornado(black_box(&s), black_box(&u)))
    });
}

criterion_group! {
    name = benches;
    // Short runs: the machine is shared, and the figures are indicative, never asserted.
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = model
}
criterion_main!(benches);
