//! What was wrong with a link, a file or the saved state, kept as data and worded in the
//! language the user reads it in (so switching language rewords the notice too).

use crate::i18n::{self, t, tf, Key};
use crate::input::FieldError;
use crate::lang::Lang;
use crate::model::{AssumptionError, CoefficientId, InputId};
use crate::state::MAX_SCENARIOS;

/// At most this many problems are listed; the rest are counted ("…and 12 more").
pub const MAX_LISTED: usize = 12;

/// Outside text quoted in a message is cut to this many characters.
const MAX_QUOTED_CHARS: usize = 40;

/// A field whose value was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    /// An input of scenario `scenario` (numbered from 1).
    Input {
        scenario: usize,
        id: InputId,
    },
    Assumption(CoefficientId),
    /// Which scenario is selected.
    Active,
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Not a number, or a number outside the field's range (the same messages as under a field).
    Field(FieldError),
    Assumption(AssumptionError),
}

/// One thing that was not used as written. Everything else still applies.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A key that is not ours; ignored.
    UnknownKey(String),
    /// A key given more than once; the first one counts, everywhere.
    DuplicateKey(String),
    /// A member with the wrong kind of JSON value (e.g. `"scenarios": 5`); ignored.
    WrongType(String),
    /// A language we do not speak; the language stays as it was.
    UnknownLang(String),
    /// More than [`MAX_SCENARIOS`] scenarios; the first ones are used.
    TooManyScenarios,
    /// A scenario name longer than [`crate::state::MAX_NAME_CHARS`]; it was cut.
    NameCut { scenario: usize },
    /// A value refused; its default stands in for it.
    Refused { field: Field, reason: Reason },
}

/// The problems found in one link or file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    listed: Vec<Problem>,
    /// How many more were found than are listed.
    more: usize,
    /// Whether the result has several scenarios, so that a field names its scenario.
    several_scenarios: bool,
}

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        if self.listed.len() < MAX_LISTED {
            self.listed.push(problem);
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    pub fn listed(&self) -> &[Problem] {
        &self.listed
    }

    pub(crate) fn set_several_scenarios(&mut self, several: bool) {
        self.several_scenarios = several;
    }

    /// One line per problem in `lang`, and a last line counting any not listed.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        let mut lines: Vec<String> = self
            .listed
            .iter()
            .map(|p| describe(lang, p, self.several_scenarios))
            .collect();
        if self.more > 0 {
            lines.push(tf(lang, Key::ProblemMore, &[&self.more.to_string()]));
        }
        lines
    }
}

