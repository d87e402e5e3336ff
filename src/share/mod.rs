//! Share, save and restore, the pure part: the whole [`AppState`] as a share link ([`link`]),
//! as a versioned JSON document for files and saved state ([`document`]), and the results as
//! CSV ([`csv`]), and the notices that tell the user what happened ([`notice`]).
//!
//! Both readers work the same way, so a link, a file and the saved state behave alike:
//! - nothing from outside ever panics, and what they return is always a valid state: every
//!   value went through [`Scenario::set`] or [`Assumptions::set`] ([`is_valid`] checks);
//! - a value that is refused (not a number, out of range; never clamped) is listed as a
//!   [`Problem`] naming the field and why, and the field keeps its default; everything else
//!   still applies;
//! - unknown keys are ignored and listed; a key given twice counts the first time only (as
//!   `URLSearchParams.get` reads a query), and the second is listed;
//! - an unknown format version refuses the whole link or file, since its meaning is unknown;
//! - version 1 (model version 1) is read into version 2 ([`migrate`]), and [`Decoded::migrated`]
//!   says what was assumed, for a notice of its own.

pub mod csv;
pub mod document;
pub mod json;
pub mod link;
pub mod migrate;
pub mod notice;
mod problems;
pub mod saved;

pub use problems::{describe, quoted, Field, Problem, Problems, Reason, MAX_LISTED};

use crate::decimal;
use crate::input::{parse_written, parse_written_field, FieldError, ParseError};
use crate::lang::Lang;
use crate::model::{
    check, AssumptionError, Assumptions, CoefficientId, InputId, InputSpec, Scenario, Unit,
};
use crate::state::{
    clean_name, default_name, AppState, NamedScenario, MAX_NAME_CHARS, MAX_SCENARIOS,
};

/// A state read from a link or a file, and what in it was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub state: AppState,
    pub problems: Problems,
    /// Set when the link or file was made with version 1: what was assumed in reading it.
    pub migrated: Option<migrate::Migration>,
}

/// A value as it came from outside: text (a link, or a string in a file) or a JSON number.
#[derive(Clone, Debug, PartialEq)]
enum Raw {
    Text(String),
    Number(f64),
    /// Anything else a file may hold (`null`, `true`, a list): not a number.
    Other,
}

impl Raw {
    /// Reads the value the way the input fields read it in the link's or file's language, but
    /// with `.` always the decimal point (the app's own writing; [`parse_written`]).
    fn number(&self, lang: Lang) -> Result<f64, ParseError> {
        match self {
            Raw::Text(text) => parse_written(lang, text),
            Raw::Number(n) => Ok(*n),
            Raw::Other => Err(ParseError::NotANumber),
        }
    }

    fn field(&self, lang: Lang, spec: &InputSpec) -> Result<f64, FieldError> {
        match self {
            Raw::Text(text) => parse_written_field(lang, text, spec),
            _ => {
                let value = self.number(lang).map_err(FieldError::Parse)?;
                check(spec, value).map_err(FieldError::Value)
            }
        }
    }
}

#[derive(Debug, Default)]
struct DraftScenario {
    name: Option<String>,
    inputs: Vec<(InputId, Raw)>,
}

/// What a reader found, before validation. Readers drop duplicates themselves (first wins);
/// [`Draft::finish`] validates every value in one place.
#[derive(Debug, Default)]
struct Draft {
    lang: Option<String>,
    active: Option<Raw>,
    scenarios: Vec<DraftScenario>,
    assumptions: Vec<(CoefficientId, Raw)>,
    problems: Problems,
    /// Present when reading version 1: its scenarios are migrated once read.
    migration: Option<migrate::Migration>,
}

impl Draft {
    /// A draft of a version 1 link or file.
    fn v1() -> Draft {
        Draft {
            migration: Some(migrate::Migration::default()),
            ..Draft::default()
        }
    }

    /// Whether `key` is one of version 1's that version 2 dropped; if so, notes it.
    fn dropped_v1_key(&mut self, key: &str) -> bool {
        let Some(m) = self.migration.as_mut() else {
            return false;
        };
        if let Some(c) = migrate::dropped_coefficient(key) {
            m.drop_coefficient(c);
            return true;
        }
        key == migrate::V1_DELIGHT_PERIODS
    }

