//! The share link: the whole state in the URL's fragment, readable and versioned.
//!
//! ```text
//! #v=2&lang=fi&active=2&s=Nykytila&p=8&d=6.5&…&p1=8&d1=8&…&s=Tavoite&p=8&d=6.5&…&a_rg=70
//! ```
//!
//! - **The fragment, not the query.** A fragment never reaches a server, so a client's figures
//!   stay out of server logs, caches and `Referer` headers; the service worker and the static
//!   host see the same URL whatever the state; and the query stays free for the page's own
//!   parameters (embedding's `?embed=1&accent=…`), which this module never reads or writes.
//! - **Form encoding** (`key=value&…`, `+` for a space, `%XX` for the rest), as
//!   `URLSearchParams` reads it, with the short keys of [`InputId::spec`] and
//!   [`CoefficientId::spec`].
//! - `v=2` marks a share link and its version. A fragment without `v` is not one (an in-page
//!   anchor such as `#results`) and is left alone. `v=1` (model version 1) is read and migrated
//!   ([`super::migrate`]); any other version refuses the whole link.
//! - `lang` and `active` (numbered from 1) are global, as are the coefficient keys (`a_…`),
//!   of which only edited ones are written. `s=NAME` starts a scenario; the input keys after it
//!   are that scenario's. Input keys before the first `s` make an unnamed first scenario, so a
//!   hand-written `#v=2&p=8&d=6` works. Every input is written, so a link keeps its meaning
//!   if a default changes; a missing one takes its default.
//! - Numbers are written with `.` and no grouping, as the shortest text that reads back as the
//!   same `f64`, so a link restores exactly the same results. They are read the way the input
//!   fields read them in the link's language, so a hand-edited `p=7,5` or `ch=15%` works.
//! - Duplicates: the first counts, within a scenario for inputs and in the whole link for the
//!   rest; the others are listed as problems.

use super::{number_text, quoted, Decoded, Draft, DraftScenario, Problem, Raw, Seen};
use crate::lang::Lang;
use crate::model::{CoefficientId, InputId};
use crate::state::AppState;
use std::fmt::Write;

/// The version this code writes and reads.
pub const VERSION: &str = "2";

/// The version of model 1's links, still read.
const VERSION_1: &str = "1";

/// The longest fragment read. The longest real link (four scenarios with long non-ASCII names
/// and every coefficient edited) is under 4 000 characters.
pub const MAX_CHARS: usize = 8 * 1024;

/// Why a fragment was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No `v=`: not a share link (an anchor, or nothing). Not worth a notice.
    NotALink,
    /// Longer than [`MAX_CHARS`].
    TooLong,
    /// A `v` other than [`VERSION`], as given (quoted).
    UnknownVersion(String),
}

/// The fragment (without `#`) for `state`.
pub fn encode(state: &AppState) -> String {
    let mut out = format!("v={VERSION}&lang={}", state.lang.code());
    if state.active > 0 {
        let _ = write!(out, "&active={}", state.active + 1);
    }
    for named in &state.scenarios {
        out.push_str("&s=");
        push_encoded(&mut out, &named.name);
        for id in InputId::ALL {
            let _ = write!(
                out,
                "&{}={}",
                id.spec().key,
                number_text(named.scenario.get(id))
            );
        }
    }
    for id in state.assumptions.edited() {
        let _ = write!(
            out,
            "&{}={}",
            id.spec().key,
            number_text(state.assumptions.get(id))
        );
    }
    out
}