/// Outside text as it may be quoted: no control characters, at most [`MAX_QUOTED_CHARS`].
pub fn quoted(text: &str) -> String {
    let mut chars = text.chars().filter(|c| !c.is_control());
    let mut out: String = chars.by_ref().take(MAX_QUOTED_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// The name people know a key by: an input's label, a coefficient's name, or the key itself.
fn key_name(lang: Lang, key: &str) -> String {
    if let Some(id) = InputId::from_key(key) {
        i18n::input_label(lang, id).to_owned()
    } else if let Some(id) = CoefficientId::from_key(key) {
        i18n::coefficient_name(lang, id).to_owned()
    } else {
        key.to_owned()
    }
}

fn field_name(lang: Lang, field: Field, several_scenarios: bool) -> String {
    match field {
        Field::Input { scenario, id } if several_scenarios => tf(
            lang,
            Key::ProblemInScenario,
            &[&scenario.to_string(), i18n::input_label(lang, id)],
        ),
        Field::Input { id, .. } => i18n::input_label(lang, id).to_owned(),
        Field::Assumption(id) => i18n::coefficient_name(lang, id).to_owned(),
        Field::Active => t(lang, Key::ProblemActiveScenario).to_owned(),
    }
}

/// One problem as a sentence in `lang`; a refused value reads "Field: why".
pub fn describe(lang: Lang, problem: &Problem, several_scenarios: bool) -> String {
    match problem {
        Problem::UnknownKey(key) => tf(lang, Key::ProblemUnknownKey, &[key]),
        Problem::DuplicateKey(key) => tf(lang, Key::ProblemDuplicateKey, &[&key_name(lang, key)]),
        Problem::WrongType(key) => tf(lang, Key::ProblemWrongType, &[key]),
        Problem::UnknownLang(code) => tf(lang, Key::ProblemUnknownLang, &[code]),
        Problem::TooManyScenarios => tf(
            lang,
            Key::ProblemTooManyScenarios,
            &[&MAX_SCENARIOS.to_string()],
        ),
        Problem::NameCut { scenario } => tf(
            lang,
            Key::ProblemNameCut,
            &[
                &scenario.to_string(),
                &crate::state::MAX_NAME_CHARS.to_string(),
            ],
        ),
        Problem::Refused { field, reason } => {
            let why = match reason {
                Reason::Field(e) => i18n::field_error(lang, e),
                Reason::Assumption(e) => i18n::assumption_error(lang, e),
            };
            format!("{}: {why}", field_name(lang, *field, several_scenarios))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::ParseError;
    use crate::model::ValueError;

    #[test]
    fn refused_values_name_the_field_and_the_reason_in_both_languages() {
        let p = Problem::Refused {
            field: Field::Input {
                scenario: 2,
                id: InputId::Promise,
            },
            reason: Reason::Field(FieldError::Value(ValueError::OutOfRange {
                min: 0.0,
                max: 10.0,
            })),
        };
        assert_eq!(
            describe(Lang::Fi, &p, false),
            "Lupaus nyt: Anna luku väliltä 0–10."
        );
        assert_eq!(
            describe(Lang::En, &p, true),
            "Promise today (scenario 2): Enter a number from 0 to 10."
        );
        let p = Problem::Refused {
            field: Field::Assumption(CoefficientId::NeverReturnLow),
            reason: Reason::Assumption(AssumptionError::LowAboveHigh {
                low: 70.0,
                high: 60.0,
            }),
        };
        assert!(describe(Lang::En, &p, false)
            .ends_with(": The low end 70 cannot be above the high end 60."));
        let p = Problem::Refused {
            field: Field::Active,
            reason: Reason::Field(FieldError::Parse(ParseError::NotANumber)),
        };
        assert_eq!(
            describe(Lang::Fi, &p, false),
            "Valittu skenaario: Kirjoita luku, esim. 7,5."
        );
    }

    #[test]
    fn duplicated_keys_are_named_as_people_know_them() {
        let p = Problem::DuplicateKey("d".into());
        assert!(describe(Lang::En, &p, false).contains("Delivered today"));
        let p = Problem::DuplicateKey("zz".into());
        assert!(describe(Lang::En, &p, false).contains("“zz”"));
    }

    #[test]
    fn quoting_cuts_long_text_and_drops_control_characters() {
        assert_eq!(quoted("a\u{0}b\nc"), "abc");
        let long = "x".repeat(1000);
        assert_eq!(quoted(&long).chars().count(), MAX_QUOTED_CHARS + 1);
        assert!(quoted(&long).ends_with('…'));
        assert_eq!(
            quoted(&"y".repeat(MAX_QUOTED_CHARS)),
            "y".repeat(MAX_QUOTED_CHARS)
        );
    }

    #[test]
    fn only_the_first_problems_are_listed_and_the_rest_counted() {
        let mut ps = Problems::default();
        for i in 0..MAX_LISTED + 5 {
            ps.push(Problem::UnknownKey(i.to_string()));
        }
        let lines = ps.messages(Lang::En);
        assert_eq!(lines.len(), MAX_LISTED + 1);
        assert_eq!(lines.last().map(String::as_str), Some("…and 5 more."));
    }

    #[test]
    fn every_problem_reads_in_both_languages() {
        let all = [
            Problem::UnknownKey("x".into()),
            Problem::DuplicateKey("p".into()),
            Problem::WrongType("scenarios".into()),
            Problem::UnknownLang("sv".into()),
            Problem::TooManyScenarios,
            Problem::NameCut { scenario: 1 },
        ];
        for p in all {
            let (fi, en) = (describe(Lang::Fi, &p, false), describe(Lang::En, &p, false));
            assert!(
                !fi.is_empty() && fi != en && !fi.contains('{'),
                "{p:?}: {fi} / {en}"
            );
        }
    }
}