    fn finish(self, fallback: Lang) -> Decoded {
        let Draft {
            lang,
            active,
            mut scenarios,
            assumptions,
            mut problems,
            migration,
        } = self;
        let lang = match lang {
            None => fallback,
            Some(code) => Lang::from_code(&code).unwrap_or_else(|| {
                problems.push(Problem::UnknownLang(quoted(&code)));
                fallback
            }),
        };
        if scenarios.len() > MAX_SCENARIOS {
            scenarios.truncate(MAX_SCENARIOS);
            problems.push(Problem::TooManyScenarios);
        }
        let mut state = AppState::new(lang);
        if !scenarios.is_empty() {
            state.scenarios = scenarios
                .into_iter()
                .enumerate()
                .map(|(i, draft)| {
                    // An input a version 1 link or file left out meant version 1's default.
                    let base = if migration.is_some() {
                        migrate::version_1_defaults()
                    } else {
                        Scenario::default()
                    };
                    build_scenario(lang, i + 1, draft, base, &mut problems)
                })
                .collect();
        }
        if migration.is_some() {
            for named in &mut state.scenarios {
                named.scenario = migrate::scenario(&named.scenario);
            }
        }
        state.assumptions = build_assumptions(lang, &assumptions, &mut problems);
        if let Some(raw) = active {
            let spec = InputSpec {
                min: 1.0,
                max: state.scenarios.len() as f64,
                step: 1.0,
                default: 1.0,
                unit: Unit::Periods,
                whole: true,
                key: "active",
            };
            match raw.field(lang, &spec) {
                // Whole and within 1..=len, so the index is valid.
                Ok(n) => state.active = n as usize - 1,
                Err(e) => problems.push(Problem::Refused {
                    field: Field::Active,
                    reason: Reason::Field(e),
                }),
            }
        }
        problems.set_several_scenarios(state.scenarios.len() > 1);
        Decoded {
            state,
            problems,
            migrated: migration,
        }
    }
}

/// Names of the members and parameters other than inputs and coefficients.
const NAMED_KEYS: [&str; 9] = [
    "v",
    "lang",
    "active",
    "app",
    "version",
    "scenarios",
    "assumptions",
    "name",
    "inputs",
];

/// Every key a link or document knows, numbered: inputs, coefficients, then [`NAMED_KEYS`].
fn key_number(key: &str) -> Option<usize> {
    const INPUTS: usize = InputId::ALL.len();
    if let Some(id) = InputId::from_key(key) {
        return Some(id as usize);
    }
    if let Some(id) = CoefficientId::from_key(key) {
        return Some(INPUTS + id as usize);
    }
    let n = NAMED_KEYS.iter().position(|k| *k == key)?;
    Some(INPUTS + CoefficientId::ALL.len() + n)
}

/// Which known keys were seen, so only the first of each counts. Unknown keys are not tracked:
/// each is listed as unknown anyway.
#[derive(Default)]
struct Seen(u128);

const _: () = assert!(InputId::ALL.len() + CoefficientId::ALL.len() + NAMED_KEYS.len() <= 128);

impl Seen {
    /// Whether `key` is unknown or seen for the first time (and marks it seen).
    fn first(&mut self, key: &str) -> bool {
        let Some(n) = key_number(key) else {
            return true;
        };
        let bit = 1u128 << n;
        let first = self.0 & bit == 0;
        self.0 |= bit;
        first
    }
}

/// A number as links and files write it: `.` for decimals, no grouping, the shortest text that
/// reads back as the same `f64` (`6.5`, `1234567`). A tiny fraction, whose plain form would be
/// long, gets an exponent and the 17 significant digits that always read back exactly
/// (`1.0000000000000000e-300`); JSON and the fields both read that.
fn number_text(v: f64) -> String {
    let plain = decimal::shortest(v + 0.0);
    if plain.len() <= 24 {
        plain
    } else {
        decimal::exponential(v, 17)
    }
}

fn build_scenario(
    lang: Lang,
    number: usize,
    draft: DraftScenario,
    mut scenario: Scenario,
    problems: &mut Problems,
) -> NamedScenario {
    let name = match draft.name {
        Some(text) => {
            if text
                .chars()
                .filter(|c| !c.is_control())
                .nth(MAX_NAME_CHARS)
                .is_some()
            {
                problems.push(Problem::NameCut { scenario: number });
            }
            clean_name(&text)
        }
        // A name given empty stays empty, as the user left it; only a missing one is made up.
        None => default_name(lang, number),
    };
    for (id, raw) in draft.inputs {
        if let Err(e) = raw
            .field(lang, &id.spec())
            .and_then(|v| scenario.set(id, v).map_err(FieldError::Value))
        {
            problems.push(Problem::Refused {
                field: Field::Input {
                    scenario: number,
                    id,
                },
                reason: Reason::Field(e),
            });
        }
    }
    NamedScenario { name, scenario }
}

