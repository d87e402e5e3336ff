//! The results as CSV for a spreadsheet, in two tables one after the other: first every result
//! of [`crate::results::RESULTS`] per scenario (today's value where there is one, the estimate
//! and its likely range, P10–P90, from the same seeded Monte Carlo as the screen's), then the
//! plan's yearly figures per scenario, beside today's course.
//!
//! RFC 4180 (comma-separated, CRLF, quoted where needed) with a UTF-8 byte order mark, so that
//! Excel reads `ä` and `€` right. The headers are in the user's language; numbers are
//! locale-independent (`.` decimal, `-` minus, no grouping) so any spreadsheet or script reads
//! them. A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
//! leading `'`, since scenario names come from outside (a link, a file).

use crate::decimal;
use crate::format;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::model::{analyse, monte_carlo, Percentiles, Period, Uncertainty, Unit, DRAWS, SEED};
use crate::results::RESULTS;
use crate::state::AppState;

/// One column of the yearly table: its label, unit, decimals and its value in a period.
struct Column {
    label: Key,
    unit: Unit,
    decimals: usize,
    value: fn(&Period) -> f64,
}

const fn col(label: Key, unit: Unit, decimals: usize, value: fn(&Period) -> f64) -> Column {
    Column {
        label,
        unit,
        decimals,
        value,
    }
}

const COLUMNS: &[Column] = &[
    col(Key::CsvRecommend, Unit::Percent, 2, |p| p.recommend * 100.0),
    col(Key::CsvChurn, Unit::Percent, 2, |p| p.churn * 100.0),
    col(Key::ResultSpend, Unit::Percent, 2, |p| {
        p.spend_uplift * 100.0
    }),
    col(Key::CsvCustomers, Unit::Customers, 1, |p| p.customers),
    col(Key::CsvBaselineCustomers, Unit::Customers, 1, |p| {
        p.baseline_customers
    }),
    col(Key::CsvWonWordOfMouth, Unit::Customers, 1, |p| {
        p.won_word_of_mouth
    }),
    col(Key::CsvWonPromise, Unit::Customers, 1, |p| p.won_promise),
    col(Key::CsvToldPositive, Unit::People, 1, |p| p.told_positive),
    col(Key::CsvToldNegative, Unit::People, 1, |p| p.told_negative),
    col(Key::CsvRevenue, Unit::Euros, 2, |p| p.revenue),
    col(Key::CsvBaselineRevenue, Unit::Euros, 2, |p| {
        p.baseline_revenue
    }),
    col(Key::CsvMargin, Unit::Euros, 2, |p| p.margin),
    col(Key::CsvBaselineMargin, Unit::Euros, 2, |p| {
        p.baseline_margin
    }),
    col(Key::ChannelSpend, Unit::Euros, 2, |p| p.channels.spend),
    col(Key::ChannelRetention, Unit::Euros, 2, |p| {
        p.channels.retention
    }),
    col(Key::ChannelWordOfMouth, Unit::Euros, 2, |p| {
        p.channels.word_of_mouth
    }),
    col(Key::ChannelPromise, Unit::Euros, 2, |p| p.channels.promise),
];

/// A result's number for a spreadsheet; empty where there is none (no payback).
fn cell(v: f64, decimals: usize) -> String {
    if v.is_finite() {
        format::fixed(v, decimals)
    } else {
        String::new()
    }
}

/// The CSV text for every scenario of `state`, in `state.lang`.
pub fn to_csv(state: &AppState) -> String {
    let lang = state.lang;
    let mut out = String::from("\u{feff}");
    let uncertainty = Uncertainty::around(&state.assumptions);
    let outcomes: Vec<_> = state
        .scenarios
        .iter()
        .map(|n| (n, analyse(&n.scenario, &state.assumptions)))
        .collect();

    let header = [
        Key::CsvScenario,
        Key::CsvResult,
        Key::CsvToday,
        Key::CsvEstimate,
        Key::CsvP10,
        Key::CsvP90,
    ]
    .map(|k| t(lang, k));
    push_row(&mut out, header.into_iter());
    for (named, outcome) in &outcomes {
        // Run here rather than taken from the screen: every scenario's, for the inputs exported.
        let summary = monte_carlo(&named.scenario, &uncertainty, SEED, DRAWS);
        for r in RESULTS {
            let Some(reading) = r.reading(outcome, Some(&summary)) else {
                continue;
            };
            let (unit, factor) = r.kind.csv_unit();
            let decimals = if unit == Unit::Euros { 0 } else { 2 };
            let range = |f: fn(&Percentiles) -> f64| {
                reading
                    .range
                    .map_or_else(String::new, |p| cell(f(&p) * factor, decimals))
            };
            let row = [
                named.name.clone(),
                labelled(lang, r.label, unit),
                reading
                    .today
                    .map_or_else(String::new, |v| cell(v * factor, decimals)),
                cell(reading.value * factor, decimals),
                range(|p| p.p10),
                range(|p| p.p90),
            ];
            push_row(&mut out, row.iter().map(String::as_str));
        }
    }

    out.push_str("\r\n");
    let mut header = vec![
        t(lang, Key::CsvScenario).to_owned(),
        t(lang, Key::CsvYear).to_owned(),
    ];
    header.extend(COLUMNS.iter().map(|c| labelled(lang, c.label, c.unit)));
    push_row(&mut out, header.iter().map(String::as_str));
    for (named, outcome) in &outcomes {
        for (i, period) in outcome.outcome.plan.periods.iter().enumerate() {
            let mut row = vec![named.name.clone(), (i + 1).to_string()];
            row.extend(
                COLUMNS
                    .iter()
                    .map(|c| format::fixed((c.value)(period), c.decimals)),
            );
            push_row(&mut out, row.iter().map(String::as_str));
        }
    }
    out
}

