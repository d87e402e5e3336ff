//! The fit to the client's data over the whole input space (proptest), and its figures at the
//! defaults and the insurer (MODEL.md, "Fitted to your data").
#![cfg(not(target_arch = "wasm32"))]

use promise_gap::model::{evaluate, fit, Assumptions, InputId as I, Scenario, Verdict};
use proptest::prelude::*;

mod common;
use common::references::INSURER;
use common::{assumptions, scenario};

fn with(s: &Scenario, pairs: &[(I, f64)]) -> Scenario {
    let mut s = s.clone();
    for &(id, v) in pairs {
        s.set(id, v).unwrap();
    }
    s
}

/// The model's own bad share today at a delivered level.
fn bad_at(s: &Scenario, a: &Assumptions, level: f64) -> f64 {
    evaluate(&with(s, &[(I::Delivered, level)]), a)
        .today
        .shares
        .bad
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A problem share the model itself gives at a level is fitted at that level, wherever the
    /// share tells that level from its neighbours; and the recommendation and churn the model
    /// gives there make the verdict "fits".
    #[test]
    fn the_fit_recovers_the_level_that_generated_the_figures(
        s in scenario(), a in assumptions(), tenths in 0u32..=100,
    ) {
        let level = f64::from(tenths) / 10.0;
        let bad = bad_at(&s, &a, level);
        let distinct = |other: f64| (0.0..=10.0).contains(&other)
            && (bad_at(&s, &a, other) - bad).abs() > 1e-9;
        prop_assume!(bad > 0.0);
        prop_assume!(tenths == 0 || distinct(level - 0.1));
        prop_assume!(tenths == 100 || distinct(level + 0.1));
        let measured = with(&s, &[(I::ReportedProblems, bad * 100.0)]);
        let f = fit(&measured, &a).unwrap();
        prop_assert_eq!(f.delivered, level);
        let own = with(&measured, &[
            (I::BaselineRecommend, f.recommend.modelled * 100.0),
            (I::BaselineChurn, f.churn.modelled * 100.0),
        ]);
        let again = fit(&own, &a).unwrap();
        prop_assert_eq!(again.delivered, level);
        prop_assert_eq!(again.verdict(), Verdict::Fits);
    }

    /// More customers reporting a problem never infers a higher delivered level.
    #[test]
    fn more_problems_never_a_higher_level(
        s in scenario(), a in assumptions(), x in 0.5f64..=100.0, y in 0.5f64..=100.0,
    ) {
        let (fewer, more) = (x.min(y), x.max(y));
        let at = |share| fit(&with(&s, &[(I::ReportedProblems, share)]), &a).unwrap().delivered;
        prop_assert!(at(more) <= at(fewer), "{more} % gives {}, {fewer} % {}", at(more), at(fewer));
    }

    /// No problem share, no fit; and the share never moves a result: the model does not run on it.
    #[test]
    fn absent_measures_give_no_fit_and_the_share_changes_no_result(
        s in scenario(), a in assumptions(),
    ) {
        let none = with(&s, &[(I::ReportedProblems, 0.0)]);
        prop_assert!(fit(&none, &a).is_none());
        prop_assert_eq!(evaluate(&none, &a), evaluate(&s, &a));
    }
}

#[test]
fn the_defaults_and_the_insurer_as_measured() {
    let a = Assumptions::default();
    let defaults = Scenario::default();
    let insurer = with(&defaults, &INSURER);
    // (scenario, problem share %, fitted level, modelled problems, recommend, churn %, verdict)
    let cases = [
        (
            &defaults,
            37.5,
            6.5,
            37.5,
            20.2,
            19.3,
            Verdict::ProblemsOnly,
        ),
        (
            &defaults,
            20.0,
            6.9,
            18.4,
            24.9,
            18.0,
            Verdict::ProblemsOnly,
        ),
        (&insurer, 70.9, 6.0, 70.9, 12.0, 21.6, Verdict::ProblemsOnly),
        (&insurer, 30.0, 7.3, 31.0, 21.8, 18.8, Verdict::ProblemsOnly),
    ];
    for (s, share, level, problems, recommend, churn, verdict) in cases {
        let f = fit(&with(s, &[(I::ReportedProblems, share)]), &a).unwrap();
        let pct = |v: f64| (v * 1000.0).round() / 10.0;
        assert_eq!(
            (
                f.delivered,
                pct(f.problems.modelled),
                pct(f.recommend.modelled),
                pct(f.churn.modelled),
                f.verdict()
            ),
            (level, problems, recommend, churn, verdict),
            "{share} %"
        );
    }
}