/// Sets every coefficient it can. A low end above the default high end is retried once the
/// other values are in, so `low=70, high=80` works in either order.
fn build_assumptions(
    lang: Lang,
    given: &[(CoefficientId, Raw)],
    problems: &mut Problems,
) -> Assumptions {
    let mut a = Assumptions::default();
    let mut retry = Vec::new();
    for (id, raw) in given {
        match raw.number(lang) {
            Err(e) => problems.push(Problem::Refused {
                field: Field::Assumption(*id),
                reason: Reason::Field(FieldError::Parse(e)),
            }),
            Ok(v) => match a.set(*id, v) {
                Err(AssumptionError::LowAboveHigh { .. }) => retry.push((*id, v)),
                Err(e) => problems.push(Problem::Refused {
                    field: Field::Assumption(*id),
                    reason: Reason::Assumption(e),
                }),
                Ok(()) => {}
            },
        }
    }
    for (id, v) in retry {
        if let Err(e) = a.set(id, v) {
            problems.push(Problem::Refused {
                field: Field::Assumption(id),
                reason: Reason::Assumption(e),
            });
        }
    }
    a
}

/// Whether `state` is one the app could have reached through its own validation: one to
/// [`MAX_SCENARIOS`] scenarios with clean names, a valid active index, every input and
/// coefficient within its range and every low end at most its high end. For tests and the fuzzer.
pub fn is_valid(state: &AppState) -> bool {
    let inputs_ok = |s: &Scenario| {
        InputId::ALL
            .iter()
            .all(|&id| check(&id.spec(), s.get(id)) == Ok(s.get(id)))
    };
    let names_ok = |n: &NamedScenario| clean_name(&n.name) == n.name;
    let a = &state.assumptions;
    let coefficients_ok = CoefficientId::ALL.iter().all(|&id| {
        let (s, v) = (id.spec(), a.get(id));
        let pair_ok = id
            .pair()
            .is_none_or(|(low, high)| a.get(low) <= a.get(high));
        v.is_finite() && s.min <= v && v <= s.max && pair_ok
    });
    (1..=MAX_SCENARIOS).contains(&state.scenarios.len())
        && state.active < state.scenarios.len()
        && state
            .scenarios
            .iter()
            .all(|n| names_ok(n) && inputs_ok(&n.scenario))
        && coefficients_ok
}

