//! Every visible string, in Finnish and English: both first-class, Finnish the default.
//!
//! - [`t`] and [`tf`]: the fixed interface strings of the [`Key`] table (`keys.rs`);
//! - typed accessors for the model's vocabulary (`vocabulary.rs`): inputs, coefficients and
//!   where their figures come from;
//! - messages for refused input: [`parse_error`], [`value_error`], [`field_error`] (either),
//!   [`assumption_error`].
//!
//! Numbers inside messages go through [`crate::format`], so they follow the language too.

mod keys;
mod vocabulary;

pub use keys::{t, Key};
pub use vocabulary::{
    coefficient_figure, coefficient_meaning, coefficient_name, input_help, input_label, lever_name,
    origin_label,
};

use crate::format;
use crate::input::{FieldError, ParseError};
use crate::lang::Lang;
use crate::model::{AssumptionError, ValueError};

/// The string for `key` with `{0}`, `{1}`… replaced by `args`. A placeholder without an
/// argument is left as it is, so a mistake shows on screen instead of panicking; arguments are
/// inserted verbatim and never scanned for placeholders themselves.
pub fn tf(lang: Lang, key: Key, args: &[&str]) -> String {
    fill(t(lang, key), args)
}

/// A piece of a filled string: the template's own words, or one argument (a number, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Arg(String),
}

/// Like [`tf`], with the arguments kept apart from the words, so that the view can keep each
/// value on one line (`−1,2 %-yks.` must not break at its hyphen).
pub fn tf_pieces(lang: Lang, key: Key, args: &[&str]) -> Vec<Piece> {
    tf_pieces_words(lang, key, args, &[])
}

/// Like [`tf_pieces`], where the arguments numbered in `words` are words (a lever's name, what a
/// plan does) rather than values: free to wrap like the template's own.
pub fn tf_pieces_words(lang: Lang, key: Key, args: &[&str], words: &[usize]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    walk(t(lang, key), args.len(), |slot| {
        pieces.push(match slot {
            Slot::Words(text) => Piece::Text(text.to_owned()),
            Slot::Arg(i) if words.contains(&i) => Piece::Text(args[i].to_owned()),
            Slot::Arg(i) => Piece::Arg(args[i].to_owned()),
        })
    });
    pieces
}

fn fill(template: &str, args: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    walk(template, args.len(), |slot| {
        out.push_str(match slot {
            Slot::Words(text) => text,
            Slot::Arg(i) => args[i],
        })
    });
    out
}

/// A stretch of a template: its own words, or the number of the placeholder standing there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot<'a> {
    Words(&'a str),
    Arg(usize),
}

/// The template of `key` as words and placeholders, for `count` arguments, in the language's
/// order: for a view that puts something other than text in a placeholder (a control in the
/// answer sentence). Placeholders without an argument stay words, as in [`tf`].
pub fn slots(lang: Lang, key: Key, count: usize) -> Vec<Slot<'static>> {
    let mut out = Vec::new();
    walk(t(lang, key), count, |slot| out.push(slot));
    out
}

/// Walks `template`, handing `emit` each stretch of its words and each placeholder below
/// `count` (`{0}`, `{1}`…), in order; any other brace stays part of the words.
fn walk<'a>(template: &'a str, count: usize, mut emit: impl FnMut(Slot<'a>)) {
    let mut rest = template;
    let mut text_start = 0;
    while let Some(open) = rest[text_start..].find('{').map(|i| text_start + i) {
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| {
            let index = &after[..close];
            // Plain digits only: parsing alone would also accept `{+1}`.
            if !index.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let index = index.parse::<usize>().ok().filter(|&i| i < count)?;
            Some((index, close))
        });
        match arg {
            Some((index, close)) => {
                if open > 0 {
                    emit(Slot::Words(&rest[..open]));
                }
                emit(Slot::Arg(index));
                rest = &after[close + 1..];
                text_start = 0;
            }
            // Not a placeholder we can fill: the brace stays part of the words.
            None => text_start = open + 1,
        }
    }
    if !rest.is_empty() {
        emit(Slot::Words(rest));
    }
}