/// "Churn (%)".
fn labelled(lang: Lang, label: Key, unit: Unit) -> String {
    format!("{} ({})", t(lang, label), format::unit(lang, unit))
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // Numbers are ours and never formulas, even when negative.
    let formula = formula && decimal::read(cell).is_none();
    let quote = formula || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// Reads back the cells of a CSV produced here (tests only): quoted cells, doubled quotes.
#[cfg(test)]
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in text.trim_start_matches('\u{feff}').split_terminator("\r\n") {
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => cells.push(std::mem::take(&mut cell)),
                (c, _) => cell.push(c),
            }
        }
        cells.push(cell);
        rows.push(cells);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InputId;
    use crate::state::Action;
    use proptest::prelude::*;

    /// The two tables of a CSV, split at the empty line between them.
    fn tables(text: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let rows = parse(text);
        let gap = rows.iter().position(|r| r == &[""]).expect("an empty line");
        (rows[..gap].to_vec(), rows[gap + 1..].to_vec())
    }

    proptest! {
        #[test]
        fn any_state_exports_its_results_and_a_row_per_scenario_and_year(state in crate::share::any_state()) {
            let (results, years) = tables(&to_csv(&state));
            prop_assert!(results.len() > state.scenarios.len());
            for row in &results[1..] {
                prop_assert_eq!(row.len(), 6);
                for cell in &row[2..] {
                    prop_assert!(cell.is_empty() || cell.parse::<f64>().is_ok_and(f64::is_finite), "{}", cell);
                }
            }
            let count: usize = state.scenarios.iter().map(|n| n.scenario.horizon()).sum();
            prop_assert_eq!(years.len(), 1 + count);
            for row in &years[1..] {
                prop_assert_eq!(row.len(), COLUMNS.len() + 2);
                for cell in &row[2..] {
                    prop_assert!(cell.parse::<f64>().is_ok_and(f64::is_finite), "{}", cell);
                }
            }
        }
    }

    #[test]
    fn results_then_years_with_plain_numbers() {
        let state = AppState::new(Lang::Fi)
            .apply(Action::Rename(0, "=HYPERLINK(\"x\"), \"ä\"".into()))
            .apply(Action::SetInput(InputId::Customers, 1_234_567.0))
            .apply(Action::Duplicate)
            .apply(Action::SetInput(InputId::Horizon, 5.0))
            .apply(Action::SetInput(InputId::PlanDelivered, 4.0));
        let text = to_csv(&state);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.ends_with("\r\n"));
        let (results, years) = tables(&text);
        assert_eq!(results[0][..2], ["Skenaario", "Tulos"]);
        assert_eq!(
            results[1][0], "'=HYPERLINK(\"x\"), \"ä\"",
            "a formula is defused"
        );
        assert_eq!(results[1][1], "Kuilun hinta vuodessa (€)");
        // Today's recommendation is the client's own figure.
        let recommend = results
            .iter()
            .find(|r| r[1].starts_with("Sanoo suosittelevansa"))
            .unwrap();
        assert_eq!(recommend[2], "40.00");
        // A plan that delivers less loses worth in the second scenario.
        let worth: Vec<f64> = results
            .iter()
            .filter(|r| r[1].starts_with("Suunnitelman arvo"))
            .map(|r| r[3].parse().unwrap())
            .collect();
        assert!(worth[0] > 0.0 && worth[1] < 0.0, "{worth:?}");
        assert_eq!(years.len(), 1 + 3 + 5);
        assert_eq!(years[0][2], "Sanoo suosittelevansa (%)");
        assert_eq!(years[4][0], "Skenaario 2");
        assert_eq!(years[8][1], "5");
        assert_eq!(years[1][5], "1234567.0");
        for row in &years[1..] {
            for cell in &row[2..] {
                assert!(!cell.contains(',') && !cell.contains('\u{a0}'), "{cell:?}");
            }
        }
    }

    #[test]
    fn the_headers_follow_the_language() {
        let (results, years) = tables(&to_csv(&AppState::new(Lang::En)));
        assert_eq!(
            results[0],
            [
                "Scenario",
                "Result",
                "Today",
                "Estimate",
                "Likely low (P10)",
                "Likely high (P90)"
            ]
        );
        // The likely range is the screen's: the same seeded run, around the estimate.
        let worth = results
            .iter()
            .find(|r| r[1].starts_with("What the plan is worth"))
            .unwrap();
        let [estimate, p10, p90] = [3, 4, 5].map(|i| worth[i].parse::<f64>().unwrap());
        assert!(p10 < estimate && estimate < p90, "{worth:?}");
        assert_eq!(
            years[0][..3],
            ["Scenario", "Year", "Say they would recommend (%)"]
        );
        assert_eq!(years.len(), 1 + InputId::Horizon.spec().default as usize);
    }

    #[test]
    fn numbers_are_plain_and_never_negative_zero() {
        assert_eq!(format::fixed(-0.001, 2), "0.00");
        assert_eq!(format::fixed(-0.0, 0), "0");
        assert_eq!(format::fixed(-1.55, 1), "-1.6", "rounded as on screen");
        assert_eq!(format::fixed(1_234_567.891, 2), "1234567.89");
        assert_eq!(format::fixed(1e9, 2), "1000000000.00");
        assert_eq!(cell(f64::INFINITY, 2), "");
        let mut out = String::new();
        push_cell(&mut out, "-12.5");
        push_cell(&mut out, "-x");
        push_cell(&mut out, "@a");
        assert_eq!(out, "-12.5\"'-x\"\"'@a\"");
    }
}