/// Any state the app can reach: one to four scenarios with any inputs and names, any edited
/// coefficients, any language and active scenario. For the property tests of the formats.
#[cfg(test)]
pub(crate) fn any_state() -> impl proptest::strategy::Strategy<Value = AppState> {
    use proptest::prelude::*;
    let scenario = (
        prop::collection::vec(0.0f64..=1.0, InputId::ALL.len()),
        any::<String>(),
    )
        .prop_map(|(values, name)| {
            let mut s = Scenario::default();
            for (id, t) in InputId::ALL.into_iter().zip(values) {
                let spec = id.spec();
                let v = spec.min + t * (spec.max - spec.min);
                let _ = s.set(id, if spec.whole { v.round() } else { v });
            }
            NamedScenario {
                name: clean_name(&name),
                scenario: s,
            }
        });
    let coefficients = prop::collection::vec(
        (prop::sample::select(CoefficientId::ALL), 0.0f64..=1.0),
        0..8,
    );
    (
        prop::collection::vec(scenario, 1..=MAX_SCENARIOS),
        coefficients,
        any::<bool>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(scenarios, coefficients, finnish, active)| {
            let mut state = AppState::new(if finnish { Lang::Fi } else { Lang::En });
            for (id, t) in coefficients {
                let spec = id.spec();
                // A refused low/high pair keeps its default: still a valid state.
                let _ = state
                    .assumptions
                    .set(id, spec.min + t * (spec.max - spec.min));
            }
            state.active = active.index(scenarios.len());
            state.scenarios = scenarios;
            state
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_keys_are_numbered_apart_and_only_their_repeats_count() {
        let keys = InputId::ALL
            .iter()
            .map(|id| id.spec().key)
            .chain(CoefficientId::ALL.iter().map(|c| c.spec().key))
            .chain(NAMED_KEYS);
        let numbers: Vec<_> = keys.filter_map(key_number).collect();
        assert_eq!(numbers, (0..numbers.len()).collect::<Vec<_>>());
        let mut seen = Seen::default();
        assert!(seen.first("p") && seen.first("a_tb") && seen.first("inputs"));
        assert!(!seen.first("p") && !seen.first("a_tb") && !seen.first("inputs"));
        assert!(
            seen.first("zz") && seen.first("zz"),
            "unknown keys are not tracked"
        );
    }

    #[test]
    fn numbers_are_written_to_read_back_exactly() {
        for v in [
            0.0,
            -0.0,
            6.5,
            1234567.0,
            0.1 + 0.2,
            1e-300,
            5e-324,
            1e9,
            1.0 / 3.0,
            7.125,
        ] {
            let text = number_text(v);
            assert!(text.len() <= 24, "{text}");
            assert_eq!(text.parse::<f64>(), Ok(v + 0.0), "{text}");
            assert_eq!(parse_written(Lang::Fi, &text), Ok(v + 0.0), "{text}");
        }
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(1e-300), "1.0000000000000000e-300");
    }

    #[test]
    fn defaults_are_valid_and_a_bad_index_is_not() {
        let mut s = AppState::new(Lang::Fi);
        assert!(is_valid(&s));
        s.active = 1;
        assert!(!is_valid(&s));
        s.active = 0;
        s.scenarios[0].name = " x".into();
        assert!(!is_valid(&s));
    }

    #[test]
    fn a_draft_applies_what_it_can_and_lists_the_rest() {
        let draft = Draft {
            lang: Some("en".into()),
            active: Some(Raw::Text("2".into())),
            scenarios: vec![
                DraftScenario {
                    name: Some("  A\u{7}  ".into()),
                    inputs: vec![
                        (InputId::Promise, Raw::Text("7,5".into())),
                        (InputId::Delivered, Raw::Text("11".into())),
                    ],
                },
                DraftScenario {
                    name: None,
                    inputs: vec![
                        (InputId::Horizon, Raw::Number(2.5)),
                        (InputId::Customers, Raw::Other),
                    ],
                },
            ],
            assumptions: vec![
                (CoefficientId::NeverReturnLow, Raw::Number(70.0)),
                (CoefficientId::NeverReturnHigh, Raw::Number(80.0)),
                (CoefficientId::LossAversionLow, Raw::Number(2.4)),
            ],
            ..Draft::default()
        };
        let d = draft.finish(Lang::Fi);
        assert!(is_valid(&d.state));
        assert_eq!(d.state.lang, Lang::En);
        assert_eq!(d.state.active, 1);
        assert_eq!(d.state.scenarios[0].name, "A");
        assert_eq!(d.state.scenarios[1].name, "Scenario 2");
        assert_eq!(d.state.scenarios[0].scenario.get(InputId::Promise), 7.5);
        assert_eq!(d.state.scenarios[0].scenario.get(InputId::Delivered), 6.5);
        assert_eq!(d.state.assumptions.get(CoefficientId::NeverReturnLow), 70.0);
        assert_eq!(
            d.state.assumptions.get(CoefficientId::NeverReturnHigh),
            80.0
        );
        assert_eq!(d.state.assumptions.get(CoefficientId::LossAversionLow), 1.5);
        assert_eq!(
            d.problems.messages(Lang::En),
            [
                "Delivered today (scenario 1): Enter a number from 0 to 10.",
                "Horizon (scenario 2): Enter a whole number.",
                "Customers (scenario 2): Type a number, e.g. 7.5.",
                "Loss aversion (low end): The low end 2.4 cannot be above the high end 2.25.",
            ]
        );
    }

    #[test]
    fn unknown_language_and_bad_active_keep_their_defaults() {
        let d = Draft {
            lang: Some("sv".into()),
            active: Some(Raw::Number(3.0)),
            ..Draft::default()
        }
        .finish(Lang::Fi);
        assert_eq!(d.state, AppState::new(Lang::Fi));
        assert_eq!(
            d.problems.messages(Lang::Fi),
            [
                "Kieltä ”sv” ei tunneta, joten kieli pysyi ennallaan.",
                "Valittu skenaario: Ainoa sallittu luku on 1."
            ]
        );
    }

    #[test]
    fn more_than_the_maximum_of_scenarios_keeps_the_first() {
        let d = Draft {
            scenarios: (0..9).map(|_| DraftScenario::default()).collect(),
            ..Draft::default()
        }
        .finish(Lang::En);
        assert_eq!(d.state.scenarios.len(), MAX_SCENARIOS);
        assert_eq!(d.problems.listed(), [Problem::TooManyScenarios]);
    }
}
