//! The JSON document: the whole state in a file (export and import) and in saved state.
//!
//! Version 2, the one written:
//!
//! ```json
//! {
//!   "app": "promise-gap",
//!   "version": 2,
//!   "lang": "fi",
//!   "active": 1,
//!   "scenarios": [
//!     { "name": "Nykytila", "inputs": { "p": 8, "d": 6.5, …, "p1": 8, "d1": 8, … } }
//!   ],
//!   "assumptions": { "a_rg": 70 }
//! }
//! ```
//!
//! Inputs use the share link's short keys; every input is written, and only edited
//! assumptions. `active` counts from 1, as in the link. Reading is lenient the same way as the
//! link (see the [module](super) documentation): unknown members are listed and ignored, the
//! first of duplicated members counts, refused values keep their defaults, and a number written
//! as a string (`"7,5"`) is read as the fields read it.
//!
//! **Serde.** The document is written from serde types (`Written`, its scenarios, inputs and
//! edited assumptions) and read into one (`Value`), through the JSON format of [`super::json`].
//! Reading takes any JSON into `Value`, an object's members in order with duplicates, and only
//! then looks at what each member holds: a member of the wrong kind is listed by name instead of
//! refusing the file, as a derived `Deserialize` would (it also refuses a duplicated field).
//!
//! **Versions.** Version 0 is the flat single-scenario form, without `version` (or with
//! `"version": 0`): `{ "lang": "fi", "p": 7, "d": 6.5, "assumptions": { … } }`. `migrate_v0`
//! turns it into version 1 before it is read. Version 1 has version 2's form with model 1's
//! inputs: it is read with [`super::migrate`] (today as given, a plan that closes the gap). A
//! version this code does not know refuses the whole document with
//! [`DocumentError::UnknownVersion`].

use super::json::{self, JsonError};
use super::{number_text, quoted, Decoded, Draft, DraftScenario, Problem, Problems, Raw, Seen};
use crate::lang::Lang;
use crate::model::{Assumptions, CoefficientId, InputId, Scenario};
use crate::state::AppState;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The version written.
pub const VERSION: u32 = 2;

/// Marks a document as ours.
const APP: &str = "promise-gap";

/// The largest document read: a real one is a few kilobytes. Files are checked against this
/// before they are read, so a huge file is refused at once.
pub const MAX_BYTES: usize = 1024 * 1024;

/// Why a document was not used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// Larger than [`MAX_BYTES`] (its size in bytes).
    TooLarge(u64),
    /// The JSON ends too early: the file was probably cut short.
    Truncated,
    /// Not JSON; where the first error is.
    NotJson { line: usize, column: usize },
    /// JSON, but not a Promise Gap document.
    NotOurs,
    /// A `version` this code does not know, as written (quoted).
    UnknownVersion(String),
}

/// The document for `state`, pretty-printed.
pub fn to_json(state: &AppState) -> String {
    json::write(&Written {
        app: APP,
        version: VERSION,
        lang: state.lang.code(),
        active: state.active + 1,
        scenarios: state
            .scenarios
            .iter()
            .map(|named| WrittenScenario {
                name: &named.name,
                inputs: Inputs(&named.scenario),
            })
            .collect(),
        assumptions: Edited(&state.assumptions),
    })
}

/// Reads a document of any known version. `fallback` is the language when it names none.
pub fn from_json(text: &str, fallback: Lang) -> Result<Decoded, DocumentError> {
    if text.len() > MAX_BYTES {
        return Err(DocumentError::TooLarge(text.len() as u64));
    }
    let value = json::read(text).map_err(|e| match e {
        JsonError::Truncated => DocumentError::Truncated,
        JsonError::Syntax { line, column } => DocumentError::NotJson { line, column },
    })?;
    let Value::Object(members) = value else {
        return Err(DocumentError::NotOurs);
    };
    match first(&members, "app") {
        None => {}
        Some(Value::Raw(Raw::Text(app))) if app == APP => {}
        Some(_) => return Err(DocumentError::NotOurs),
    }
    let (members, draft) = match first(&members, "version") {
        None => (migrate_v0(members)?, Draft::v1()),
        Some(Value::Raw(Raw::Number(v))) if *v == 0.0 => (migrate_v0(members)?, Draft::v1()),
        Some(Value::Raw(Raw::Number(v))) if *v == 1.0 => (members, Draft::v1()),
        Some(Value::Raw(Raw::Number(v))) if *v == f64::from(VERSION) => (members, Draft::default()),
        Some(Value::Raw(Raw::Number(v))) => {
            return Err(DocumentError::UnknownVersion(number_text(*v)))
        }
        Some(Value::Raw(Raw::Text(v))) => return Err(DocumentError::UnknownVersion(quoted(v))),
        Some(_) => return Err(DocumentError::UnknownVersion(String::new())),
    };
    Ok(read(members, draft).finish(fallback))
}

