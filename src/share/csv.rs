//! The results as CSV for a spreadsheet: one row per scenario and year, central values, with
//! the revenue impact's band.
//!
//! RFC 4180 (comma-separated, CRLF, quoted where needed) with a UTF-8 byte order mark, so that
//! Excel reads `ä` and `€` right. The header is in the user's language; numbers are
//! locale-independent (`.` decimal, `-` minus, no grouping) so any spreadsheet or script reads
//! them. A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
//! leading `'`, since scenario names come from outside (a link, a file).

use crate::format::{self, decimal};
use crate::i18n::{t, Key, Lang};
use crate::model::{evaluate, Period, Timeline, Unit};
use crate::state::AppState;

/// One column: its label, unit, decimals and its value in a period of the central run.
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
    col(Key::ResultRecommend, Unit::Percent, 2, |p| {
        p.recommend * 100.0
    }),
    col(Key::ResultDetractors, Unit::Percent, 2, |p| {
        p.detractors * 100.0
    }),
    col(Key::ResultSpend, Unit::Percent, 2, |p| {
        p.spend_uplift * 100.0
    }),
    col(Key::ResultChurn, Unit::Percent, 2, |p| p.churn * 100.0),
    col(Key::CsvCustomers, Unit::Customers, 1, |p| p.customers),
    col(Key::CsvBaselineCustomers, Unit::Customers, 1, |p| {
        p.baseline_customers
    }),
    col(Key::ResultCustomersKept, Unit::Customers, 1, |p| p.kept),
    col(Key::CsvWonWordOfMouth, Unit::Customers, 1, |p| {
        p.won_word_of_mouth
    }),
    col(Key::CsvWonPromise, Unit::Customers, 1, |p| p.won_promise),
    col(Key::ResultToldPositive, Unit::People, 1, |p| {
        p.told_positive
    }),
    col(Key::ResultToldNegative, Unit::People, 1, |p| {
        p.told_negative
    }),
    col(Key::ChannelSpend, Unit::Euros, 2, |p| p.channels.spend),
    col(Key::ChannelRetention, Unit::Euros, 2, |p| {
        p.channels.retention
    }),
    col(Key::ChannelWordOfMouth, Unit::Euros, 2, |p| {
        p.channels.word_of_mouth
    }),
    col(Key::ChannelPromise, Unit::Euros, 2, |p| p.channels.promise),
    col(Key::ResultRevenue, Unit::Euros, 2, |p| p.channels.total()),
];