/// Why a field's text is not a number, as a message under the field.
pub fn parse_error(lang: Lang, error: ParseError) -> String {
    let key = match error {
        ParseError::Ambiguous { point, grouped } => {
            return tf(
                lang,
                Key::ParseAmbiguous,
                &[&bound(lang, point), &bound(lang, grouped)],
            )
        }
        ParseError::Empty => Key::ParseEmpty,
        ParseError::NotANumber => Key::ParseNotANumber,
        ParseError::TooLong => Key::ParseTooLong,
        ParseError::NotFinite => Key::ParseNotFinite,
    };
    t(lang, key).to_owned()
}

/// Bounds and values in messages: as precise as they are, no trailing zeros (`0,1`, `10`).
fn bound(lang: Lang, v: f64) -> String {
    format::number_trimmed(lang, v, 3)
}

/// Why a number was refused, as a message under the field.
pub fn value_error(lang: Lang, error: &ValueError) -> String {
    match *error {
        ValueError::NotFinite => t(lang, Key::ValueNotFinite).to_owned(),
        // A range of one (a link's active scenario when there is one scenario).
        ValueError::OutOfRange { min, max } if min == max => {
            tf(lang, Key::ValueOnlyOne, &[&bound(lang, min)])
        }
        ValueError::OutOfRange { min, max } => tf(
            lang,
            Key::ValueOutOfRange,
            &[&bound(lang, min), &bound(lang, max)],
        ),
        ValueError::NotWhole => t(lang, Key::ValueNotWhole).to_owned(),
    }
}

/// Why a field's text was refused, whichever the reason.
pub fn field_error(lang: Lang, error: &FieldError) -> String {
    match error {
        FieldError::Parse(e) => parse_error(lang, *e),
        FieldError::Value(e) => value_error(lang, e),
    }
}