/// The document as written: version 2.
#[derive(Serialize)]
struct Written<'a> {
    app: &'static str,
    version: u32,
    lang: &'static str,
    active: usize,
    scenarios: Vec<WrittenScenario<'a>>,
    assumptions: Edited<'a>,
}

#[derive(Serialize)]
struct WrittenScenario<'a> {
    name: &'a str,
    inputs: Inputs<'a>,
}

/// Every input under its short key, in the order of [`InputId::ALL`].
struct Inputs<'a>(&'a Scenario);

impl Serialize for Inputs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(
            InputId::ALL
                .iter()
                .map(|&id| (id.spec().key, self.0.get(id))),
        )
    }
}

/// The edited coefficients only, under their keys.
struct Edited<'a>(&'a Assumptions);

impl Serialize for Edited<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.edited().map(|id| (id.spec().key, self.0.get(id))))
    }
}

/// Any JSON value, as the document's reader takes it: an object's members in the order written,
/// duplicates included; a list; or a single value ([`Raw`]: text, a number, or anything else).
/// Reading it never fails on content, so only text that is not JSON refuses a file.
enum Value {
    Object(Vec<(String, Value)>),
    List(Vec<Value>),
    Raw(Raw),
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Other))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Number(v as f64)))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Number(v as f64)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Number(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Text(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Text(v)))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Other))
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Raw(Raw::Other))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Vec::new();
        while let Some(member) = map.next_entry()? {
            members.push(member);
        }
        Ok(Value::Object(members))
    }
}

/// A value of `inputs`, `assumptions` or `active`, for the field to read: `Raw::Other` unless
/// it is text or a number.
fn raw(value: &Value) -> Raw {
    match value {
        Value::Raw(raw) => raw.clone(),
        _ => Raw::Other,
    }
}

fn first<'a>(members: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Version 0 → 1: the top-level input keys become the inputs of one unnamed scenario; the rest
/// (`lang`, `assumptions`, anything unknown) stays where it is. A document with none of the
/// keys either version knows is not ours.
fn migrate_v0(members: Vec<(String, Value)>) -> Result<Vec<(String, Value)>, DocumentError> {
    let known = |k: &str| {
        InputId::from_key(k).is_some() || matches!(k, "lang" | "assumptions" | "app" | "scenarios")
    };
    if !members.iter().any(|(k, _)| known(k)) {
        return Err(DocumentError::NotOurs);
    }
    let (inputs, mut rest): (Vec<_>, Vec<_>) = members
        .into_iter()
        .filter(|(k, _)| k != "version")
        .partition(|(k, _)| InputId::from_key(k).is_some());
    if !inputs.is_empty() {
        let scenario = vec![("inputs".into(), Value::Object(inputs))];
        rest.push((
            "scenarios".into(),
            Value::List(vec![Value::Object(scenario)]),
        ));
    }
    Ok(rest)
}

/// The members of an object, the first of each known key only; later ones are listed as
/// duplicates. Unknown keys all pass, to be listed as unknown.
fn first_of_each<'m>(
    members: &'m [(String, Value)],
    problems: &mut Problems,
) -> Vec<(&'m str, &'m Value)> {
    let mut seen = Seen::default();
    let mut out = Vec::with_capacity(members.len());
    for (k, v) in members {
        if seen.first(k) {
            out.push((k.as_str(), v));
        } else {
            problems.push(Problem::DuplicateKey(quoted(k)));
        }
    }
    out
}

/// Reads the members of a version 1 or 2 document into `draft` (which knows which).
fn read(members: Vec<(String, Value)>, mut draft: Draft) -> Draft {
    let mut found = std::mem::take(&mut draft.problems);
    let problems = &mut found;
    for (key, value) in first_of_each(&members, problems) {
        match (key, value) {
            ("app" | "version", _) => {}
            ("lang", Value::Raw(Raw::Text(code))) => draft.lang = Some(code.clone()),
            ("active", v) => draft.active = Some(raw(v)),
            ("scenarios", Value::List(items)) => {
                for item in items {
                    let scenario = read_scenario(item, &mut draft, problems);
                    draft.scenarios.push(scenario);
                }
            }
            ("assumptions", Value::Object(given)) => {
                for (key, v) in first_of_each(given, problems) {
                    match CoefficientId::from_key(key) {
                        Some(id) => draft.assumptions.push((id, raw(v))),
                        None if draft.dropped_v1_key(key) => {}
                        None => problems.push(Problem::UnknownKey(quoted(key))),
                    }
                }
            }
            ("lang" | "scenarios" | "assumptions", _) => {
                problems.push(Problem::WrongType(key.to_owned()))
            }
            _ => problems.push(Problem::UnknownKey(quoted(key))),
        }
    }
    draft.problems = found;
    draft
}