/// Reads a fragment (with or without its `#`). `fallback` is the language when the link
/// names none (or one we do not speak).
pub fn decode(fragment: &str, fallback: Lang) -> Result<Decoded, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let version = pairs(fragment).find(|(k, _)| k == "v").map(|(_, v)| v);
    let Some(version) = version else {
        return Err(LinkError::NotALink);
    };
    if fragment.len() > MAX_CHARS {
        return Err(LinkError::TooLong);
    }
    let mut draft = match version.trim() {
        VERSION => Draft::default(),
        VERSION_1 => Draft::v1(),
        _ => return Err(LinkError::UnknownVersion(quoted(&version))),
    };
    // Keys seen in the whole link, and input keys seen in the current scenario.
    let mut seen = Seen::default();
    let mut seen_here = Seen::default();
    for (key, value) in pairs(fragment) {
        if key.is_empty() || draft.dropped_v1_key(&key) {
            continue;
        }
        if key == "s" {
            draft.scenarios.push(DraftScenario {
                name: Some(value),
                inputs: Vec::new(),
            });
            seen_here = Seen::default();
        } else if let Some(id) = InputId::from_key(&key) {
            if !seen_here.first(&key) {
                draft.problems.push(Problem::DuplicateKey(key));
                continue;
            }
            if draft.scenarios.is_empty() {
                draft.scenarios.push(DraftScenario::default());
            }
            if let Some(current) = draft.scenarios.last_mut() {
                current.inputs.push((id, Raw::Text(value)));
            }
        } else if !matches!(key.as_str(), "v" | "lang" | "active")
            && CoefficientId::from_key(&key).is_none()
        {
            draft.problems.push(Problem::UnknownKey(quoted(&key)));
        } else if !seen.first(&key) {
            draft.problems.push(Problem::DuplicateKey(quoted(&key)));
        } else if key == "lang" {
            draft.lang = Some(value);
        } else if key == "active" {
            draft.active = Some(Raw::Text(value));
        } else if let Some(id) = CoefficientId::from_key(&key) {
            draft.assumptions.push((id, Raw::Text(value)));
        }
    }
    Ok(draft.finish(fallback))
}

/// The decoded `key=value` pairs of a form-encoded text; a pair without `=` has an empty value.
fn pairs(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    text.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode_component(key), decode_component(value))
    })
}