/// Why an edited coefficient was refused.
pub fn assumption_error(lang: Lang, error: &AssumptionError) -> String {
    match error {
        AssumptionError::Value(e) => value_error(lang, e),
        AssumptionError::LowAboveHigh { low, high } => tf(
            lang,
            Key::LowAboveHigh,
            &[&bound(lang, *low), &bound(lang, *high)],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CoefficientId, InputId, Origin};
    use std::collections::BTreeSet;

    /// Keys whose Finnish and English strings are rightly the same.
    const SAME_IN_BOTH: &[Key] = &[Key::AppTitle];

    /// The placeholders `{n}` of a string, e.g. `{0}`, `{1}`.
    fn placeholders(s: &str) -> BTreeSet<usize> {
        let mut found = BTreeSet::new();
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            rest = &rest[open + 1..];
            let close = rest
                .find('}')
                .unwrap_or_else(|| panic!("unclosed brace in {s:?}"));
            let index = rest[..close]
                .parse()
                .unwrap_or_else(|_| panic!("bad placeholder in {s:?}"));
            found.insert(index);
            rest = &rest[close + 1..];
        }
        found
    }

    fn check_text(what: &str, s: &str) {
        assert!(!s.is_empty(), "{what} is empty");
        assert_eq!(s.trim(), s, "{what} is not trimmed: {s:?}");
        assert!(!s.contains("  "), "{what} has a double space: {s:?}");
        assert!(
            !s.contains('}') || s.contains('{'),
            "{what} has a stray brace: {s:?}"
        );
    }

    /// Both languages of one string: non-empty, trimmed, same placeholders, not identical.
    fn check_pair(what: &str, fi: &str, en: &str, same_allowed: bool) {
        check_text(&format!("{what} (fi)"), fi);
        check_text(&format!("{what} (en)"), en);
        assert_eq!(
            placeholders(fi),
            placeholders(en),
            "{what}: placeholders differ"
        );
        if !same_allowed {
            assert_ne!(fi, en, "{what}: Finnish equals English");
        }
    }

    #[test]
    fn slots_follow_the_languages_order_and_keep_unfilled_placeholders_as_words() {
        let words = Slot::Words;
        assert_eq!(
            slots(Lang::En, Key::BandRange, 2),
            [words("range "), Slot::Arg(0), words(" to "), Slot::Arg(1)]
        );
        assert_eq!(
            slots(Lang::En, Key::BandRange, 1),
            [words("range "), Slot::Arg(0), words(" to {1}")]
        );
    }

    #[test]
    fn every_key_is_translated_and_consistent() {
        for &key in Key::ALL {
            let (fi, en) = (t(Lang::Fi, key), t(Lang::En, key));
            check_pair(&format!("{key:?}"), fi, en, SAME_IN_BOTH.contains(&key));
            // Placeholders are numbered from 0 without gaps.
            let found = placeholders(fi);
            assert!(
                found.iter().copied().eq(0..found.len()),
                "{key:?}: placeholders {found:?}"
            );
        }
    }

    #[test]
    fn every_key_is_listed_once() {
        let unique: BTreeSet<_> = Key::ALL.iter().collect();
        assert_eq!(unique.len(), Key::ALL.len());
        assert_eq!(*Key::ALL.last().unwrap() as usize, Key::ALL.len() - 1);
    }

    #[test]
    fn every_input_has_a_label_and_one_sentence_of_help() {
        for id in InputId::ALL {
            let what = format!("{id:?}");
            check_pair(
                &what,
                input_label(Lang::Fi, id),
                input_label(Lang::En, id),
                false,
            );
            for lang in Lang::ALL {
                let help = input_help(lang, id);
                assert!(
                    help.ends_with('.') && help.matches(". ").count() == 0,
                    "{what}: {help}"
                );
                assert!(help.chars().count() <= 100, "{what}: help too long: {help}");
            }
            check_pair(
                &what,
                input_help(Lang::Fi, id),
                input_help(Lang::En, id),
                false,
            );
        }
        let labels: BTreeSet<_> = InputId::ALL
            .iter()
            .map(|&id| input_label(Lang::Fi, id))
            .collect();
        assert_eq!(
            labels.len(),
            InputId::ALL.len(),
            "two inputs share a Finnish label"
        );
    }

    #[test]
    fn every_coefficient_has_a_name_figure_and_meaning() {
        for &id in CoefficientId::ALL {
            let what = format!("{id:?}");
            check_pair(
                &what,
                coefficient_name(Lang::Fi, id),
                coefficient_name(Lang::En, id),
                false,
            );
            check_pair(
                &what,
                coefficient_figure(Lang::Fi, id),
                coefficient_figure(Lang::En, id),
                false,
            );
            check_pair(
                &what,
                coefficient_meaning(Lang::Fi, id),
                coefficient_meaning(Lang::En, id),
                false,
            );
            let spec = id.spec();
            for lang in Lang::ALL {
                let figure = coefficient_figure(lang, id);
                let meaning = coefficient_meaning(lang, id);
                assert!(figure.ends_with('.') && meaning.ends_with('.'), "{what}");
                assert!(
                    meaning.matches(". ").count() == 0,
                    "{what}: one sentence: {meaning}"
                );
                // The words quote the figure: if a default changes, its words must change too.
                let value = format::number_trimmed(lang, spec.default, 2);
                assert!(
                    figure.contains(&value),
                    "{what}: {figure:?} does not say {value}"
                );
                // An assumption says it is one.
                if spec.origin == Origin::Assumption {
                    let word = if lang == Lang::Fi {
                        "Oletus"
                    } else {
                        "Assumption"
                    };
                    assert!(
                        figure.starts_with(&format!("{word}: ")),
                        "{what}: {figure:?}"
                    );
                }
            }
        }
        let names: BTreeSet<_> = CoefficientId::ALL
            .iter()
            .map(|&id| coefficient_name(Lang::Fi, id))
            .collect();
        assert_eq!(
            names.len(),
            CoefficientId::ALL.len(),
            "two coefficients share a name"
        );
    }

    #[test]
    fn origins_are_labelled() {
        for origin in [
            Origin::Seed { quote: "x" },
            Origin::Study,
            Origin::Assumption,
        ] {
            check_pair(
                "origin",
                origin_label(Lang::Fi, &origin),
                origin_label(Lang::En, &origin),
                false,
            );
        }
        assert_eq!(
            origin_label(Lang::En, &Origin::Seed { quote: "x" }),
            "Seed figure"
        );
        assert_eq!(origin_label(Lang::En, &Origin::Study), "Published study");
        assert_eq!(origin_label(Lang::Fi, &Origin::Assumption), "Oletus");
    }

    #[test]
    fn languages_have_codes_and_names() {
        assert_eq!(Lang::default(), Lang::Fi);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::Fi.name(), "Suomi");
        assert_eq!(Lang::En.name(), "English");
        assert_eq!(Lang::from_code("FI"), Some(Lang::Fi));
        assert_eq!(Lang::from_code("fi-FI"), Some(Lang::Fi));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_code(" en "), Some(Lang::En));
        assert_eq!(Lang::from_code("fil"), None);
        assert_eq!(Lang::from_code("sv-FI"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("-"), None);
    }

    #[test]
    fn browser_preferences_pick_the_first_language_we_speak() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            Lang::from_browser(&tags(&["sv-FI", "fi-FI", "en"])),
            Lang::Fi
        );
        assert_eq!(Lang::from_browser(&tags(&["de", "en-US", "fi"])), Lang::En);
        assert_eq!(Lang::from_browser(&tags(&["de", "sv"])), Lang::En);
        assert_eq!(Lang::from_browser(&[]), Lang::En);
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(tf(Lang::En, Key::BandRange, &["1", "2"]), "range 1 to 2");
        assert_eq!(
            tf(Lang::Fi, Key::BandRange, &["1", "2"]),
            "vaihteluväli 1 … 2"
        );
        assert_eq!(fill("{1} before {0}", &["a", "b"]), "b before a");
        assert_eq!(fill("{0}{0}", &["x"]), "xx");
        // Missing arguments and non-placeholders stay as written; arguments are not rescanned.
        assert_eq!(fill("{0} and {1}", &["only"]), "only and {1}");
        assert_eq!(fill("{x} {} { {", &[]), "{x} {} { {");
        assert_eq!(fill("{+0} {0", &["a"]), "{+0} {0");
        assert_eq!(fill("{0}", &["{0}"]), "{0}");
        assert_eq!(
            fill("{99999999999999999999999}", &["a"]),
            "{99999999999999999999999}"
        );
        assert_eq!(fill("ä{0}ö", &["å"]), "äåö");
    }

    #[test]
    fn pieces_keep_arguments_apart() {
        use Piece::{Arg, Text};
        let text = |s: &str| Text(s.to_owned());
        let arg = |s: &str| Arg(s.to_owned());
        assert_eq!(
            tf_pieces(Lang::En, Key::BandRange, &["1 pp", "2 pp"]),
            vec![text("range "), arg("1 pp"), text(" to "), arg("2 pp")]
        );
        assert_eq!(
            tf_pieces_words(Lang::En, Key::BandRange, &["low", "2 pp"], &[0]),
            vec![text("range "), text("low"), text(" to "), arg("2 pp")]
        );
        let mut slots = Vec::new();
        walk("{0}{x}{1}", 1, |slot| slots.push(slot));
        assert_eq!(slots, vec![Slot::Arg(0), Slot::Words("{x}{1}")]);
        slots.clear();
        walk("", 0, |slot| slots.push(slot));
        assert!(slots.is_empty());
    }

    #[test]
    fn parse_errors_have_messages() {
        for e in [
            ParseError::Empty,
            ParseError::NotANumber,
            ParseError::TooLong,
            ParseError::NotFinite,
        ] {
            check_pair(
                &format!("{e:?}"),
                &parse_error(Lang::Fi, e),
                &parse_error(Lang::En, e),
                false,
            );
        }
        assert_eq!(
            parse_error(Lang::Fi, ParseError::NotANumber),
            "Kirjoita luku, esim. 7,5."
        );
        assert_eq!(
            parse_error(Lang::En, ParseError::NotANumber),
            "Type a number, e.g. 7.5."
        );
    }

    #[test]
    fn value_errors_format_bounds_in_the_language() {
        let range = ValueError::OutOfRange {
            min: 0.1,
            max: 10_000_000.0,
        };
        assert_eq!(
            value_error(Lang::Fi, &range),
            "Anna luku väliltä 0,1–10\u{a0}000\u{a0}000."
        );
        assert_eq!(
            value_error(Lang::En, &range),
            "Enter a number from 0.1 to 10,000,000."
        );
        let promise = InputId::Promise.spec();
        let e = crate::model::check(&promise, 11.0).unwrap_err();
        assert_eq!(value_error(Lang::Fi, &e), "Anna luku väliltä 0–10.");
        let one = ValueError::OutOfRange { min: 1.0, max: 1.0 };
        assert_eq!(value_error(Lang::En, &one), "The only number allowed is 1.");
        assert_eq!(value_error(Lang::Fi, &one), "Ainoa sallittu luku on 1.");
        for e in [ValueError::NotFinite, ValueError::NotWhole, range, one] {
            check_pair(
                &format!("{e:?}"),
                &value_error(Lang::Fi, &e),
                &value_error(Lang::En, &e),
                false,
            );
        }
        assert_eq!(
            value_error(Lang::Fi, &ValueError::NotWhole),
            "Anna kokonaisluku."
        );
    }

    #[test]
    fn assumption_errors_have_messages() {
        let e = AssumptionError::LowAboveHigh {
            low: 70.0,
            high: 60.5,
        };
        assert_eq!(
            assumption_error(Lang::Fi, &e),
            "Alaraja 70 ei voi olla suurempi kuin yläraja 60,5."
        );
        assert_eq!(
            assumption_error(Lang::En, &e),
            "The low end 70 cannot be above the high end 60.5."
        );
        let e = AssumptionError::Value(ValueError::NotWhole);
        assert_eq!(assumption_error(Lang::En, &e), "Enter a whole number.");
    }

    #[test]
    fn field_errors_cover_both_kinds() {
        let spec = InputId::Horizon.spec();
        let message = |text: &str| {
            crate::input::parse_field(Lang::Fi, text, &spec).map_err(|e| field_error(Lang::Fi, &e))
        };
        assert_eq!(message("abc"), Err("Kirjoita luku, esim. 7,5.".to_owned()));
        assert_eq!(message("2,5"), Err("Anna kokonaisluku.".to_owned()));
        assert_eq!(message("25"), Err("Anna luku väliltä 1–20.".to_owned()));
        assert_eq!(message(" "), Err("Anna luku.".to_owned()));
        assert_eq!(message("3"), Ok(3.0));
    }

    #[test]
    fn the_answer_keeps_its_figures_apart_and_signs_agree_with_words() {
        let gain = tf(
            Lang::En,
            Key::AnswerGain,
            &["delivering 8", "€240,000", "3 years"],
        );
        assert_eq!(
            gain,
            "; delivering 8 is worth about €240,000 over 3 years (net present value, risk-adjusted)."
        );
        assert!(tf(Lang::Fi, Key::AnswerLoss, &["x", "1 €", "3 vuotta"]).contains("tappiota"));
    }

    #[test]
    fn intentions_are_worded_as_intentions() {
        for &id in CoefficientId::ALL {
            if id.spec().evidence == crate::model::Evidence::Intention {
                let name = coefficient_name(Lang::En, id);
                assert!(name.starts_with("Say "), "{id:?}: {name}");
                assert!(
                    coefficient_name(Lang::Fi, id).starts_with("Sanoo"),
                    "{id:?}"
                );
            }
        }
        for lang in Lang::ALL {
            for &key in Key::ALL {
                let s = t(lang, key);
                assert!(
                    !s.contains("Promoter")
                        && !s.contains("Detractor")
                        && !s.contains("service break"),
                    "{key:?}"
                );
            }
        }
    }
}