fn read_scenario(item: &Value, draft: &mut Draft, problems: &mut Problems) -> DraftScenario {
    let mut scenario = DraftScenario::default();
    let Value::Object(members) = item else {
        problems.push(Problem::WrongType("scenarios".into()));
        return scenario;
    };
    for (key, value) in first_of_each(members, problems) {
        match (key, value) {
            ("name", Value::Raw(Raw::Text(name))) => scenario.name = Some(name.clone()),
            ("inputs", Value::Object(inputs)) => {
                for (key, v) in first_of_each(inputs, problems) {
                    match InputId::from_key(key) {
                        Some(id) => scenario.inputs.push((id, raw(v))),
                        None if draft.dropped_v1_key(key) => {}
                        None => problems.push(Problem::UnknownKey(quoted(key))),
                    }
                }
            }
            ("name" | "inputs", _) => problems.push(Problem::WrongType(key.to_owned())),
            _ => problems.push(Problem::UnknownKey(quoted(key))),
        }
    }
    scenario
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::is_valid;
    use crate::state::Action;
    use proptest::prelude::*;

    fn sample() -> AppState {
        AppState::new(Lang::En)
            .apply(Action::SetInput(InputId::Delivered, 6.5))
            .apply(Action::Rename(0, "Today \"quoted\" <b>ä</b>".into()))
            .apply(Action::Duplicate)
            .apply(Action::SetInput(InputId::Promise, 9.0))
            .apply(Action::SetAssumption(CoefficientId::NeverReturnHigh, 70.0))
            .apply(Action::SetAssumption(CoefficientId::NeverReturnLow, 65.0))
    }

    #[test]
    fn a_document_is_complete_readable_and_round_trips() {
        let state = sample();
        let text = to_json(&state);
        assert!(text.starts_with("{\n  \"app\": \"promise-gap\",\n  \"version\": 2,\n  \"lang\": \"en\",\n  \"active\": 2,\n  \"scenarios\": [\n    {\n      \"name\": \"Today \\\"quoted\\\" <b>ä</b>\",\n      \"inputs\": {\n        \"p\": 8,\n        \"d\": 6.5,"), "{text}");
        assert!(
            text.contains("\"assumptions\": {\n    \"a_nrl\": 65,\n    \"a_nrh\": 70\n  }"),
            "{text}"
        );
        let back = from_json(&text, Lang::Fi).unwrap();
        assert_eq!(back.state, state);
        assert!(back.problems.is_empty());
        assert!(back.migrated.is_none());
    }

    #[test]
    fn a_document_carries_the_problem_share_and_an_older_one_reads_it_as_not_measured() {
        let state =
            AppState::new(Lang::En).apply(Action::SetInput(InputId::ReportedProblems, 30.0));
        let text = to_json(&state);
        assert!(text.contains("\"pr\": 30,"), "{text}");
        assert_eq!(from_json(&text, Lang::En).unwrap().state, state);
        let old = from_json(&text.replace("\"pr\": 30,", ""), Lang::En).unwrap();
        assert_eq!(old.state.scenario().get(InputId::ReportedProblems), 0.0);
        assert!(old.problems.is_empty());
    }

    #[test]
    fn a_version_1_document_is_migrated_and_says_so() {
        let v1 = r#"{"app": "promise-gap", "version": 1, "lang": "fi",
          "scenarios": [{"name": "Nyt", "inputs": {"p": 8, "d": 5, "kp": 20, "c": 2000, "ch": 10}}],
          "assumptions": {"a_drl": 9, "a_lah": 3}}"#;
        let d = from_json(v1, Lang::En).unwrap();
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let s = d.state.scenario();
        assert_eq!(
            (s.get(InputId::Delivered), s.get(InputId::PlanDelivered)),
            (5.0, 8.0)
        );
        assert_eq!(s.get(InputId::NewCustomers), 200.0);
        assert_eq!(
            d.state.assumptions.get(CoefficientId::LossAversionHigh),
            3.0
        );
        let m = d.migrated.expect("migrated");
        assert_eq!(
            m.dropped.iter().map(|c| c.key).collect::<Vec<_>>(),
            ["a_drl"]
        );
        // Refusals in a version 1 file are listed by field as ever.
        let d = from_json(
            r#"{"version": 1, "scenarios": [{"inputs": {"p": 11}}]}"#,
            Lang::En,
        )
        .unwrap();
        assert_eq!(
            d.problems.messages(Lang::En),
            ["Promise today: Enter a number from 0 to 10."]
        );
    }

    #[test]
    fn a_version_0_document_is_migrated() {
        let v0 = r#"{"lang": "en", "p": 8, "d": 6.5, "h": 5, "assumptions": {"a_rg": 70}}"#;
        let d = from_json(v0, Lang::Fi).unwrap();
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert!(d.migrated.is_some(), "version 0 is model 1's too");
        // What it leaves out means version 1's defaults.
        let mut start = AppState::new(Lang::En);
        start.scenarios[0].scenario = crate::share::migrate::version_1_defaults();
        let mut v1 = start
            .apply(Action::SetInput(InputId::Promise, 8.0))
            .apply(Action::SetInput(InputId::Delivered, 6.5))
            .apply(Action::SetInput(InputId::Horizon, 5.0));
        v1 = v1.apply(Action::SetAssumption(CoefficientId::RecommendGood, 70.0));
        v1.scenarios[0].scenario = crate::share::migrate::scenario(v1.scenario());
        assert_eq!(d.state, v1);
        // An explicit version 0 is the same form; its problems are found as in version 1.
        let d = from_json(r#"{"version": 0, "p": 11, "x": 1}"#, Lang::En).unwrap();
        assert_eq!(
            d.problems.messages(Lang::En),
            [
                "Unknown field “x” was ignored.",
                "Promise today: Enter a number from 0 to 10."
            ]
        );
        // Its inputs are those of one scenario of version 1.
        let flat = from_json(r#"{"p": 8, "lang": "fi", "x": 1}"#, Lang::En).unwrap();
        let v1 = r#"{"version": 1, "lang": "fi", "x": 1, "scenarios": [{"inputs": {"p": 8}}]}"#;
        assert_eq!(flat, from_json(v1, Lang::En).unwrap());
    }

    #[test]
    fn files_that_are_not_documents_are_refused_with_a_reason() {
        let text = to_json(&sample());
        assert_eq!(
            from_json(&text[..text.len() / 2], Lang::En),
            Err(DocumentError::Truncated)
        );
        assert_eq!(from_json("", Lang::En), Err(DocumentError::Truncated));
        assert_eq!(
            from_json("PK\u{3}\u{4}", Lang::En),
            Err(DocumentError::NotJson { line: 1, column: 1 })
        );
        assert_eq!(
            from_json("{\"p\": NaN}", Lang::En),
            Err(DocumentError::NotJson { line: 1, column: 7 })
        );
        for other in [
            "[]",
            "5",
            "\"x\"",
            "null",
            "{}",
            r#"{"name": "x"}"#,
            r#"{"app": "other", "version": 1}"#,
        ] {
            assert_eq!(
                from_json(other, Lang::En),
                Err(DocumentError::NotOurs),
                "{other}"
            );
        }
        for (doc, shown) in [
            (r#"{"app": "promise-gap", "version": 3}"#, "3"),
            (r#"{"version": 1.5}"#, "1.5"),
            (r#"{"version": "1"}"#, "1"),
            (r#"{"version": null}"#, ""),
        ] {
            assert_eq!(
                from_json(doc, Lang::En),
                Err(DocumentError::UnknownVersion(shown.into())),
                "{doc}"
            );
        }
        let big = format!("{{\"p\": \"{}\"}}", " ".repeat(MAX_BYTES));
        assert_eq!(
            from_json(&big, Lang::En),
            Err(DocumentError::TooLarge(big.len() as u64))
        );
    }

    #[test]
    fn bad_members_are_listed_and_the_rest_applies() {
        let doc = r#"{
          "version": 2, "lang": "fi", "lang": "en", "active": "2", "extra": {"deep": [1]},
          "scenarios": [
            {"name": "<script>alert(1)</script>", "inputs": {"p": 1e309, "d": "7,5", "d": 3, "k": null, "n": -0, "zz": 1}},
            {"name": 5, "inputs": [1]},
            7
          ],
          "assumptions": {"a_tb": "20", "a_zz": 1, "a_rg": -1}
        }"#;
        let d = from_json(doc, Lang::En).unwrap();
        let s = &d.state;
        assert!(is_valid(s));
        assert_eq!(s.lang, Lang::Fi);
        assert_eq!(s.active, 1);
        assert_eq!(s.scenarios.len(), 3);
        assert_eq!(s.scenarios[0].name, "<script>alert(1)</script>");
        assert_eq!(s.scenarios[1].name, "Skenaario 2");
        let first = &s.scenarios[0].scenario;
        assert_eq!(
            first.get(InputId::Delivered),
            7.5,
            "a string is read as the fields read it"
        );
        assert_eq!(
            first.get(InputId::Promise),
            8.0,
            "refused: the default stays"
        );
        assert_eq!(s.assumptions.get(CoefficientId::ToldBad), 20.0);
        let rg = crate::i18n::coefficient_name(Lang::En, CoefficientId::RecommendGood);
        assert_eq!(
            d.problems.messages(Lang::En),
            [
                "“lang” was given more than once; the first one was used.".to_owned(),
                "Unknown field “extra” was ignored.".into(),
                "“Delivered today” was given more than once; the first one was used.".into(),
                "Unknown field “zz” was ignored.".into(),
                "“name” holds the wrong kind of value and was ignored.".into(),
                "“inputs” holds the wrong kind of value and was ignored.".into(),
                "“scenarios” holds the wrong kind of value and was ignored.".into(),
                "Unknown field “a_zz” was ignored.".into(),
                "Promise today (scenario 1): That is not a usable number.".into(),
                "Delightful surprises today (scenario 1): Type a number, e.g. 7.5.".into(),
                format!("{rg}: Enter a number from 0 to 100."),
            ]
        );
    }

    #[test]
    fn values_of_the_wrong_kind_are_refused_by_field() {
        let doc = r#"{"version": 2, "active": [2], "scenarios": [{"inputs": {"p": {"x": 1}, "d": true}}],
          "assumptions": {"a_rg": null}}"#;
        let d = from_json(doc, Lang::En).unwrap();
        assert_eq!(d.state, AppState::new(Lang::En));
        let rg = crate::i18n::coefficient_name(Lang::En, CoefficientId::RecommendGood);
        assert_eq!(
            d.problems.messages(Lang::En),
            [
                "Promise today: Type a number, e.g. 7.5.".to_owned(),
                "Delivered today: Type a number, e.g. 7.5.".into(),
                format!("{rg}: Type a number, e.g. 7.5."),
                "Selected scenario: Type a number, e.g. 7.5.".into(),
            ]
        );
    }

    proptest! {
        #[test]
        fn valid_states_round_trip(state in crate::share::any_state()) {
            let back = from_json(&to_json(&state), Lang::Fi).map(|d| (d.state, d.problems.is_empty()));
            prop_assert_eq!(back, Ok((state, true)));
        }

        #[test]
        fn any_text_decodes_to_a_valid_state_or_an_error(text in any::<String>()) {
            if let Ok(d) = from_json(&text, Lang::Fi) {
                prop_assert!(is_valid(&d.state));
            }
        }

        #[test]
        fn any_bytes_decode_to_a_valid_state_or_an_error(bytes in any::<Vec<u8>>()) {
            if let Ok(d) = from_json(&String::from_utf8_lossy(&bytes), Lang::Fi) {
                prop_assert!(is_valid(&d.state));
            }
        }

        /// Documents of the right shape with arbitrary members and values.
        #[test]
        fn document_like_text_decodes_to_a_valid_state(
            version in prop::sample::select(vec!["", "\"version\": 2,", "\"version\": 1,", "\"version\": 0,"]),
            keys in prop::collection::vec(prop::sample::select(vec!["p", "d", "h", "c", "kp", "zz", "lang", "active", "name"]), 0..12),
            values in prop::collection::vec(prop::sample::select(vec!["1", "-0", "1e309", "\"7,5\"", "null", "[]", "{}", "\"fi\"", "2.5", "\"<b>\"", "100"]), 12),
        ) {
            let members: Vec<String> = keys.iter().zip(&values).map(|(k, v)| format!("\"{k}\": {v}")).collect();
            let inner = members.join(", ");
            for doc in [
                format!("{{{version} {inner}}}"),
                format!("{{{version} \"scenarios\": [{{\"inputs\": {{{inner}}}}}, {{{inner}}}], \"assumptions\": {{\"a_nrl\": {}}}}}", values[0]),
            ] {
                if let Ok(d) = from_json(&doc, Lang::En) {
                    prop_assert!(is_valid(&d.state), "{doc}");
                }
            }
        }
    }
}
