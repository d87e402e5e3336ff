//! Properties of the model over its whole input space (proptest).
#![cfg(not(target_arch = "wasm32"))]

use promise_gap::model::{evaluate, run, Assumptions, Case, InputId, Period, Scenario, Timeline};
use proptest::prelude::*;

mod common;
use common::{assumptions, scenario};

fn rates(p: &Period) -> [f64; 7] {
    [
        p.recommend,
        p.detractors,
        p.churn,
        p.shares.good,
        p.shares.neutral,
        p.shares.bad,
        p.terms.delight_felt,
    ]
}

fn with(s: &Scenario, id: InputId, v: f64) -> Scenario {
    let spec = id.spec();
    s.with(id, v.clamp(spec.min, spec.max)).unwrap()
}

fn central(s: &Scenario) -> Timeline {
    run(s, &Assumptions::default(), Case::Central)
}

const EPS: f64 = 1e-9;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_output_is_finite_and_every_rate_is_a_rate(s in scenario(), a in assumptions()) {
        let o = evaluate(&s, &a);
        for t in [&o.central, &o.pessimistic, &o.optimistic] {
            prop_assert_eq!(t.periods.len(), s.horizon());
            for p in &t.periods {
                for r in rates(p) {
                    prop_assert!((-EPS..=1.0 + EPS).contains(&r), "rate {} in {:?}", r, p);
                }
                prop_assert!(p.recommend + p.detractors <= 1.0 + EPS);
                prop_assert!(p.customers >= -EPS && p.customers.is_finite());
                prop_assert!(p.spend_uplift.is_finite() && p.spend_uplift >= -EPS);
                prop_assert!(p.told_positive.is_finite() && p.told_negative.is_finite());
                prop_assert!(p.channels.total().is_finite());
            }
        }
        for b in [o.recommend, o.churn, o.revenue_impact, o.customers_kept, o.customers_won, o.told_negative] {
            prop_assert!(b.low.is_finite() && b.high.is_finite());
            prop_assert!(b.low <= b.central && b.central <= b.high);
        }
        if let Some(inv) = o.investment {
            prop_assert!(inv.roi.central.is_finite() && inv.npv.central.is_finite());
        }
    }

    #[test]
    fn recommendation_rises_and_churn_falls_with_what_is_delivered(s in scenario(), step in 0.1f64..3.0) {
        let d = s.get(InputId::Delivered);
        let (lo, hi) = (central(&s), central(&with(&s, InputId::Delivered, d + step)));
        for (a, b) in lo.periods.iter().zip(&hi.periods) {
            prop_assert!(b.recommend >= a.recommend - EPS, "{} < {}", b.recommend, a.recommend);
            prop_assert!(b.churn <= a.churn + EPS);
        }
    }

    #[test]
    fn recommendation_falls_with_the_promise_at_fixed_delivery(s in scenario(), step in 0.1f64..3.0) {
        let p = s.get(InputId::Promise);
        let (lo, hi) = (central(&s), central(&with(&s, InputId::Promise, p + step)));
        for (a, b) in lo.periods.iter().zip(&hi.periods) {
            prop_assert!(b.recommend <= a.recommend + EPS);
        }
    }

    #[test]
    fn recommendation_rises_with_delight_in_diminishing_steps(s in scenario(), k in 0.0f64..9.0) {
        // While delight goes on (a stopped delight is a shortfall, tested in calibration).
        let s = with(&s, InputId::DelightPeriods, 20.0);
        let r = |k: f64| central(&with(&s, InputId::DelightEvents, k)).periods.iter().map(|p| p.recommend).collect::<Vec<_>>();
        let (r0, r1, r2) = (r(k), r(k + 1.0), r(k + 2.0));
        for t in 0..r0.len() {
            let (step1, step2) = (r1[t] - r0[t], r2[t] - r1[t]);
            prop_assert!(step1 >= -EPS && step2 >= -EPS);
            prop_assert!(step2 <= step1 + EPS, "steps {} then {}", step1, step2);
        }
    }

    #[test]
    fn a_shortfall_weighs_more_than_an_equal_surplus(s in scenario(), gap in 0.1f64..4.0) {
        // Fixed promise in the middle, delivered one gap above and one below.
        let s = with(&with(&s, InputId::Promise, 5.0), InputId::NegativeSurprises, 0.0);
        let index = |d: f64| central(&with(&s, InputId::Delivered, d)).first().terms.index;
        let (below, kept, above) = (index(5.0 - gap), index(5.0), index(5.0 + gap));
        prop_assert!(kept - below > above - kept);
    }

    #[test]
    fn a_small_step_never_makes_a_rate_jump(s in scenario(), which in 0usize..6, down in any::<bool>()) {
        // Live sliders must not flicker: the rates the app shows have no jumps. A hundredth of a
        // level or an event moves none by more than 2 percentage points. The steepest slope is
        // about 1 point per hundredth, where a positive index meets a shortfall weighed by loss
        // aversion (a promise of 9.1 delivered at 8.7 with ten delight events and a baseline
        // rate of 0: 9.5 points per tenth, smooth; the earlier 8 per tenth was too tight).
        let (id, step) = [
            (InputId::Promise, 0.01),
            (InputId::Delivered, 0.01),
            (InputId::DelightEvents, 0.01),
            (InputId::NegativeSurprises, 0.01),
            (InputId::IrrelevantMessages, 0.01),
            (InputId::RecoveryQuality, 0.1),
        ][which];
        let v = s.get(id) + if down { -step } else { step };
        let (a, b) = (central(&s), central(&with(&s, id, v)));
        let shown = |p: &Period| [p.recommend, p.detractors, p.churn, p.spend_uplift];
        for (pa, pb) in a.periods.iter().zip(&b.periods) {
            for (x, y) in shown(pa).iter().zip(shown(pb)) {
                prop_assert!((x - y).abs() <= 0.02, "{:?} {} -> {}: {} vs {}", id, s.get(id), v, x, y);
            }
        }
    }
}

/// The steep corner random search once found, kept as a fixed case: smooth, within the bound.
#[test]
fn the_steepest_corner_found_has_no_jump() {
    let mut s = Scenario::default();
    for (id, v) in [
        (InputId::Promise, 9.106027940474446),
        (InputId::Delivered, 8.651298446617554),
        (InputId::DelightEvents, 9.814179374901713),
        (InputId::DelightPeriods, 1.0),
        (InputId::NegativeSurprises, 0.7185405689909901),
        (InputId::RecoveryQuality, 0.0),
        (InputId::Customers, 1.0),
        (InputId::BaselineChurn, 0.0),
        (InputId::BaselineRecommend, 0.0),
        (InputId::Reach, 95.78849633576606),
        (InputId::Horizon, 1.0),
    ] {
        s.set(id, v).unwrap();
    }
    let rate = |d: f64| central(&with(&s, InputId::Delivered, d)).periods[0].recommend;
    let step = rate(8.661298446617554) - rate(8.651298446617554);
    assert!(step > 0.005 && step <= 0.02, "{step}");
}
