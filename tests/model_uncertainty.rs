//! The ranges of issue 16: the Monte Carlo is seeded and chunk-independent, its percentiles are
//! ordered and hold the point estimate, widening an assumption never narrows a result's range,
//! and the tornado at the defaults is the one MODEL.md shows.
#![cfg(not(target_arch = "wasm32"))]

use promise_gap::model::{
    analyse, evaluate, monte_carlo, tornado, varied, Analysis, Assumptions, CoefficientId as C,
    Headline, Scenario, Simulation, Uncertainty, DRAWS, SEED,
};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

mod common;
use common::references::REFERENCES;

#[test]
#[ignore = "prints the figures for MODEL.md"]
fn print_figures() {
    let (s, u) = (Scenario::default(), Uncertainty::default());
    let t = tornado(&s, &u);
    println!("likely {:.0}", t.likely);
    for b in &t.bars {
        let sp = u.get(b.assumption);
        println!(
            "| {:?} | {} – {} | €{:.0} | €{:.0} | €{:.0} |",
            b.assumption,
            sp.low,
            sp.high,
            b.at_low,
            b.at_high,
            b.swing()
        );
    }
    for r in REFERENCES {
        let s = r.scenario();
        let m = monte_carlo(&s, &u, SEED, DRAWS);
        let an = analyse(&s, &Assumptions::default());
        println!("{}: pays back {:.3}", r.name, m.pays_back);
        for h in Headline::ALL {
            if let Some(p) = m.range(h) {
                println!(
                    "  {h:?} {:.4} [{:.4} {:.4} {:.4}] {:?}",
                    central(&an, h).unwrap_or(f64::NAN),
                    p.p10,
                    p.p50,
                    p.p90,
                    m.why(h)
                        .unwrap()
                        .drivers
                        .iter()
                        .map(|d| (d.assumption, (d.correlation * 100.0).round() / 100.0))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

/// The point estimate the app shows for a headline.
fn central(an: &Analysis, h: Headline) -> Option<f64> {
    let o = &an.outcome;
    Some(match h {
        Headline::GapCost => an.gap_cost,
        Headline::Worth => o.figures.worth,
        Headline::MarginChange => o.figures.margin_change,
        Headline::MarginChangeAdjusted => o.figures.margin_change_adjusted,
        Headline::RevenueChange => o.figures.revenue_change,
        Headline::Recommend => o.figures.recommend,
        Headline::Churn => o.figures.churn,
        Headline::SpendUplift => o.figures.spend_uplift,
        Headline::CustomersChange => o.figures.customers_change,
        Headline::Roi => o.investment?.roi,
    })
}

#[test]
fn the_seeded_run_is_deterministic_and_independent_of_chunks() {
    let (s, u) = (Scenario::default(), Uncertainty::default());
    let whole = monte_carlo(&s, &u, SEED, DRAWS);
    assert_eq!(whole.draws, DRAWS);
    assert_eq!(whole, monte_carlo(&s, &u, SEED, DRAWS));
    for chunk in [1, 7, 100, 333, 5_000] {
        let mut sim = Simulation::new(&s, &u, SEED, DRAWS);
        let mut frames = 0;
        while !sim.is_done() {
            sim.step(chunk);
            frames += 1;
        }
        assert_eq!(frames, DRAWS.div_ceil(chunk));
        assert_eq!(sim.progress(), 1.0);
        assert_eq!(sim.summary(), whole, "chunks of {chunk}");
    }
    // Another seed draws other numbers: the same picture, not the same figures.
    let other = monte_carlo(&s, &u, SEED + 1, DRAWS);
    let (a, b) = (
        whole.range(Headline::Worth).unwrap(),
        other.range(Headline::Worth).unwrap(),
    );
    assert_ne!(a, b);
    assert!((a.p50 - b.p50).abs() < 0.05 * a.p50, "{a:?} {b:?}");
}

#[test]
fn percentiles_are_ordered_and_hold_the_point_estimate_at_every_reference() {
    let u = Uncertainty::default();
    for r in REFERENCES {
        let s = r.scenario();
        let m = monte_carlo(&s, &u, SEED, DRAWS);
        let an = analyse(&s, &Assumptions::default());
        for h in Headline::ALL {
            let (Some(point), Some(p)) = (central(&an, h), m.range(h)) else {
                assert_eq!(m.range(h).is_some(), s.has_cost(), "{}: {h:?}", r.name);
                continue;
            };
            assert!(p.p10 <= p.p50 && p.p50 <= p.p90, "{}: {h:?} {p:?}", r.name);
            // Rounding: a plan that changes nothing is exactly zero in every draw.
            let slack = 1e-9 * (1.0 + point.abs());
            assert!(
                p.p10 - slack <= point && point <= p.p90 + slack,
                "{}: {h:?} {point} outside {p:?}",
                r.name
            );
        }
        assert!((0.0..=1.0).contains(&m.pays_back));
    }
}

#[test]
fn the_chance_of_paying_back_follows_the_cost() {
    let u = Uncertainty::default();
    let at = |cost: f64| {
        let s = Scenario::default()
            .with(promise_gap::model::InputId::CostOneOff, cost)
            .unwrap();
        monte_carlo(&s, &u, SEED, 500)
    };
    // Free, the plan gains in every draw; at a cost near its P50 about half the draws pay back;
    // at ten times that, none does. The return exists only with a cost.
    let free = at(0.0);
    assert_eq!(free.pays_back, 1.0);
    assert_eq!(free.range(Headline::Roi), None);
    let p50 = free.range(Headline::Worth).unwrap().p50;
    let half = at(p50);
    assert!((0.4..0.6).contains(&half.pays_back), "{}", half.pays_back);
    let roi = half.range(Headline::Roi).unwrap();
    assert!(roi.p10 < roi.p50 && roi.p50 < roi.p90);
    assert_eq!(at(10.0 * p50).pays_back, 0.0);
}

#[test]
fn why_names_the_range_and_the_two_assumptions_that_drive_it() {
    let m = monte_carlo(&Scenario::default(), &Uncertainty::default(), SEED, DRAWS);
    let why = m.why(Headline::Worth).unwrap();
    let range = m.range(Headline::Worth).unwrap();
    assert_eq!((why.range, why.width), (range, range.p90 - range.p10));
    let names: Vec<C> = why.drivers.iter().map(|d| d.assumption).collect();
    // The tornado's two largest, from the joint run: the share of customers who act on never
    // wanting to return (raises the worth) and the churn after a neutral experience (lowers it).
    assert_eq!(names, [C::SayDoReturn, C::ChurnNeutral]);
    assert!(why.drivers[0].correlation > 0.4 && why.drivers[1].correlation < -0.4);
    // Spend is driven by the spend figures, recommendation by the thresholds.
    let spend = m.why(Headline::SpendUplift).unwrap();
    assert_eq!(spend.drivers[0].assumption, C::SayDoSpend);
    // A plan that changes nothing has a range of zero and nothing driving it.
    let none = monte_carlo(
        &Scenario::default().plan_from_today(),
        &Uncertainty::default(),
        SEED,
        200,
    );
    let why = none.why(Headline::Worth).unwrap();
    assert_eq!(why.width, 0.0);
    assert!(why.drivers.is_empty());
}

/// MODEL.md's tornado at the defaults: each assumption across its range, the others at their
/// likely values, the plan's worth at its low and at its high value (euros).
const TORNADO: &[(C, f64, f64)] = &[
    (C::ChurnNeutral, 477_925.0, 180_192.0),
    (C::SayDoReturn, 171_093.0, 445_990.0),
    (C::LevelWeight, 208_564.0, 357_041.0),
    (C::BadHalf, 372_341.0, 236_439.0),
    (C::SayDoSpend, 244_045.0, 364_855.0),
    (C::GoodHalf, 355_221.0, 237_727.0),
    (C::SpendGood, 253_182.0, 344_551.0),
    (C::GoodChurnFactor, 345_080.0, 258_864.0),
    (C::NeverReturnLow, 262_966.0, 326_742.0),
    (C::SurpriseSeverity, 312_948.0, 261_616.0),
    (C::SayDoMessages, 306_785.0, 279_241.0),
    (C::WomInfluenceLow, 283_080.0, 308_561.0),
    (C::ToldBad, 288_191.0, 305_630.0),
    (C::IrrelevantHalf, 287_440.0, 301_868.0),
    (C::LossAversionLow, 288_203.0, 301_027.0),
    (C::WouldLeave, 298_075.0, 293_641.0),
    (C::ToldGood, 294_565.0, 297_578.0),
    (C::SayDoRecommend, 294_733.0, 296_825.0),
    (C::RecommendBad, 296_025.0, 295_334.0),
    (C::RecommendNeutral, 296_101.0, 295_716.0),
    (C::RecommendGood, 295_645.0, 296_008.0),
    (C::LessLoyal, 295_824.0, 295_817.0),
    // The plan changes neither the promise nor delight, and expectation never rises above the
    // promise: these move nothing here.
    (C::PromisePull, 295_821.0, 295_821.0),
    (C::Ratchet, 295_821.0, 295_821.0),
    (C::DelightHalf, 295_821.0, 295_821.0),
    (C::DelightPoints, 295_821.0, 295_821.0),
];

#[test]
fn the_tornado_at_the_defaults_is_model_mds() {
    let (s, u) = (Scenario::default(), Uncertainty::default());
    let t = tornado(&s, &u);
    assert!((t.likely - 295_821.0).abs() < 1.0);
    // At the likely values the worth is evaluate's (a pair's ends both at their midpoint).
    assert!((t.likely - evaluate(&s, &Assumptions::default()).figures.worth).abs() < 1e-6);
    assert_eq!(t.bars.len(), varied().count());
    for (bar, &(c, low, high)) in t.bars.iter().zip(TORNADO) {
        assert_eq!(bar.assumption, c);
        assert!(
            (bar.at_low - low).abs() < 1.0 && (bar.at_high - high).abs() < 1.0,
            "{bar:?}"
        );
    }
    for pair in t.bars.windows(2) {
        assert!(pair[0].swing() >= pair[1].swing());
    }
}

/// How wide a range is: P90 − P10.
fn width(m: &promise_gap::model::Summary, h: Headline) -> Option<f64> {
    m.range(h).map(|p| p.p90 - p.p10)
}

proptest! {
    // A fixed seed for the cases as for the draws: the same cases on every machine.
    #![proptest_config(ProptestConfig {
        cases: 200,
        rng_seed: RngSeed::Fixed(16),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Widening one assumption's range by up to half again on either side, with the same random
    /// numbers, never narrows a result's P10-P90 range by more than 5 %. Not exactly: with every
    /// assumption drawn at once, a percentile is not monotone in any one of them, and the
    /// model's saturating shares can make a range narrow for real when widened further (the bad
    /// half point's high end 3 -> 8.8 narrows the worth's range by 6 %; MODEL.md, "Uncertainty").
    /// Draw by draw the widening is exact (`widening_a_range_spreads_its_draws`, in the model).
    #[test]
    fn widening_an_assumption_never_narrows_a_results_range(
        index in 0usize..26,
        down in 0.0f64..0.5,
        up in 0.0f64..0.5,
        insurer in any::<bool>(),
    ) {
        let c = varied().nth(index).unwrap();
        let s = if insurer { REFERENCES[1].scenario() } else { Scenario::default() };
        let base = Uncertainty::default();
        let (sp, spec) = (base.get(c), c.spec());
        let mut wide = base.clone();
        // Up to half as far again from the likely value on either side, within the coefficient's limits.
        let low = (sp.low - down * (sp.likely - sp.low)).max(spec.min);
        let high = (sp.high + up * (sp.high - sp.likely)).min(spec.max);
        wide.set(c, low, high).unwrap();
        let before = monte_carlo(&s, &base, SEED, DRAWS);
        let after = monte_carlo(&s, &wide, SEED, DRAWS);
        for h in Headline::ALL {
            let (Some(a), Some(b)) = (width(&before, h), width(&after, h)) else { continue };
            prop_assert!(b >= 0.95 * a, "{:?} {:?}: {} -> {}", c, h, a, b);
        }
    }
}