/// `+` is a space, `%XX` a byte; a `%` not followed by two hex digits stays as it is, and bytes
/// that are not UTF-8 become U+FFFD.
fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Form-encodes `text`: unreserved characters as they are, a space as `+`, the rest as `%XX`.
fn push_encoded(out: &mut String, text: &str) {
    for &b in text.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::is_valid;
    use crate::state::{Action, MAX_SCENARIOS};
    use proptest::prelude::*;

    fn decoded(fragment: &str) -> Decoded {
        decode(fragment, Lang::En).unwrap_or_else(|e| panic!("{fragment}: {e:?}"))
    }

    fn messages(fragment: &str) -> Vec<String> {
        decoded(fragment).problems.messages(Lang::En)
    }

    fn sample() -> AppState {
        AppState::new(Lang::Fi)
            .apply(Action::SetInput(InputId::Delivered, 6.5))
            .apply(Action::Rename(0, "Nykytila & <b>ä</b> 100 %".into()))
            .apply(Action::Duplicate)
            .apply(Action::SetInput(InputId::Promise, 0.1 + 0.2))
            .apply(Action::SetInput(InputId::Customers, 1_234_567.0))
            .apply(Action::SetAssumption(CoefficientId::ToldBad, 20.0))
    }

    #[test]
    fn a_link_is_readable_and_round_trips_exactly() {
        let state = sample();
        let link = encode(&state);
        assert!(
            link.starts_with(
                "v=2&lang=fi&active=2&s=Nykytila+%26+%3Cb%3E%C3%A4%3C%2Fb%3E+100+%25&p=8&d=6.5&"
            ),
            "{link}"
        );
        assert!(
            link.contains("&s=Skenaario+2&p=0.30000000000000004&d=6.5&"),
            "{link}"
        );
        assert!(link.contains("&c=1234567&"), "{link}");
        assert!(link.ends_with("&a_tb=20"), "{link}");
        let back = decoded(&format!("#{link}"));
        assert_eq!(back.state, state);
        assert!(back.problems.is_empty());
        // The defaults write no active index and no assumptions.
        let plain = encode(&AppState::new(Lang::En));
        assert!(
            !plain.contains("active") && !plain.contains("a_"),
            "{plain}"
        );
    }

    #[test]
    fn the_problem_share_travels_and_older_links_read_it_as_not_measured() {
        let state =
            AppState::new(Lang::En).apply(Action::SetInput(InputId::ReportedProblems, 22.5));
        let link = encode(&state);
        assert!(link.contains("&rr=40&pr=22.5&"), "{link}");
        assert_eq!(decoded(&link).state, state);
        // A link written before the share existed: no `pr`, so no fit and no problem listed.
        let old = decoded(&link.replace("&pr=22.5", ""));
        assert_eq!(old.state.scenario().get(InputId::ReportedProblems), 0.0);
        assert!(old.problems.is_empty());
    }

    #[test]
    fn fragments_without_a_version_are_not_links() {
        for f in ["", "#", "#results", "#p=8", "#lang=fi&p=8", "#vv=1"] {
            assert_eq!(decode(f, Lang::En), Err(LinkError::NotALink), "{f}");
        }
        let long = format!("v=2&{}", "x".repeat(MAX_CHARS));
        assert_eq!(decode(&long, Lang::En), Err(LinkError::TooLong));
    }

    #[test]
    fn an_unknown_version_refuses_the_whole_link() {
        assert_eq!(
            decode("#v=3&p=8", Lang::En),
            Err(LinkError::UnknownVersion("3".into()))
        );
        assert_eq!(
            decode("#v=%3Cscript%3E&p=8", Lang::En),
            Err(LinkError::UnknownVersion("<script>".into()))
        );
        assert!(matches!(
            decode("#v=&p=8", Lang::En),
            Err(LinkError::UnknownVersion(_))
        ));
        // The first `v` decides, like every other key.
        assert!(decode("#v=2&v=3", Lang::En).is_ok());
        assert!(decode("#v=3&v=2", Lang::En).is_err());
    }

    #[test]
    fn hand_written_links_read_numbers_like_the_fields() {
        let d = decoded("v=2&p=7,5&d=+6.5+&ch=15%25&c=10%20000&rev=%E2%82%AC1,500&h=-0");
        let s = &d.state.scenarios[0].scenario;
        assert_eq!(s.get(InputId::Promise), 7.5);
        assert_eq!(s.get(InputId::Delivered), 6.5);
        assert_eq!(s.get(InputId::BaselineChurn), 15.0);
        assert_eq!(s.get(InputId::Customers), 10_000.0);
        assert_eq!(s.get(InputId::RevenuePerCustomer), 1500.0);
        assert_eq!(
            d.problems.messages(Lang::En),
            ["Horizon: Enter a number from 1 to 20."]
        );
        // -0 is read as 0 and stays positive.
        let d = decoded("v=2&n=-0");
        assert!(d
            .state
            .scenario()
            .get(InputId::NegativeSurprises)
            .is_sign_positive());
        assert!(d.problems.is_empty());
        // In Finnish a lone comma is decimal, but before three digits it could be English
        // thousands: refused with both readings. In English three digits after it group.
        let d = decoded("v=2&lang=fi&c=10,000&rev=1.200");
        assert_eq!(
            d.state.scenario().get(InputId::Customers),
            InputId::Customers.spec().default
        );
        assert_eq!(d.state.scenario().get(InputId::RevenuePerCustomer), 1.2);
        assert_eq!(
            d.problems.messages(Lang::En),
            ["Customers: Unclear: 10 or 10,000? Write thousands with a comma or none (40,000 or 40000) and decimals with a point (7.5)."]
        );
        assert_eq!(
            decoded("v=2&lang=en&c=10,000")
                .state
                .scenario()
                .get(InputId::Customers),
            10_000.0
        );
    }

    #[test]
    fn bad_values_are_listed_by_field_and_the_rest_applies() {
        let long = "9".repeat(1000);
        // A version 1 link: refusals are listed by field as in version 2; its `kp` goes quietly.
        let link = format!("v=1&p=NaN&d=1e309&k=abc&kp=&n=-1&m=99&rq={long}&dr=5&a_rg=101&a_tb=x");
        let d = decoded(&link);
        assert!(is_valid(&d.state));
        assert_eq!(d.state.scenario().get(InputId::DiscountRate), 5.0);
        assert_eq!(
            d.state.scenario().get(InputId::Promise),
            7.0,
            "version 1's default kept"
        );
        let tb = crate::i18n::coefficient_name(Lang::En, CoefficientId::ToldBad);
        let rg = crate::i18n::coefficient_name(Lang::En, CoefficientId::RecommendGood);
        assert_eq!(
            d.problems.messages(Lang::En),
            [
                "Promise today: Type a number, e.g. 7.5.".to_owned(),
                "Delivered today: That number is too large.".into(),
                "Delightful surprises today: Type a number, e.g. 7.5.".into(),
                "Service failures today: Enter a number from 0 to 12.".into(),
                "Irrelevant messages today: Enter a number from 0 to 30.".into(),
                "Recovery today: That is too long for a number.".into(),
                format!("{rg}: Enter a number from 0 to 100."),
                format!("{tb}: Type a number, e.g. 7.5."),
            ]
        );
    }

    #[test]
    fn unknown_keys_are_listed_and_duplicates_keep_the_first() {
        let d = decoded("v=2&zz=1&p=8&p=9&lang=fi&lang=en&a_tb=20&a_tb=30&%3Cb%3E=1&=5&&x");
        assert_eq!(d.state.scenario().get(InputId::Promise), 8.0);
        assert_eq!(d.state.lang, Lang::Fi);
        assert_eq!(d.state.assumptions.get(CoefficientId::ToldBad), 20.0);
        let tb = crate::i18n::coefficient_name(Lang::En, CoefficientId::ToldBad);
        assert_eq!(
            d.problems.messages(Lang::En),
            [
                "Unknown field “zz” was ignored.".to_owned(),
                "“Promise today” was given more than once; the first one was used.".into(),
                "“lang” was given more than once; the first one was used.".into(),
                format!("“{tb}” was given more than once; the first one was used."),
                "Unknown field “<b>” was ignored.".into(),
                "Unknown field “x” was ignored.".into(),
            ]
        );
    }

    #[test]
    fn scenarios_follow_their_names_and_a_leading_unnamed_one_is_kept() {
        let d = decoded("v=2&active=2&p=1&s=B&p=2&d=2&s=&p=3&a_tb=20");
        assert!(d.migrated.is_none());
        let s = &d.state;
        assert_eq!(s.scenarios.len(), 3);
        assert_eq!(s.active, 1);
        let names: Vec<_> = s.scenarios.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(
            names,
            ["Scenario 1", "B", ""],
            "a name given empty stays empty"
        );
        let promises: Vec<_> = s
            .scenarios
            .iter()
            .map(|n| n.scenario.get(InputId::Promise))
            .collect();
        assert_eq!(promises, [1.0, 2.0, 3.0]);
        // The same input in two scenarios is not a duplicate.
        assert!(d.problems.is_empty());
        let many = format!("v=2{}", "&s=x".repeat(MAX_SCENARIOS + 3));
        assert_eq!(decoded(&many).state.scenarios.len(), MAX_SCENARIOS);
        assert_eq!(messages(&many), ["Only the first 4 scenarios were used."]);
    }

    #[test]
    fn names_with_markup_and_control_characters_stay_text() {
        let d = decoded("v=2&s=%3Cscript%3Ealert(1)%3C%2Fscript%3E%00%0A&s=%FF%FE");
        assert_eq!(d.state.scenarios[0].name, "<script>alert(1)</script>");
        assert_eq!(d.state.scenarios[1].name, "\u{fffd}\u{fffd}");
        let long = "ä".repeat(500);
        let d = decoded(&format!("v=2&s={long}"));
        assert_eq!(
            d.state.scenarios[0].name.chars().count(),
            crate::state::MAX_NAME_CHARS
        );
        assert_eq!(
            d.problems.messages(Lang::En),
            ["The name of scenario 1 was shortened to 60 characters."]
        );
    }

    #[test]
    fn version_1_links_open_with_today_as_given_and_a_plan_that_closes_the_gap() {
        let d = decoded(
            "v=1&lang=en&s=Now&p=9&d=6&k=1&kp=20&n=0&rq=50&m=0&c=40000&rev=600&ch=15&rr=40\
             &reach=80&h=3&c0=0&cp=0&dr=8&a_lah=2.5&a_wc=3&a_sd=20",
        );
        assert!(is_valid(&d.state));
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let s = d.state.scenario();
        assert_eq!(s.get(InputId::Promise), 9.0);
        assert_eq!(s.get(InputId::Delivered), 6.0);
        assert_eq!(s.get(InputId::PlanPromise), 9.0);
        assert_eq!(s.get(InputId::PlanDelivered), 9.0);
        assert_eq!(s.get(InputId::NewCustomers), 6000.0);
        assert_eq!(s.get(InputId::Reach), 80.0);
        // Version 1's loss aversion above version 2's default stays the user's value.
        assert_eq!(
            d.state.assumptions.get(CoefficientId::LossAversionHigh),
            2.5
        );
        let m = d.migrated.expect("a version 1 link says it was migrated");
        let keys: Vec<_> = m.dropped.iter().map(|c| c.key).collect();
        assert_eq!(keys, ["a_wc", "a_sd"]);
        // Written back, it is a version 2 link that reads the same without a migration.
        let again = decoded(&encode(&d.state));
        assert_eq!(again.state, d.state);
        assert!(again.migrated.is_none());
    }

    #[test]
    fn percent_decoding_is_lenient() {
        assert_eq!(decode_component("a%zz%4"), "a%zz%4");
        assert_eq!(decode_component("%C3%A4+%e2%82%ac"), "ä €");
        assert_eq!(decode_component("%"), "%");
        assert_eq!(decode_component("%C3"), "\u{fffd}");
        let mut out = String::new();
        push_encoded(&mut out, "a b&c=d#ä~");
        assert_eq!(out, "a+b%26c%3Dd%23%C3%A4~");
    }

    proptest! {
        #[test]
        fn any_fragment_decodes_to_a_valid_state_or_an_error(text in any::<String>()) {
            for fragment in [text.clone(), format!("v=2&{text}")] {
                if let Ok(d) = decode(&fragment, Lang::Fi) {
                    prop_assert!(is_valid(&d.state), "{fragment:?}");
                }
            }
        }

        #[test]
        fn link_like_fragments_decode_to_valid_states(
            pairs in prop::collection::vec(
                (
                    prop::sample::select(vec!["v", "lang", "active", "s", "p", "d", "h", "c", "a_nrl", "a_nrh", "zz", ""]),
                    r"[0-9a-z,.%+\-eE &=]{0,12}",
                ),
                0..40,
            )
        ) {
            let fragment: String = pairs.iter().map(|(k, v)| format!("{k}={v}&")).collect();
            if let Ok(d) = decode(&format!("v=2&{fragment}"), Lang::En) {
                prop_assert!(is_valid(&d.state), "{fragment:?}");
            }
        }

        #[test]
        fn valid_states_round_trip(state in crate::share::any_state()) {
            prop_assert!(is_valid(&state));
            let back = decode(&encode(&state), Lang::Fi).map(|d| (d.state, d.problems.is_empty()));
            prop_assert_eq!(back, Ok((state, true)));
        }
    }
}
