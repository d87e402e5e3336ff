//! Reading what people type into a number field, in Finnish or English habits alike.
//!
//! [`parse_number`] is deliberately language-neutral: a Finn pasting `7.5` from a spreadsheet
//! and an English speaker typing `7,5` both mean seven and a half, and a field should never
//! reject a number just because of the UI language. It accepts:
//!
//! - surrounding whitespace, and grouping spaces anywhere (ASCII space, U+00A0 no-break space,
//!   U+202F narrow no-break space, U+2009 thin space), so `10 000` and `1 234 €` work;
//! - one unit sign, `%` or `€`, before or after the number (`15 %`, `€500`, `-€1,234`);
//! - a leading `+`, `-` or `−` (U+2212);
//! - `,` or `.` as the decimal separator. When both occur, the last one is the decimal
//!   separator and the other is grouping (`1,234.5`, `1.234,5`). When one of them occurs
//!   several times it can only be grouping (`1.234.567`). Grouping by `,` or `.` must come in
//!   threes, so a slip like `1,5.3` is refused instead of read as 15.3;
//! - **exponents** (`1e3`, `2,5E-2`): accepted, because numbers pasted from spreadsheets and
//!   scripts use them. This is also what makes [`ParseError::NotFinite`] reachable: `1e309`
//!   overflows and is refused as not finite, while no plain decimal of at most 64 characters can.
//!
//! A single `,` or `.` is the decimal separator, with one exception each way. In English a single
//! `,` followed by exactly three digits is grouping, as English speakers write it (`10,000` is ten
//! thousand). A single separator between 1–3 digits and exactly three, written the other
//! language's way (`40,000` or `1.200` in the Finnish view, `1.200` in the English one), is refused as [`ParseError::Ambiguous`] with both readings, for the person to say
//! which they meant: read either way silently, it would be a thousand times off half the time.
//! Links and files ([`parse_written`]) are the app's own writing: `.` is always the decimal point
//! there; a single `,` reads as in the view of the link's or file's language.
//!
//! Everything else is refused: `NaN`, `inf`, hex, letters, two signs, two units. `-0` is read
//! as `0`. The parser never panics, whatever the input.

use crate::decimal;
use crate::lang::Lang;
use crate::model::{check, InputSpec, ValueError};

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParseError {
    /// One separator before exactly three digits, written the other language's way (`40,000` in
    /// the Finnish view, `1.200` in the English one): both readings, for the user to choose.
    Ambiguous { point: f64, grouped: f64 },
    /// Nothing but whitespace.
    Empty,
    /// Something other than a plain decimal number.
    NotANumber,
    /// More than [`MAX_CHARS`] characters after trimming.
    TooLong,
    /// A number too large for the model (an exponent like `1e309`).
    NotFinite,
}

/// Why a field's text was refused: either not a number, or a number outside the input's spec.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    Parse(ParseError),
    Value(ValueError),
}

/// The longest text (in characters, after trimming) that is read at all. No real number needs
/// more, and the limit bounds the work done on whatever is pasted.
pub const MAX_CHARS: usize = 64;

/// Spaces people and locales use to group digits.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn is_unit(c: char) -> bool {
    matches!(c, '%' | '€')
}

/// Splits off one leading sign; `true` means negative.
fn take_sign(s: &str) -> (Option<bool>, &str) {
    let mut chars = s.chars();
    match chars.next() {
        Some('+') => (Some(false), chars.as_str()),
        Some('-' | '\u{2212}') => (Some(true), chars.as_str()),
        _ => (None, s),
    }
}

/// Splits off one leading unit sign.
fn take_unit(s: &str) -> (bool, &str) {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_unit(c) => (true, chars.as_str()),
        _ => (false, s),
    }
}

/// Checks digit groups split by `sep`: the first of 1–3 digits, the rest of exactly 3.
fn groups_ok(int: &str, sep: char) -> bool {
    let mut groups = int.split(sep);
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3)
}

