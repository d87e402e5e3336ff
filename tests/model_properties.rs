//! Properties of the model over its whole input space (proptest): the questions a board asks
//! of every number ("compared to what?", "does it move the right way?", "is it possible?").
#![cfg(not(target_arch = "wasm32"))]

use promise_gap::model::{
    evaluate, gap_cost, plan_worth, run, Assumptions, InputId, Lever, Outcome, Scenario,
};
use proptest::prelude::*;

mod common;
use common::{assumptions, scenario};

fn with(s: &Scenario, id: InputId, v: f64) -> Scenario {
    let spec = id.spec();
    s.with(id, v.clamp(spec.min, spec.max)).unwrap()
}

/// Every figure a headline or a chart shows, signed so that larger is better for the client,
/// with the scale its rounding error grows with (euros with the whole business over the horizon,
/// customers with the market, rates with 1).
fn better_is_larger(s: &Scenario, o: &Outcome) -> Vec<(String, f64, f64)> {
    let market = s.get(InputId::Market).max(s.get(InputId::Customers));
    let euros = market * s.get(InputId::RevenuePerCustomer) * s.horizon() as f64;
    let mut v = vec![
        ("worth".into(), o.figures.worth, euros),
        ("margin".into(), o.figures.margin_change, euros),
        ("revenue".into(), o.figures.revenue_change, euros),
        ("customers".into(), o.figures.customers_change, market),
        ("recommend".into(), o.figures.recommend, 1.0),
        ("churn".into(), -o.figures.churn, 1.0),
        ("spend".into(), o.figures.spend_uplift, 1.0),
    ];
    for (t, p) in o.plan.periods.iter().enumerate() {
        v.push((format!("margin {t}"), p.margin - p.baseline_margin, euros));
        v.push((
            format!("revenue {t}"),
            p.revenue - p.baseline_revenue,
            euros,
        ));
        v.push((format!("customers {t}"), p.customers_end, market));
        v.push((format!("recommend {t}"), p.recommend, 1.0));
        v.push((format!("churn {t}"), -p.churn, 1.0));
    }
    v
}

/// `b` is at least `a`, up to rounding: a few units in the last place of the figures it is
/// computed from (a euro result of 8 million customers' revenue is not exact to the cent).
fn not_below(a: f64, b: f64, scale: f64) -> bool {
    b >= a - 1e-9 * (1.0 + a.abs()) - 1e-13 * scale
}

/// Every result of `b` is at least that of `a`, two plans for the business of `s`.
fn never_worse(s: &Scenario, a: &Outcome, b: &Outcome) -> Result<(), TestCaseError> {
    for ((name, x, scale), (_, y, _)) in better_is_larger(s, a)
        .into_iter()
        .zip(better_is_larger(s, b))
    {
        prop_assert!(not_below(x, y, scale), "{} went from {} to {}", name, x, y);
    }
    Ok(())
}

