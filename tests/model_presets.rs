//! The industry starting points MODEL.md documents are exactly the ones the code loads: the
//! table is parsed, so the two cannot drift apart.
#![cfg(not(target_arch = "wasm32"))]

use promise_gap::model::{Industry, InputId, Provenance, PRESET_INPUTS};

const MODEL: &str = include_str!("../MODEL.md");

/// A row of the table: preset key, input key, value, source cell.
struct Row {
    preset: String,
    input: String,
    value: f64,
    source: String,
}

/// The text between the first pair of backticks in `cell`.
fn code(cell: &str) -> String {
    cell.split('`').nth(1).unwrap_or_default().to_owned()
}

fn rows() -> Vec<Row> {
    let section = MODEL
        .split("## Industry starting points")
        .nth(1)
        .expect("MODEL.md has the section")
        .split("\n## ")
        .next()
        .unwrap();
    section
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|---") && !l.starts_with("| preset"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            Row {
                preset: code(cells[1]),
                input: code(cells[2]),
                value: cells[3].replace(',', "").parse().expect("a plain number"),
                source: cells[4].to_owned(),
            }
        })
        .collect()
}

#[test]
fn model_md_lists_exactly_the_values_in_code() {
    let rows = rows();
    assert_eq!(rows.len(), Industry::ALL.len() * PRESET_INPUTS.len());
    for i in Industry::ALL {
        for f in i.figures() {
            let key = f.input.spec().key;
            let row = rows
                .iter()
                .find(|r| r.preset == i.key() && r.input == key)
                .unwrap_or_else(|| panic!("MODEL.md lacks {} {key}", i.key()));
            assert_eq!(row.value, f.value, "{} {key}", i.key());
            match f.provenance {
                Provenance::Judgement => assert_eq!(row.source, "judgement", "{} {key}", i.key()),
                Provenance::Sourced(s, _) => {
                    let who = s.publisher.split([' ', ',']).next().unwrap();
                    assert!(
                        row.source.contains(who) && row.source.contains(&s.year.to_string()),
                        "{} {key}: MODEL.md names {who} {}",
                        i.key(),
                        s.year
                    );
                }
            }
        }
    }
    for r in &rows {
        let known = Industry::from_key(&r.preset).is_some()
            && InputId::from_key(&r.input).is_some_and(|id| PRESET_INPUTS.contains(&id));
        assert!(
            known,
            "MODEL.md row {} {} is not in code",
            r.preset, r.input
        );
    }
}