/// The CSV text for every scenario of `state`, in `state.lang`.
pub fn to_csv(state: &AppState) -> String {
    let lang = state.lang;
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        t(lang, Key::CsvScenario).to_owned(),
        t(lang, Key::CsvYear).to_owned(),
    ];
    header.extend(COLUMNS.iter().map(|c| labelled(lang, c.label, c.unit)));
    header.push(labelled(lang, Key::CsvRevenueLow, Unit::Euros));
    header.push(labelled(lang, Key::CsvRevenueHigh, Unit::Euros));
    push_row(&mut out, header.iter().map(String::as_str));

    for named in &state.scenarios {
        let outcome = evaluate(&named.scenario, &state.assumptions);
        let periods = outcome.central.periods.iter().enumerate();
        for (i, period) in periods {
            let mut row = vec![named.name.clone(), (i + 1).to_string()];
            row.extend(
                COLUMNS
                    .iter()
                    .map(|c| format::fixed((c.value)(period), c.decimals)),
            );
            let total = |tl: &Timeline| tl.periods.get(i).map_or(f64::NAN, |p| p.channels.total());
            let ends = [total(&outcome.pessimistic), total(&outcome.optimistic)];
            let central = period.channels.total();
            row.push(format::fixed(
                ends.iter().fold(central, |m, &v| m.min(v)),
                2,
            ));
            row.push(format::fixed(
                ends.iter().fold(central, |m, &v| m.max(v)),
                2,
            ));
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

    proptest! {
        #[test]
        fn any_state_exports_a_row_per_scenario_and_year(state in crate::share::any_state()) {
            let rows = parse(&to_csv(&state));
            let years: usize = state.scenarios.iter().map(|n| n.scenario.horizon()).sum();
            prop_assert_eq!(rows.len(), 1 + years);
            for row in &rows[1..] {
                prop_assert_eq!(row.len(), COLUMNS.len() + 4);
                for cell in &row[2..] {
                    prop_assert!(cell.parse::<f64>().is_ok_and(f64::is_finite), "{}", cell);
                }
            }
        }
    }

    #[test]
    fn one_row_per_scenario_and_year_with_plain_numbers() {
        let state = AppState::new(Lang::Fi)
            .apply(Action::Rename(0, "=HYPERLINK(\"x\"), \"ä\"".into()))
            .apply(Action::SetInput(InputId::Customers, 1_234_567.0))
            .apply(Action::Duplicate)
            .apply(Action::SetInput(InputId::Horizon, 5.0))
            .apply(Action::SetInput(InputId::Delivered, 4.0));
        let text = to_csv(&state);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.ends_with("\r\n"));
        let rows = parse(&text);
        let width = COLUMNS.len() + 4;
        assert!(rows.iter().all(|r| r.len() == width), "{rows:?}");
        assert_eq!(rows.len(), 1 + 3 + 5);
        assert_eq!(rows[0][0], "Skenaario");
        assert_eq!(rows[0][2], "Suositteluaste (%)");
        assert_eq!(
            rows[0][width - 1],
            "Liikevaihtovaikutus, vaihteluvälin yläraja (€)"
        );
        assert_eq!(
            rows[1][0], "'=HYPERLINK(\"x\"), \"ä\"",
            "a formula is defused"
        );
        assert_eq!(rows[1][1], "1");
        assert_eq!(rows[4][0], "Skenaario 2");
        assert_eq!(rows[8][1], "5");
        // Plain numbers: a dot, no grouping, a fixed number of decimals.
        assert_eq!(rows[1][6], "1234567.0");
        for row in &rows[1..] {
            for cell in &row[2..] {
                assert!(cell.parse::<f64>().is_ok(), "{cell:?}");
                assert!(!cell.contains(',') && !cell.contains('\u{a0}'), "{cell:?}");
            }
        }
        // The band holds the central value, and a lower delivery loses revenue.
        let cell = |r: usize, c: usize| rows[r][c].parse::<f64>().unwrap();
        for r in 1..rows.len() {
            assert!(
                cell(r, width - 2) <= cell(r, width - 3)
                    && cell(r, width - 3) <= cell(r, width - 1)
            );
        }
        assert!(cell(4, width - 3) < 0.0);
    }

    #[test]
    fn the_header_follows_the_language() {
        let rows = parse(&to_csv(&AppState::new(Lang::En)));
        assert_eq!(
            rows[0][..3],
            ["Scenario", "Year", "Recommendation rate (%)"]
        );
        assert_eq!(rows.len(), 1 + InputId::Horizon.spec().default as usize);
    }

    #[test]
    fn numbers_are_plain_and_never_negative_zero() {
        assert_eq!(format::fixed(-0.001, 2), "0.00");
        assert_eq!(format::fixed(-0.0, 0), "0");
        assert_eq!(format::fixed(-1.55, 1), "-1.6", "rounded as on screen");
        assert_eq!(format::fixed(1_234_567.891, 2), "1234567.89");
        assert_eq!(format::fixed(1e9, 2), "1000000000.00");
        assert_eq!(format::fixed(f64::NAN, 2), format::NOT_A_NUMBER);
        let mut out = String::new();
        push_cell(&mut out, "-12.5");
        push_cell(&mut out, "-x");
        push_cell(&mut out, "@a");
        assert_eq!(out, "-12.5\"'-x\"\"'@a\"");
    }
}
