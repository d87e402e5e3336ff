//! The model's fast paths give exactly what the plain definitions give: `best_promise` and
//! `sensitivity` skip allocations and resolve coefficients once (see `engine::CentralImpact`)
//! and sort levers by hand, `evaluate` shares what its three runs have in common (see
//! `engine::Setting`), and none of that may change a single bit of a result.
#![cfg(not(target_arch = "wasm32"))]

use promise_gap::model::{
    best_promise, evaluate, run, sensitivity, Assumptions, Case, InputId, Lever, Scenario,
    Timeline, LEVERS,
};
use proptest::prelude::*;

mod common;
use common::{assumptions, scenario};

fn impact(s: &Scenario, a: &Assumptions) -> f64 {
    run(s, a, Case::Central).revenue_impact()
}

/// `best_promise` as MODEL.md defines it, one full timeline per grid point.
fn best_promise_by_definition(s: &Scenario, a: &Assumptions) -> f64 {
    let delivered = s.get(InputId::Delivered);
    let mut best = (f64::NEG_INFINITY, f64::INFINITY, s.get(InputId::Promise));
    for i in 0..=100 {
        let promise = f64::from(i) / 10.0;
        let probe = s.with(InputId::Promise, promise).unwrap();
        let value = (impact(&probe, a) * 100.0).round();
        let distance = (promise - delivered).abs();
        if value > best.0 || (value == best.0 && distance < best.1) {
            best = (value, distance, promise);
        }
    }
    best.2
}

/// `sensitivity` by definition, sorted by the standard library's stable sort.
fn sensitivity_by_definition(s: &Scenario, a: &Assumptions) -> Vec<Lever> {
    let base = impact(s, a);
    let mut levers: Vec<Lever> = LEVERS
        .iter()
        .filter_map(|&input| {
            let spec = input.spec();
            let value = s.get(input);
            let step = if value + spec.step <= spec.max {
                spec.step
            } else {
                -spec.step
            };
            let moved = s.with(input, value + step).ok()?;
            Some(Lever {
                input,
                step,
                impact: impact(&moved, a) - base,
            })
        })
        .collect();
    levers.sort_by(|x, y| y.impact.abs().total_cmp(&x.impact.abs()));
    levers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn best_promise_is_bit_for_bit_the_definition(s in scenario()) {
        let a = Assumptions::default();
        prop_assert_eq!(best_promise(&s, &a).to_bits(), best_promise_by_definition(&s, &a).to_bits());
    }

    #[test]
    fn sensitivity_is_bit_for_bit_the_definition(s in scenario()) {
        let a = Assumptions::default();
        let fast = sensitivity(&s, &a);
        let slow = sensitivity_by_definition(&s, &a);
        let bits = |v: &[Lever]| v.iter().map(|l| (l.input, l.step.to_bits(), l.impact.to_bits())).collect::<Vec<_>>();
        prop_assert_eq!(bits(&fast), bits(&slow));
    }

    #[test]
    fn evaluate_runs_each_case_bit_for_bit_as_run_does(s in scenario(), a in assumptions()) {
        let o = evaluate(&s, &a);
        // `{:?}` writes each f64 in the shortest form that reads back to the same bits.
        let bits = |t: &Timeline| format!("{t:?}");
        prop_assert_eq!(bits(&o.central), bits(&run(&s, &a, Case::Central)));
        prop_assert_eq!(bits(&o.pessimistic), bits(&run(&s, &a, Case::Pessimistic)));
        prop_assert_eq!(bits(&o.optimistic), bits(&run(&s, &a, Case::Optimistic)));
    }
}

#[test]
fn the_default_scenario_has_levers_of_different_sizes_in_order() {
    let levers = sensitivity(&Scenario::default(), &Assumptions::default());
    assert_eq!(levers.len(), LEVERS.len());
    assert!(levers
        .windows(2)
        .all(|w| w[0].impact.abs() >= w[1].impact.abs()));
    assert!(levers[0].impact.abs() > levers[levers.len() - 1].impact.abs());
}
