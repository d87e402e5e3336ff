//! The reference scenarios of MODEL.md, pinned: each row's figures are what the document shows
//! and what was read for plausibility. `cargo test --test model_reference -- --ignored` prints
//! the table in MODEL.md's form after a deliberate change.

use promise_gap::model::{
    evaluate, gap_cost, monte_carlo, Assumptions, Headline, InputId as I, Scenario, Uncertainty,
    DRAWS, SEED,
};

mod common;
use common::references::{Reference, INSURER, REFERENCES};

/// The figures a row shows: gap cost a year, worth, recommend and churn in the plan's last year,
/// customers against today's course at the end, and word of mouth's share of the effect.
fn row(r: &Reference) -> [f64; 6] {
    let s = r.scenario();
    let o = evaluate(&s, &Assumptions::default());
    [
        gap_cost(&s, &Assumptions::default()),
        o.figures.worth,
        o.figures.recommend * 100.0,
        o.figures.churn * 100.0,
        o.figures.customers_change,
        o.word_of_mouth_share * 100.0,
    ]
}

#[test]
#[ignore = "prints the table for MODEL.md"]
fn print_table() {
    println!("| Scenario | Gap cost a year | Plan's worth (NPV) | Recommend, last year | Churn, last year | Customers vs today's course | Word of mouth share |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in REFERENCES {
        let [gap, worth, rec, churn, cust, wom] = row(r);
        println!("| {} | €{gap:.0} | €{worth:.0} | {rec:.1} % | {churn:.1} % | {cust:+.0} | {wom:.1} % |", r.name);
    }
    for r in REFERENCES {
        println!("{:?},", row(r).map(|v| (v * 10.0).round() / 10.0));
    }
}

/// The rows of MODEL.md's table (rounded to 0.1).
const PINNED: &[[f64; 6]] = &[
    [201674.7, 295820.7, 79.4, 11.3, 962.8, 6.3],
    [1258581.2, 1792062.2, 90.2, 9.7, 5365.6, 6.1],
    [1258581.2, 0.0, 40.0, 15.0, 0.0, 0.0],
    [0.0, 0.0, 40.0, 15.0, 0.0, 0.0],
    [0.0, 0.0, 40.0, 15.0, 0.0, 0.0],
    [0.0, 8076.1, 40.7, 15.0, 16.0, 1.3],
    [199966.8, 293697.3, 98.1, 11.3, 951.2, 5.6],
    [201674.7, -214759.9, 12.7, 18.5, -963.7, 11.9],
    [201674.7, 30784.6, 44.0, 14.4, 162.0, 11.9],
    [569237.9, 3531359.4, 79.4, 11.3, 3231.3, 7.1],
    [201674.7, -87853.4, 25.2, 17.1, -440.2, 10.1],
    [201674.7, 110494.1, 66.8, 12.1, 424.7, 6.8],
    [201674.7, -33034.2, 79.4, 11.3, 962.8, 6.3],
    [201674.7, 463986.5, 79.4, 11.3, 1078.8, 5.1],
    [201674.7, 58291.0, 40.6, 13.6, 304.7, 0.1],
    [422583.3, 835684.2, 79.4, 11.3, 2000.0, 64.6],
];

#[test]
fn the_reference_rows_are_what_model_md_shows() {
    assert_eq!(PINNED.len(), REFERENCES.len());
    for (r, pinned) in REFERENCES.iter().zip(PINNED) {
        let got = row(r);
        for (g, p) in got.iter().zip(pinned) {
            assert!(
                (g - p).abs() <= 0.051 + 1e-9 * p.abs(),
                "{}: {got:?} vs {pinned:?}",
                r.name
            );
        }
    }
}

#[test]
fn the_worked_example_of_model_md() {
    // MODEL.md, "Worked example": the defaults' margin by year and the finance figures.
    let o = evaluate(&Scenario::default(), &Assumptions::default());
    let by_year: Vec<f64> = o
        .plan
        .periods
        .iter()
        .map(|p| p.channels.total().round())
        .collect();
    assert_eq!(by_year, [31_398.0, 158_057.0, 231_086.0]);
    let close = |a: f64, b: f64| (a - b).abs() < 1.0;
    assert!(
        close(o.figures.margin_change, 420_541.0),
        "{:?}",
        o.figures.margin_change
    );
    assert!(close(
        o.figures.margin_change_adjusted,
        0.85 * o.figures.margin_change
    ));
    assert!(close(o.figures.worth, 295_821.0), "{:?}", o.figures.worth);
    assert!(
        close(o.figures.revenue_change, 1_051_353.0),
        "{:?}",
        o.figures.revenue_change
    );
    let by_channel: f64 = o.plan.periods.iter().map(|p| p.channels.total()).sum();
    assert!(close(by_channel, o.channels.total()));
}

#[test]
fn the_insurers_programme_returns_what_model_md_says() {
    // MODEL.md, "What changed": the insurer closing its gap with a €1.1 M one-off programme.
    let mut s = Scenario::default();
    for &(id, v) in INSURER.iter().chain(&[(I::CostOneOff, 1_100_000.0)]) {
        s.set(id, v).unwrap();
    }
    let o = evaluate(&s, &Assumptions::default());
    let inv = o.investment.unwrap();
    assert_eq!(inv.cost, 1_100_000.0);
    assert!((inv.roi - 0.98).abs() < 0.005, "{:?}", inv.roi);
    // Its likely range, from the app's seeded Monte Carlo.
    let roi = monte_carlo(&s, &Uncertainty::default(), SEED, DRAWS)
        .range(Headline::Roi)
        .unwrap();
    assert!(
        (roi.p10 + 0.05).abs() < 0.005 && (roi.p90 - 1.63).abs() < 0.005,
        "{roi:?}"
    );
    let payback = inv.payback.unwrap();
    assert!((payback - 2.14).abs() < 0.005, "{payback}");
    assert!(
        (o.figures.worth - 692_062.0).abs() < 1.0,
        "{:?}",
        o.figures.worth
    );
    // No cost, no return to speak of.
    assert!(evaluate(&Scenario::default(), &Assumptions::default())
        .investment
        .is_none());
}