/// A scenario whose plan is at least as good as today's on every lever but the promise.
fn plan_step(s: &Scenario, lever: Lever, delta: f64) -> Scenario {
    let id = lever.plan();
    with(s, id, s.get(id) + delta)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_output_is_finite_and_possible(s in scenario(), a in assumptions()) {
        let o = evaluate(&s, &a);
        let market = s.get(InputId::Market).max(s.get(InputId::Customers));
        {
            let t = &o.plan;
            prop_assert_eq!(t.periods.len(), s.horizon());
            for p in &t.periods {
                for r in [p.recommend, p.churn, p.shares.good, p.shares.neutral, p.shares.bad, p.in_effect] {
                    prop_assert!((-1e-12..=1.0 + 1e-12).contains(&r), "rate {} in {:?}", r, p);
                }
                // Customers never below zero, never more than the market holds.
                for k in [p.customers, p.customers_end, p.baseline_customers, p.baseline_end] {
                    prop_assert!(k >= 0.0 && k <= market * (1.0 + 1e-12), "{} of {}", k, market);
                }
                prop_assert!(p.won >= 0.0);
                prop_assert!(p.told_positive <= market && p.told_negative <= market);
                prop_assert!(p.spend_uplift.is_finite() && p.channels.total().is_finite());
            }
        }
        prop_assert!(gap_cost(&s, &a) >= 0.0);
        for v in [o.figures.worth, o.figures.margin_change, o.figures.margin_change_adjusted, o.figures.revenue_change,
                  o.figures.recommend, o.figures.churn, o.figures.spend_uplift, o.figures.customers_change] {
            prop_assert!(v.is_finite());
        }
        prop_assert!((0.0..=1.0).contains(&o.word_of_mouth_share));
        // Today is the client's own figures.
        prop_assert_eq!(o.today.recommend, s.get(InputId::BaselineRecommend) / 100.0);
        prop_assert_eq!(o.today.churn, s.get(InputId::BaselineChurn) / 100.0);
        if let Some(inv) = o.investment {
            prop_assert!(inv.roi.is_finite() && inv.cost > 0.0);
        }
    }

    #[test]
    fn a_plan_equal_to_today_changes_nothing_exactly(s in scenario(), a in assumptions()) {
        let mut s = s.plan_from_today();
        s.set(InputId::CostOneOff, 0.0).unwrap();
        s.set(InputId::CostPerPeriod, 0.0).unwrap();
        let o = evaluate(&s, &a);
        for v in [o.figures.worth, o.figures.margin_change, o.figures.margin_change_adjusted, o.figures.revenue_change,
                  o.figures.spend_uplift, o.figures.customers_change] {
            prop_assert_eq!(v, 0.0);
        }
        prop_assert_eq!(o.figures.recommend, o.today.recommend);
        prop_assert_eq!(o.figures.churn, o.today.churn);
        prop_assert_eq!(o.channels.total(), 0.0);
        prop_assert!(o.investment.is_none());
    }

    #[test]
    fn better_delivery_never_lowers_any_result(s in scenario(), a in assumptions(), step in 0.05f64..3.0) {
        let base = evaluate(&s, &a);
        let better = plan_step(&s, Lever::Delivered, step);
        never_worse(&s, &base, &evaluate(&better, &a))?;
        // Today's gap is today's: the plan does not change it.
        prop_assert_eq!(gap_cost(&better, &a), gap_cost(&s, &a));
    }

    #[test]
    fn fewer_failures_better_recovery_and_fewer_messages_never_lower_a_result(
        s in scenario(), a in assumptions(), step in 0.1f64..3.0,
    ) {
        let base = evaluate(&s, &a);
        never_worse(&s, &base, &evaluate(&plan_step(&s, Lever::NegativeSurprises, -step), &a))?;
        never_worse(&s, &base, &evaluate(&plan_step(&s, Lever::RecoveryQuality, 10.0 * step), &a))?;
        never_worse(&s, &base, &evaluate(&plan_step(&s, Lever::IrrelevantMessages, -step), &a))?;
    }

    #[test]
    fn more_delight_never_lowers_a_result(s in scenario(), a in assumptions(), step in 0.1f64..5.0) {
        let base = evaluate(&s, &a);
        never_worse(&s, &base, &evaluate(&plan_step(&s, Lever::DelightEvents, step), &a))?;
    }

    #[test]
    fn a_bigger_promise_for_the_same_delivery_never_raises_recommendation_or_lowers_churn(
        s in scenario(), a in assumptions(), step in 0.05f64..3.0,
    ) {
        let base = evaluate(&s, &a);
        let bigger = evaluate(&plan_step(&s, Lever::Promise, step), &a);
        for (p, q) in base.plan.periods.iter().zip(&bigger.plan.periods) {
            prop_assert!(not_below(q.recommend, p.recommend, 1.0), "{} -> {}", p.recommend, q.recommend);
            prop_assert!(not_below(p.churn, q.churn, 1.0), "{} -> {}", p.churn, q.churn);
            prop_assert!(q.terms.index <= p.terms.index + 1e-12);
        }
    }

    #[test]
    fn costs_and_risk_are_taken_off_the_worth(s in scenario(), a in assumptions(), cost in 1.0f64..1e7) {
        let s = with(&s, InputId::CostOneOff, 0.0);
        let base = evaluate(&s, &a);
        let costly = evaluate(&with(&s, InputId::CostOneOff, cost), &a);
        prop_assert!(costly.figures.worth < base.figures.worth);
        prop_assert!((base.figures.worth - costly.figures.worth - cost).abs() <= 1e-6 * (1.0 + cost + base.figures.worth.abs()));
        // A larger risk adjustment shrinks the benefit towards zero, never flips its sign.
        let riskier = evaluate(&with(&s, InputId::RiskAdjustment, s.get(InputId::RiskAdjustment) + 10.0), &a);
        let (m, r) = (base.figures.margin_change_adjusted, riskier.figures.margin_change_adjusted);
        prop_assert!(r.abs() <= m.abs() + 1e-9 && r * m >= 0.0);
        prop_assert_eq!(riskier.figures.margin_change, base.figures.margin_change);
    }

    #[test]
    fn the_fast_paths_give_exactly_what_evaluate_gives(s in scenario(), a in assumptions()) {
        let o = evaluate(&s, &a);
        prop_assert_eq!(plan_worth(&s, &a), o.figures.worth);
        let plan = run(&s, &a);
        prop_assert_eq!(&plan, &o.plan);
        // The figures summed as the years go by are the timeline's.
        let revenue: f64 = plan.periods.iter().map(|p| p.revenue - p.baseline_revenue).sum();
        prop_assert!((o.figures.revenue_change - revenue).abs() <= 1e-9 * (1.0 + revenue.abs()));
        prop_assert_eq!(o.figures.churn, plan.last().churn);
        prop_assert_eq!(o.figures.customers_change, plan.last().customers_end - plan.last().baseline_end);
    }

    #[test]
    fn new_customers_add_up_and_nobody_is_told_twice(s in scenario(), a in assumptions()) {
        let o = evaluate(&s, &a);
        let today = s.get(InputId::NewCustomers);
        for p in &o.plan.periods {
            let sum = today + p.won_promise + p.won_word_of_mouth;
            prop_assert!((p.won - sum.max(0.0)).abs() <= 1e-9 * (1.0 + today + p.won.abs()) || p.won == 0.0,
                "won {} = {} + {} + {}", p.won, today, p.won_promise, p.won_word_of_mouth);
            prop_assert!(p.told_positive >= 0.0 && p.told_negative >= 0.0);
        }
    }

    #[test]
    fn a_programme_cost_gives_a_return_on_it(s in scenario(), a in assumptions(), one_off in 1.0f64..1e7, yearly in 0.0f64..1e6) {
        let s = with(&with(&s, InputId::CostOneOff, one_off), InputId::CostPerPeriod, yearly);
        let o = evaluate(&s, &a);
        let inv = o.investment.expect("a cost was entered");
        let cost = s.get(InputId::CostOneOff) + s.get(InputId::CostPerPeriod) * s.horizon() as f64;
        prop_assert!((inv.cost - cost).abs() <= 1e-9 * cost);
        let roi = (o.figures.margin_change_adjusted - cost) / cost;
        prop_assert!((inv.roi - roi).abs() <= 1e-9 * (1.0 + roi.abs()));
        if let Some(years) = inv.payback {
            prop_assert!(years >= 0.0 && years <= s.horizon() as f64);
        }
    }

    #[test]
    fn no_gap_costs_nothing(s in scenario(), a in assumptions()) {
        // Delivering the promise (no failures) leaves nothing to close.
        let mut s = with(&s, InputId::Delivered, s.get(InputId::Promise));
        s.set(InputId::NegativeSurprises, 0.0).unwrap();
        prop_assert_eq!(gap_cost(&s, &a), 0.0);
    }
}

#[test]
fn assumptions_default_are_a_valid_set() {
    assert!(evaluate(&Scenario::default(), &Assumptions::default())
        .figures
        .worth
        .is_finite());
}