/// Rewrites a mantissa of digits, `,` and `.` as `digits[.digits]`, or `None` if it is not one.
/// `comma_groups`: a lone comma in thousands position is grouping (English habit).
fn normalize_mantissa(m: &str, comma_groups: bool) -> Option<String> {
    if m.is_empty()
        || !m
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    if !m.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let commas = m.matches(',').count();
    let dots = m.matches('.').count();
    // Decide which separator (if any) is the decimal one and which one groups.
    let (decimal, group) = match (commas, dots) {
        (0, 0) => (None, None),
        (1, 0) if comma_groups && !m.starts_with('0') && groups_ok(m, ',') => (None, Some(',')),
        (1, 0) => (Some(','), None),
        (0, 1) => (Some('.'), None),
        (_, 0) => (None, Some(',')),
        (0, _) => (None, Some('.')),
        _ => {
            // Both occur: the last one written is the decimal separator, and it may occur once.
            let last = m.chars().rev().find(|&c| c == ',' || c == '.')?;
            let (count, other) = if last == ',' {
                (commas, '.')
            } else {
                (dots, ',')
            };
            if count != 1 {
                return None;
            }
            (Some(last), Some(other))
        }
    };
    let (int, frac) = match decimal {
        Some(d) => m.split_once(d)?,
        None => (m, ""),
    };
    if let Some(g) = group {
        // Grouping belongs to the integer part only, and must come in threes.
        if frac.contains(g) || !groups_ok(int, g) {
            return None;
        }
    }
    let int: String = int.chars().filter(char::is_ascii_digit).collect();
    let mut out = if int.is_empty() { "0".to_owned() } else { int };
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    Some(out)
}

/// Whose habits a number is written in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Habit {
    /// Typed in the view of a language.
    View(Lang),
    /// A share link or a file in a language: the app writes `.` for decimals and never groups.
    Written(Lang),
}

/// The separator of `m` if it is written the other language's way: a single `,` or `.` after 1–3
/// digits (not a leading zero) and before exactly three, as in `40,000` or `1.200`, which one
/// language reads as a decimal and the other as thousands. Not ambiguous: `,` in the English view
/// (thousands, as English speakers write them), `.` in a link or file (the app's own decimal).
fn ambiguous(m: &str, habit: Habit) -> Option<char> {
    let mut separators = m.chars().filter(|&c| c == ',' || c == '.');
    let (Some(sep), None) = (separators.next(), separators.next()) else {
        return None;
    };
    let (int, frac) = m.split_once(sep)?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let shaped = (1..=3).contains(&int.len())
        && !int.starts_with('0')
        && frac.len() == 3
        && digits(int)
        && digits(frac);
    let own = matches!(
        (habit, sep),
        (Habit::View(Lang::En) | Habit::Written(Lang::En), ',') | (Habit::Written(_), '.')
    );
    (shaped && !own).then_some(sep)
}

/// Reads a number as people type it in `lang`. See the module documentation for what is accepted.
pub fn parse_number(lang: Lang, text: &str) -> Result<f64, ParseError> {
    parse(text, Habit::View(lang))
}

/// Reads a number in a share link or a file in `lang`: as [`parse_number`] reads it, but `.` is
/// always the decimal point (the app writes `7.125`).
pub fn parse_written(lang: Lang, text: &str) -> Result<f64, ParseError> {
    parse(text, Habit::Written(lang))
}

fn parse(text: &str, habit: Habit) -> Result<f64, ParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    if text.chars().nth(MAX_CHARS).is_some() {
        return Err(ParseError::TooLong);
    }
    let s: String = text.chars().filter(|&c| !is_group_space(c)).collect();

    // Sign and unit, in either order before the number (`-€5`, `€-5`), or the unit after it.
    let (sign, rest) = take_sign(&s);
    let (leading_unit, rest) = take_unit(rest);
    let (sign, rest) = match sign {
        None if leading_unit => take_sign(rest),
        _ => (sign, rest),
    };
    let rest = if leading_unit {
        rest
    } else {
        rest.strip_suffix(is_unit).unwrap_or(rest)
    };

    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let negative = sign == Some(true);
    let signed = |v: f64| if negative { -v } else { v };
    if let (Some(sep), None) = (ambiguous(mantissa, habit), exponent) {
        // Both readings are plain digits with at most one point: `read` takes them.
        let read = |text: String| decimal::read(&text).map_or(0.0, signed);
        return Err(ParseError::Ambiguous {
            point: read(mantissa.replace(sep, ".")),
            grouped: read(mantissa.replace(sep, "")),
        });
    }
    let comma_groups = matches!(habit, Habit::View(Lang::En) | Habit::Written(Lang::En));
    let mut plain = normalize_mantissa(mantissa, comma_groups).ok_or(ParseError::NotANumber)?;
    if let Some(e) = exponent {
        let (e_sign, digits) = take_sign(e);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::NotANumber);
        }
        plain.push('e');
        if e_sign == Some(true) {
            plain.push('-');
        }
        plain.push_str(digits);
    }
    // `plain` is now `digits[.digits][e[-]digits]`, which `decimal::read` reads exactly
    // (correctly rounded); it saturates to infinity on overflow rather than failing.
    let value = decimal::read(&plain).ok_or(ParseError::NotANumber)?;
    if !value.is_finite() {
        return Err(ParseError::NotFinite);
    }
    let value = signed(value);
    // Adding 0.0 turns -0.0 into 0.0: "-0" must never come back as a negative zero.
    Ok(value + 0.0)
}

/// Reads a field: a number (see [`parse_number`]) that must also fit the input's spec.
/// Out-of-range values are refused, never clamped; the caller keeps the last good value.
pub fn parse_field(lang: Lang, text: &str, spec: &InputSpec) -> Result<f64, FieldError> {
    field(parse_number(lang, text), spec)
}

/// Reads a field's value in a share link or a file (see [`parse_written`]).
pub fn parse_written_field(lang: Lang, text: &str, spec: &InputSpec) -> Result<f64, FieldError> {
    field(parse_written(lang, text), spec)
}

fn field(read: Result<f64, ParseError>, spec: &InputSpec) -> Result<f64, FieldError> {
    check(spec, read.map_err(FieldError::Parse)?).map_err(FieldError::Value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format;
    use crate::lang::Lang;
    use crate::model::InputId;
    use proptest::prelude::*;

    fn ok(text: &str) -> f64 {
        parse_number(Lang::Fi, text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
    }

    #[test]
    fn decimal_comma_and_point() {
        assert_eq!(ok("7,5"), 7.5);
        assert_eq!(ok("7.5"), 7.5);
        assert_eq!(ok("  7,5\t"), 7.5);
        assert_eq!(ok("0,125"), 0.125);
        assert_eq!(ok(",5"), 0.5);
        assert_eq!(ok("5,"), 5.0);
        assert_eq!(ok("42"), 42.0);
        assert_eq!(ok("007"), 7.0);
        // Decimal in Finnish, but three digits after it could be English thousands: asked.
        assert_eq!(
            parse_number(Lang::Fi, "1,234"),
            Err(ParseError::Ambiguous {
                point: 1.234,
                grouped: 1234.0
            })
        );
    }

    #[test]
    fn numbers_written_the_other_languages_way_are_asked_about() {
        let asked = |point, grouped| Err(ParseError::Ambiguous { point, grouped });
        // The examples: 40,000 customers in the Finnish view, €1.200 in the English one.
        assert_eq!(parse_number(Lang::Fi, "40,000"), asked(40.0, 40_000.0));
        assert_eq!(parse_number(Lang::En, "1.200"), asked(1.2, 1200.0));
        assert_eq!(parse_number(Lang::Fi, "1.200"), asked(1.2, 1200.0));
        assert_eq!(parse_number(Lang::Fi, "-€7,500"), asked(-7.5, -7500.0));
        assert_eq!(parse_number(Lang::En, "40,000"), Ok(40_000.0));
        // Not ambiguous: other digit counts, a leading zero, both separators, an exponent.
        for (text, v) in [
            ("40,00", 40.0),
            ("0,125", 0.125),
            ("7,5", 7.5),
            ("1234,567", 1234.567),
        ] {
            assert_eq!(parse_number(Lang::Fi, text), Ok(v), "{text}");
        }
        assert_eq!(parse_number(Lang::En, "1.2000"), Ok(1.2));
        assert_eq!(parse_number(Lang::Fi, "1.234,5"), Ok(1234.5));
        assert_eq!(parse_number(Lang::Fi, "1,234e3"), Ok(1234.0));
        // Links and files: `.` is the app's own decimal point; a comma as in the language's view.
        assert_eq!(parse_written(Lang::En, "7.125"), Ok(7.125));
        assert_eq!(parse_written(Lang::Fi, "7.125"), Ok(7.125));
        assert_eq!(parse_written(Lang::Fi, "10,000"), asked(10.0, 10_000.0));
        assert_eq!(parse_written(Lang::En, "10,000"), Ok(10_000.0));
    }

    #[test]
    fn english_commas_group_thousands_and_otherwise_are_decimal() {
        let en = |text: &str| parse_number(Lang::En, text);
        assert_eq!(en("10,000"), Ok(10_000.0));
        assert_eq!(en("1,234"), Ok(1234.0));
        assert_eq!(en("€1,500"), Ok(1500.0));
        assert_eq!(en("7,5"), Ok(7.5));
        assert_eq!(
            en("0,125"),
            Ok(0.125),
            "a leading zero group is not thousands"
        );
        assert_eq!(en("1,2345"), Ok(1.2345));
        assert_eq!(en("7.5"), Ok(7.5));
    }

    #[test]
    fn grouping() {
        assert_eq!(ok("10 000"), 10_000.0);
        assert_eq!(ok("1\u{a0}234\u{a0}567"), 1_234_567.0);
        assert_eq!(ok("1\u{202f}234,5"), 1234.5);
        assert_eq!(ok("1\u{2009}234"), 1234.0);
        assert_eq!(ok("1,234.5"), 1234.5);
        assert_eq!(ok("1.234,5"), 1234.5);
        assert_eq!(ok("1,234,567"), 1_234_567.0);
        assert_eq!(ok("1.234.567"), 1_234_567.0);
        assert_eq!(ok("1.234.567,89"), 1_234_567.89);
        assert_eq!(ok("12,345,678.9"), 12_345_678.9);
    }

    #[test]
    fn bad_grouping_is_refused() {
        for text in [
            "1,5.3",
            "12,34.5",
            "1,2,3",
            "1.23.4",
            "1,234.5.6",
            "1.5,3,2",
            "1234,567.8",
        ] {
            assert_eq!(
                parse_number(Lang::Fi, text),
                Err(ParseError::NotANumber),
                "{text:?}"
            );
        }
    }

    #[test]
    fn signs_and_units() {
        assert_eq!(ok("+3"), 3.0);
        assert_eq!(ok("-3"), -3.0);
        assert_eq!(ok("\u{2212}3,5"), -3.5);
        assert_eq!(ok("15 %"), 15.0);
        assert_eq!(ok("15%"), 15.0);
        assert_eq!(ok("%15"), 15.0);
        assert_eq!(ok("1\u{a0}234\u{a0}€"), 1234.0);
        assert_eq!(ok("€1,234.5"), 1234.5);
        assert_eq!(ok("-€1,234,567"), -1_234_567.0);
        assert_eq!(ok("€-5"), -5.0);
        assert_eq!(ok("\u{2212}1\u{a0}234\u{a0}€"), -1234.0);
        assert_eq!(ok("- 5"), -5.0);
    }

    #[test]
    fn negative_zero_is_zero() {
        for text in ["-0", "\u{2212}0", "-0,0", "-0e5", "-1e-400"] {
            let v = ok(text);
            assert_eq!(v, 0.0, "{text:?}");
            assert!(v.is_sign_positive(), "{text:?}");
        }
    }

    #[test]
    fn exponents_are_accepted_and_overflow_is_not_finite() {
        assert_eq!(ok("1e3"), 1000.0);
        assert_eq!(ok("2,5E-2"), 0.025);
        assert_eq!(ok("1e+2"), 100.0);
        assert_eq!(ok("-1.5e\u{2212}1"), -0.15);
        assert_eq!(parse_number(Lang::Fi, "1e309"), Err(ParseError::NotFinite));
        assert_eq!(parse_number(Lang::Fi, "-1e309"), Err(ParseError::NotFinite));
        assert_eq!(
            parse_number(Lang::Fi, "1e99999999999999999999"),
            Err(ParseError::NotFinite)
        );
        for text in ["1e", "e3", "1e3.5", "1e--3", "1e3e3", "1ee3", "1e 3%x"] {
            assert_eq!(
                parse_number(Lang::Fi, text),
                Err(ParseError::NotANumber),
                "{text:?}"
            );
        }
    }

    #[test]
    fn refusals() {
        for text in ["", "   ", "\u{a0}\u{202f}", "\n"] {
            assert_eq!(
                parse_number(Lang::Fi, text),
                Err(ParseError::Empty),
                "{text:?}"
            );
        }
        for text in [
            "NaN", "nan", "inf", "-inf", "Infinity", "INFINITY", "0x10", "abc", "7,5 kg", "1/2",
            "--5", "+-5", "5-", "€5€", "5%%", "%", "€", "-", ",", ".", ",.", "1,,2", "1..2", "½",
            "٣", "１",
        ] {
            assert_eq!(
                parse_number(Lang::Fi, text),
                Err(ParseError::NotANumber),
                "{text:?}"
            );
        }
        let long = "1".repeat(65);
        assert_eq!(parse_number(Lang::Fi, &long), Err(ParseError::TooLong));
        assert_eq!(ok(&"1".repeat(64)), "1".repeat(64).parse::<f64>().unwrap());
        // The limit counts characters after trimming, not bytes.
        assert_eq!(
            parse_number(Lang::Fi, &format!("  {}  ", "€".repeat(65))),
            Err(ParseError::TooLong)
        );
    }

    #[test]
    fn fields_check_the_spec_and_never_clamp() {
        let promise = InputId::Promise.spec();
        assert_eq!(parse_field(Lang::Fi, "7,5", &promise), Ok(7.5));
        assert_eq!(
            parse_field(Lang::Fi, "", &promise),
            Err(FieldError::Parse(ParseError::Empty))
        );
        assert_eq!(
            parse_field(Lang::Fi, "11", &promise),
            Err(FieldError::Value(ValueError::OutOfRange {
                min: 0.0,
                max: 10.0
            }))
        );
        assert_eq!(
            parse_field(Lang::Fi, "-0,1", &promise),
            Err(FieldError::Value(ValueError::OutOfRange {
                min: 0.0,
                max: 10.0
            }))
        );
        let horizon = InputId::Horizon.spec();
        assert_eq!(
            parse_field(Lang::Fi, "2,5", &horizon),
            Err(FieldError::Value(ValueError::NotWhole))
        );
        assert_eq!(parse_field(Lang::Fi, "3", &horizon), Ok(3.0));
        let customers = InputId::Customers.spec();
        assert_eq!(
            parse_field(Lang::Fi, "10\u{a0}000", &customers),
            Ok(10_000.0)
        );
        let churn = InputId::BaselineChurn.spec();
        assert_eq!(parse_field(Lang::Fi, "15 %", &churn), Ok(15.0));
        assert_eq!(
            parse_field(Lang::Fi, "-0", &churn).map(f64::is_sign_positive),
            Ok(true)
        );
    }

    #[test]
    fn every_default_round_trips_through_its_field() {
        for id in InputId::ALL {
            let spec = id.spec();
            for lang in Lang::ALL {
                let text = format::input_value(lang, spec.default, spec.step);
                assert_eq!(
                    parse_field(Lang::Fi, &text, &spec),
                    Ok(spec.default),
                    "{id:?} {lang:?} {text:?}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn never_panics(text in any::<String>()) {
            let _ = parse_number(Lang::Fi, &text);
        }

        #[test]
        fn never_panics_on_number_like_text(text in "[-+\u{2212}€% \u{a0}0-9,.eE]{0,70}") {
            if let Ok(v) = parse_number(Lang::Fi, &text) {
                prop_assert!(v.is_finite());
                prop_assert!(v != 0.0 || v.is_sign_positive());
            }
        }

        /// A number read from a field is the one core's parser reads from it written plainly,
        /// bit for bit; only what overflows is refused.
        #[test]
        fn reads_numbers_like_core(
            text in "[-\u{2212}]?[0-9]{1,20}([,.][0-9]{0,20})?([eE][-+]?[0-9]{1,3})?",
        ) {
            let core: f64 = text.replace(',', ".").replace('\u{2212}', "-").parse().unwrap();
            match parse_number(Lang::Fi, &text) {
                Ok(v) => prop_assert_eq!(v.to_bits(), (core + 0.0).to_bits(), "{:?}", text),
                // The decimal reading is one of the two offered.
                Err(ParseError::Ambiguous { point, .. }) => {
                    prop_assert_eq!(point.to_bits(), (core + 0.0).to_bits(), "{:?}", text)
                }
                Err(e) => prop_assert!(
                    !core.is_finite() && e == ParseError::NotFinite,
                    "{:?}: {:?}",
                    text,
                    e
                ),
            }
        }

        /// Values with at most as many decimals as the step implies come back exactly.
        #[test]
        fn input_value_round_trips_exactly(
            n in -999_999_999_999_999i64..=999_999_999_999_999,
            decimals in 0u32..=3,
            fi in any::<bool>(),
        ) {
            let lang = if fi { Lang::Fi } else { Lang::En };
            let scale = 10f64.powi(decimals as i32);
            let v = n as f64 / scale;
            let step = 1.0 / scale;
            let text = format::input_value(lang, v, step);
            prop_assert_eq!(parse_number(Lang::Fi, &text), Ok(v + 0.0), "{:?}", text);
        }

        /// Any finite value comes back within half a step.
        #[test]
        fn input_value_round_trips_within_half_a_step(
            v in -1e12f64..1e12,
            step in prop::sample::select(vec![0.001, 0.01, 0.1, 0.5, 1.0, 10.0, 100.0, 1000.0]),
            fi in any::<bool>(),
        ) {
            let lang = if fi { Lang::Fi } else { Lang::En };
            let text = format::input_value(lang, v, step);
            let back = parse_number(Lang::Fi, &text);
            prop_assert!(back.is_ok(), "{:?} -> {:?}", text, back);
            let decimals = if step < 1.0 { (-step.log10()).ceil() } else { 0.0 };
            // Half a step, plus what formatting at 15 significant digits may round away.
            let tolerance = 0.5 * 10f64.powf(-decimals) + v.abs() * 1e-14;
            prop_assert!((back.unwrap() - v).abs() <= tolerance, "{} -> {:?}", v, text);
        }
    }
}
