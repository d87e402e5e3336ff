//! Numbers written for the active language, following CLDR for `fi` and `en`.
//!
//! Pure Rust rather than the browser's `Intl`, so the output is testable natively and identical
//! in every browser, the share card and the CSV export.
//!
//! | | Finnish (`fi`) | English (`en`) |
//! |---|---|---|
//! | number | `1 234,5` (no-break space U+00A0 groups, also 4 digits) | `1,234.5` |
//! | negative | `−1 234` (minus sign U+2212) | `−1,234` (the same sign) |
//! | percent | `77 %` (no-break space before `%`) | `77%` |
//! | euros | `1 234 €`, `−1 234 €` | `€1,234`, `-€1,234` |
//! | percentage points | `+2,5 %-yks.` | `+2.5 pp` |
//!
//! Rounding is half away from zero, applied to the value's decimal form at 15 significant digits
//! (what a double reliably carries). So float noise does not decide: `1.005` (stored as
//! 1.00499999…) shows as `1.01`, and `0.575` as a percent (57.49999… after × 100) as `58%`.
//! A result that rounds to zero never shows a sign: no `−0`, no `+0`. Non-finite values print
//! as [`NOT_A_NUMBER`] and never panic.

use crate::decimal;
use crate::lang::Lang;
use crate::model::Unit;

/// What a non-finite value prints as (an en dash), in every language and every function.
pub const NOT_A_NUMBER: &str = "\u{2013}";

const NBSP: char = '\u{a0}';

/// No display needs more; the cap keeps absurd arguments from allocating absurd strings.
const MAX_DECIMALS: usize = 20;

/// Digits of a value that rounding trusts; beyond them a double is noise (DBL_DIG = 15).
const SIGNIFICANT_DIGITS: usize = 15;

/// Decimals shown in an editable field when the step says nothing (zero or not finite).
const FREE_INPUT_DECIMALS: usize = 6;

/// A value rounded to a number of decimals, as decimal digits.
struct Rounded {
    /// Negative and not rounded to zero.
    negative: bool,
    /// Integer digits, at least one, no leading zeros.
    int: Vec<u8>,
    /// Exactly the requested number of fraction digits.
    frac: Vec<u8>,
}

impl Rounded {
    fn is_zero(&self) -> bool {
        self.int.iter().chain(&self.frac).all(|&d| d == 0)
    }

    /// Drops trailing zeros of the fraction (`7,50` → `7,5`, `7,0` → `7`).
    fn trimmed(mut self) -> Rounded {
        while self.frac.last() == Some(&0) {
            self.frac.pop();
        }
        self
    }
}

/// The decimal digits of a finite `v.abs()` rounded to [`SIGNIFICANT_DIGITS`] (half to even,
/// as an exact decimal expansion would be), trailing zeros kept, and how many of them come
/// before the decimal point (zero or negative for values below 0.1).
///
/// Computed from the float's bits with integer arithmetic ([`decimal`]) rather than with
/// core's float formatting (`{:e}`, `Display`), which adds about 15 KB to the wasm.
fn significant_digits(v: f64) -> (Vec<u8>, i64) {
    decimal::rounded_digits(v, SIGNIFICANT_DIGITS)
}

/// Rounds `v` half away from zero to `decimals` places (see the module doc); `None` if `v` is
/// not finite.
fn round(v: f64, decimals: usize) -> Option<Rounded> {
    if !v.is_finite() {
        return None;
    }
    let decimals = decimals.min(MAX_DECIMALS);
    // 15 significant digits: the float's decimal value without the noise in its last bits.
    let (mut digits, mut int_len) = significant_digits(v);
    // `int_len` digits before the decimal point.
    if int_len < 1 {
        let pad = usize::try_from(1 - int_len).unwrap_or(0);
        digits.splice(0..0, std::iter::repeat_n(0, pad));
        int_len = 1;
    }
    let mut int_len = usize::try_from(int_len).unwrap_or(1);
    let keep = int_len + decimals;
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    digits.resize(keep, 0);
    // A carry out of the first digit (9,96 → 10,0) makes the number one digit longer.
    if round_up && decimal::increment(&mut digits) {
        digits.push(0);
        int_len += 1;
    }
    let frac = digits.split_off(int_len);
    decimal::drop_leading_zeros(&mut digits);
    let mut r = Rounded {
        negative: false,
        int: digits,
        frac,
    };
    r.negative = v < 0.0 && !r.is_zero();
    Some(r)
}

/// Group and decimal separators.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Fi => (NBSP, ','),
        Lang::En => (',', '.'),
    }
}

/// Digits with the decimal separator and, if `grouped`, the group separator; no sign.
fn digits(lang: Lang, r: &Rounded, grouped: bool) -> String {
    let (group, decimal) = separators(lang);
    let mut out = String::with_capacity(r.int.len() * 2 + r.frac.len() + 2);
    for (i, d) in r.int.iter().enumerate() {
        // CLDR fi and en both group from four digits up (`1 234`, `1,234`).
        if grouped && i > 0 && (r.int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(char::from(b'0' + d));
    }
    if !r.frac.is_empty() {
        out.push(decimal);
        out.extend(r.frac.iter().map(|d| char::from(b'0' + d)));
    }
    out
}

/// The sign to print: a minus for negatives, and with `explicit_plus` a `+` for positives.
/// Zero gets neither.
fn sign(r: &Rounded, explicit_plus: bool) -> &'static str {
    match (r.negative, explicit_plus && !r.is_zero()) {
        // The minus sign, not a hyphen, in both languages: it is as wide as `+` and never
        // breaks a line after itself.
        (true, _) => "\u{2212}",
        (false, true) => "+",
        (false, false) => "",
    }
}

/// Formats a finite value rounded to `decimals` with `f`; anything else is [`NOT_A_NUMBER`].
fn render(v: f64, decimals: usize, f: impl FnOnce(Rounded) -> String) -> String {
    round(v, decimals).map_or_else(|| NOT_A_NUMBER.to_owned(), f)
}

/// Sign and grouped digits.
fn signed_digits(lang: Lang, r: &Rounded, explicit_plus: bool) -> String {
    format!("{}{}", sign(r, explicit_plus), digits(lang, r, true))
}

/// A grouped number with exactly `decimals` decimals: fi `−1 234,5`, en `-1,234.5`.
pub fn number(lang: Lang, v: f64, decimals: usize) -> String {
    render(v, decimals, |r| signed_digits(lang, &r, false))
}

/// Like [`number`], but with at most `max_decimals` decimals, trailing zeros dropped:
/// `1,5`, `10`, `0,25`. For values whose precision is their own (range bounds, coefficients).
pub fn number_trimmed(lang: Lang, v: f64, max_decimals: usize) -> String {
    render(v, max_decimals, |r| {
        signed_digits(lang, &r.trimmed(), false)
    })
}

/// A value in an input's own unit, as precise as it is (at most `max_decimals`), signed if
/// `explicit_plus` and not zero. A signed percentage is a change in percentage points.
fn quantity_text(
    lang: Lang,
    unit: Unit,
    v: f64,
    max_decimals: usize,
    explicit_plus: bool,
) -> String {
    match unit {
        Unit::Percent => render(v, max_decimals, |r| {
            let decimals = r.trimmed().frac.len();
            if explicit_plus {
                signed_percent_points(lang, v, decimals)
            } else {
                percent(lang, v / 100.0, decimals)
            }
        }),
        Unit::Euros => euro_amount(lang, v, explicit_plus),
        _ => render(v, max_decimals, |r| {
            let r = r.trimmed();
            let one = r.frac.is_empty() && r.int == [1];
            let word = match (lang, unit, one) {
                (Lang::Fi, Unit::Periods, true) => "vuosi",
                (Lang::En, Unit::Periods, true) => "year",
                _ => self::unit(lang, unit),
            };
            format!("{}{NBSP}{word}", signed_digits(lang, &r, explicit_plus))
        }),
    }
}

/// A value with its unit, as precise as it is (at most `max_decimals`): fi `7,5 pistettä`,
/// `15 %`, `500 €`, `1 vuosi`; en `7.5 points`, `15%`, `€500`, `3 years`.
pub fn quantity(lang: Lang, unit: Unit, v: f64, max_decimals: usize) -> String {
    quantity_text(lang, unit, v, max_decimals, false)
}

/// A change in an input's own unit, signed unless it rounds to zero: fi `+0,1 pistettä`,
/// `+0,5 %-yks.`, `−1 vuosi`, `+10 €`; en `+0.1 points`, `+0.5 pp`, `-1 year`. A change of a
/// percentage is in percentage points.
pub fn signed_change(lang: Lang, unit: Unit, v: f64, max_decimals: usize) -> String {
    quantity_text(lang, unit, v, max_decimals, true)
}

/// A whole number, rounded and grouped: fi `1 234`, en `1,234`.
pub fn integer(lang: Lang, v: f64) -> String {
    number(lang, v, 0)
}

/// A whole number with an explicit sign (customers kept or lost): `+1 234`, `−56`, `0`.
pub fn signed_integer(lang: Lang, v: f64) -> String {
    render(v, 0, |r| signed_digits(lang, &r, true))
}

/// A fraction as a percentage: `0.77` → fi `77 %`, en `77%`.
pub fn percent(lang: Lang, fraction: f64, decimals: usize) -> String {
    render(fraction * 100.0, decimals, |r| {
        let n = signed_digits(lang, &r, false);
        match lang {
            Lang::Fi => format!("{n}{NBSP}%"),
            Lang::En => format!("{n}%"),
        }
    })
}

/// A change in percentage points, signed unless it rounds to zero: fi `+2,5 %-yks.`,
/// `−2,5 %-yks.`; en `+2.5 pp`, `-2.5 pp`.
pub fn signed_percent_points(lang: Lang, pp: f64, decimals: usize) -> String {
    render(pp, decimals, |r| {
        let n = signed_digits(lang, &r, true);
        match lang {
            Lang::Fi => format!("{n}{NBSP}%-yks."),
            Lang::En => format!("{n}{NBSP}pp"),
        }
    })
}

fn euro_amount(lang: Lang, v: f64, explicit_plus: bool) -> String {
    render(v, 0, |r| {
        let (s, d) = (sign(&r, explicit_plus), digits(lang, &r, true));
        match lang {
            Lang::Fi => format!("{s}{d}{NBSP}€"),
            Lang::En => format!("{s}€{d}"),
        }
    })
}

/// Like [`number_trimmed`], with a `+` on positives, for a change: `+2`, `−1,5`, `0`.
pub fn signed_number_trimmed(lang: Lang, v: f64, max_decimals: usize) -> String {
    render(v, max_decimals, |r| signed_digits(lang, &r.trimmed(), true))
}

/// Whole euros: fi `1 234 €`, `−1 234 €`; en `€1,234`, `-€1,234`.
pub fn euros(lang: Lang, v: f64) -> String {
    euro_amount(lang, v, false)
}

/// Whole euros with an explicit sign unless zero: fi `+1 234 €`, en `+€1,234`.
pub fn signed_euros(lang: Lang, v: f64) -> String {
    euro_amount(lang, v, true)
}

/// `v` rounded to `n` significant figures (at least one), half away from zero: what a result
/// resting on ranged coefficients can honestly claim. Zero and non-finite values stay as they are.
pub fn significant(v: f64, n: usize) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let (_, int_len) = significant_digits(v);
    let shift = i32::try_from(n.max(1) as i64 - int_len).unwrap_or(0);
    let scale = 10f64.powi(shift);
    (v * scale).round() / scale
}

/// Euros to three significant figures, with a magnitude word from a million up: fi `196 000 €`,
/// `1,93 milj. €`, `2,5 mrd. €`; en `€196,000`, `€1.93 M`, `€2.5 bn`. Signed unless zero with
/// `explicit_plus`.
pub fn euros_rounded(lang: Lang, v: f64, explicit_plus: bool) -> String {
    let r = significant(v, 3);
    let (scaled, fi, en) = match r.abs() {
        a if a >= 1e9 => (r / 1e9, "mrd.", "bn"),
        a if a >= 1e6 => (r / 1e6, "milj.", "M"),
        _ => return euro_amount(lang, r, explicit_plus),
    };
    render(scaled, 2, |x| {
        let x = x.trimmed();
        let (s, d) = (sign(&x, explicit_plus), digits(lang, &x, true));
        match lang {
            Lang::Fi => format!("{s}{d}{NBSP}{fi}{NBSP}€"),
            Lang::En => format!("{s}€{d}{NBSP}{en}"),
        }
    })
}

/// A fraction as a signed percentage (a change of a share): fi `+1,2 %`, en `-0.5%`; no sign on zero.
pub fn signed_percent(lang: Lang, fraction: f64, decimals: usize) -> String {
    render(fraction * 100.0, decimals, |r| {
        let n = signed_digits(lang, &r, true);
        match lang {
            Lang::Fi => format!("{n}{NBSP}%"),
            Lang::En => format!("{n}%"),
        }
    })
}

/// How many decimals a slider step implies: 0.1 and 0.5 → 1, 0.25 → 2, 1 and 100 → 0.
fn step_decimals(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 {
        return FREE_INPUT_DECIMALS;
    }
    // The step as people write it (15 significant digits, trailing zeros dropped): 0.1 is one
    // decimal, although the double nearest to it has 55.
    let (digits, int_len) = significant_digits(step);
    let significant = digits
        .iter()
        .rposition(|&d| d != 0)
        .map_or(0, |last| last + 1);
    usize::try_from(significant as i64 - int_len)
        .unwrap_or(0)
        .min(MAX_DECIMALS)
}

/// The text for an editable field: as many decimals as the step implies, trailing zeros
/// dropped (`7`, `7,5`). A step of zero or less lets up to six decimals through.
///
/// Finnish groups with no-break spaces (`10 000`), which [`crate::input::parse_number`] strips.
/// English does not group: `1,234` would read back as 1.234, since a lone separator is decimal.
pub fn input_value(lang: Lang, v: f64, step: f64) -> String {
    render(v, step_decimals(step), |r| {
        let r = r.trimmed();
        format!("{}{}", sign(&r, false), digits(lang, &r, lang == Lang::Fi))
    })
}

/// A number for a spreadsheet (CSV): exactly `decimals` decimals, `.` and `-`, no grouping,
/// rounded as on screen. Not finite: [`NOT_A_NUMBER`].
pub fn fixed(v: f64, decimals: usize) -> String {
    render(v, decimals, |r| {
        let sign = if r.negative { "-" } else { "" };
        format!("{sign}{}", digits(Lang::En, &r, false))
    })
}

/// A number for machines rather than people: HTML attributes (a slider's `min`, `step`,
/// `value`) and SVG coordinates. `.` decimal, no grouping, ASCII `-`, 15 significant digits
/// at most, trailing zeros dropped: `7.5`, `-0.25`, `10000000`.
///
/// Use this instead of `to_string()` or `format!("{x}")` on floats in the app: core's float
/// formatting adds about 8 KB to the wasm.
pub fn plain(v: f64) -> String {
    render(v, MAX_DECIMALS, |r| {
        let r = r.trimmed();
        let sign = if r.negative { "-" } else { "" };
        format!("{sign}{}", digits(Lang::En, &r, false))
    })
}

/// The short label of a unit, shown after a value or a field.
pub fn unit(lang: Lang, unit: Unit) -> &'static str {
    match (lang, unit) {
        (Lang::Fi, Unit::Points) => "pistettä",
        (Lang::En, Unit::Points) => "points",
        (Lang::Fi, Unit::PerYear) => "/ vuosi",
        (Lang::En, Unit::PerYear) => "/ year",
        (Lang::Fi, Unit::PerMonth) => "/ kk",
        (Lang::En, Unit::PerMonth) => "/ month",
        (_, Unit::Percent) => "%",
        (Lang::Fi, Unit::Customers) => "asiakasta",
        (Lang::En, Unit::Customers) => "customers",
        (_, Unit::Euros) => "€",
        (Lang::Fi, Unit::Periods) => "vuotta",
        (Lang::En, Unit::Periods) => "years",
        (Lang::Fi, Unit::CustomersPerYear) => "asiakasta / vuosi",
        (Lang::En, Unit::CustomersPerYear) => "customers / year",
        (Lang::Fi, Unit::People) => "henkilöä",
        (Lang::En, Unit::People) => "people",
        (_, Unit::Times) => "×",
        (Lang::Fi, Unit::PercentPerPoint) => "% / piste",
        (Lang::En, Unit::PercentPerPoint) => "% per point",
    }
}

/// A value with its unit, as a coefficient is quoted (at most three decimals, trailing zeros
/// dropped): fi `77 %`, `1,5×`, `15 henkilöä`; en `77%`, `1.5×`, `5% per point`.
pub fn amount(lang: Lang, v: f64, u: Unit) -> String {
    let n = number_trimmed(lang, v, 3);
    match (lang, u) {
        (_, Unit::Euros) => euros(lang, v),
        (_, Unit::Times) | (Lang::En, Unit::Percent | Unit::PercentPerPoint) => {
            format!("{n}{}", unit(lang, u))
        }
        _ => format!("{n}{NBSP}{}", unit(lang, u)),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date (`month` 1–12): fi `23.11.2026`, en `November 23, 2026`, as CLDR writes
/// them. A month out of range prints as an ISO date instead of panicking.
pub fn date(lang: Lang, year: u32, month: u32, day: u32) -> String {
    let name = month.checked_sub(1).and_then(|m| MONTHS_EN.get(m as usize));
    match (lang, name) {
        (Lang::Fi, Some(_)) => format!("{day}.{month}.{year}"),
        (Lang::En, Some(name)) => format!("{name} {day}, {year}"),
        (_, None) => format!("{year}-{month:02}-{day:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Lang::{En, Fi};

    /// Writes Finnish expectations readably: `_` stands for a no-break space, `~` for U+2212.
    fn fi(s: &str) -> String {
        s.replace('_', "\u{a0}").replace('~', "\u{2212}")
    }

    #[test]
    fn rounded_euros_keep_three_figures_and_name_the_magnitude() {
        assert_eq!(euros_rounded(En, 196_432.0, false), "€196,000");
        assert_eq!(euros_rounded(Fi, 196_432.0, false), fi("196_000_€"));
        assert_eq!(euros_rounded(En, 1_934_000.0, true), "+€1.93\u{a0}M");
        assert_eq!(euros_rounded(Fi, -1_934_000.0, true), fi("~1,93_milj._€"));
        assert_eq!(euros_rounded(En, 2_500_000_000.0, false), "€2.5\u{a0}bn");
        assert_eq!(euros_rounded(Fi, 999_999.0, false), fi("1_milj._€"));
        assert_eq!(euros_rounded(En, 0.4, true), "€0");
        assert_eq!(euros_rounded(En, f64::NAN, true), NOT_A_NUMBER);
        assert_eq!(significant(0.012345, 2), 0.012);
        assert_eq!(significant(-98_765.0, 3), -98_800.0);
        assert_eq!(signed_percent(Fi, 0.012, 1), fi("+1,2_%"));
        assert_eq!(signed_percent(En, -0.005, 1), "\u{2212}0.5%");
    }

    #[test]
    fn numbers_in_both_languages() {
        assert_eq!(number(Fi, 1234.5, 1), fi("1_234,5"));
        assert_eq!(number(En, 1234.5, 1), "1,234.5");
        assert_eq!(number(Fi, 999.0, 0), "999");
        assert_eq!(number(Fi, 1000.0, 0), fi("1_000"));
        assert_eq!(number(Fi, 12_345.678, 2), fi("12_345,68"));
        assert_eq!(number(En, 1_234_567.0, 0), "1,234,567");
        assert_eq!(number(Fi, 7.0, 2), "7,00");
        assert_eq!(number(En, 0.5, 3), "0.500");
        assert_eq!(number(Fi, 0.0, 1), "0,0");
        assert_eq!(number(En, 0.001, 2), "0.00");
    }

    #[test]
    fn negatives_use_each_languages_minus() {
        assert_eq!(number(Fi, -1234.5, 1), fi("~1_234,5"));
        assert_eq!(number(En, -1234.5, 1), "\u{2212}1,234.5");
        assert_eq!(integer(Fi, -7.0), fi("~7"));
        assert_eq!(integer(En, -7.0), "\u{2212}7");
    }

    #[test]
    fn never_negative_zero() {
        for lang in Lang::ALL {
            assert_eq!(number(lang, -0.0, 0), "0");
            assert_eq!(
                number(lang, -0.004, 2),
                if lang == Fi { "0,00" } else { "0.00" }
            );
            assert_eq!(integer(lang, -0.4), "0");
            assert_eq!(signed_integer(lang, -0.4), "0");
            assert_eq!(signed_integer(lang, 0.4), "0");
            assert_eq!(input_value(lang, -0.0, 0.1), "0");
            assert_eq!(input_value(lang, -0.01, 0.1), "0");
        }
        assert_eq!(euros(Fi, -0.2), fi("0_€"));
        assert_eq!(euros(En, -0.2), "€0");
        assert_eq!(percent(En, -0.00001, 1), "0.0%");
        assert_eq!(signed_percent_points(Fi, -0.01, 1), fi("0,0_%-yks."));
        assert_eq!(signed_percent_points(En, 0.0, 0), "0\u{a0}pp");
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_the_decimal_value() {
        assert_eq!(integer(En, 0.5), "1");
        assert_eq!(integer(En, 1.5), "2");
        assert_eq!(integer(En, 2.5), "3");
        assert_eq!(integer(En, -2.5), "\u{2212}3");
        assert_eq!(integer(En, 2.4999), "2");
        assert_eq!(number(En, 0.05, 1), "0.1");
        assert_eq!(number(En, 0.125, 2), "0.13");
        assert_eq!(number(En, -0.125, 2), "\u{2212}0.13");
        // As typed, not as stored in binary (1.005 is 1.00499999999999989… in binary).
        assert_eq!(number(En, 1.005, 2), "1.01");
        assert_eq!(number(Fi, 2.675, 2), "2,68");
        // Carries ripple through nines and groups.
        assert_eq!(number(En, 9.95, 1), "10.0");
        assert_eq!(number(Fi, 999_999.5, 0), fi("1_000_000"));
        assert_eq!(number(En, 0.999, 2), "1.00");
        assert_eq!(number(En, 0.0005, 3), "0.001");
        assert_eq!(number(En, 0.00049, 3), "0.000");
        assert_eq!(number(En, 1e-300, 2), "0.00");
        assert_eq!(number(En, 5e-324, 0), "0");
    }

    #[test]
    fn significant_digits_at_the_edges() {
        let digits = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
        assert_eq!(significant_digits(0.0), (digits("000000000000000"), 1));
        assert_eq!(significant_digits(0.1), (digits("100000000000000"), 0));
        assert_eq!(significant_digits(1234.5), (digits("123450000000000"), 4));
        assert_eq!(
            significant_digits(f64::MAX),
            (digits("179769313486232"), 309)
        );
        assert_eq!(
            significant_digits(5e-324),
            (digits("494065645841247"), -323)
        );
        // Ties at the 16th digit go to even, as core's exact formatting does.
        assert_eq!(
            significant_digits(1_234_567_890_123_425.0),
            (digits("123456789012342"), 16)
        );
        assert_eq!(
            significant_digits(1_234_567_890_123_435.0),
            (digits("123456789012344"), 16)
        );
        // A carry out of the first digit lengthens the integer part.
        assert_eq!(
            significant_digits(9_999_999_999_999_999.0),
            (digits("100000000000000"), 17)
        );
    }

    #[test]
    fn huge_values() {
        assert_eq!(integer(Fi, 1e12), fi("1_000_000_000_000"));
        assert_eq!(integer(En, -1e12), "\u{2212}1,000,000,000,000");
        assert_eq!(euros(Fi, 1e12), fi("1_000_000_000_000_€"));
        assert_eq!(signed_euros(En, -1e12), "\u{2212}€1,000,000,000,000");
        assert_eq!(number(En, 1e12 + 0.25, 1), "1,000,000,000,000.3");
        assert_eq!(number(En, 1e12 + 0.5, 0), "1,000,000,000,001");
        let max = integer(En, f64::MAX);
        assert!(max.starts_with("179,769,313,486,232,000"), "{max}");
        assert_eq!(max.len(), 309 + 102);
        assert_eq!(
            number(Fi, 1e21, 0)
                .chars()
                .filter(char::is_ascii_digit)
                .count(),
            22
        );
    }

    #[test]
    fn non_finite_prints_a_dash() {
        for lang in Lang::ALL {
            for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
                assert_eq!(number(lang, v, 2), NOT_A_NUMBER);
                assert_eq!(number_trimmed(lang, v, 2), NOT_A_NUMBER);
                assert_eq!(integer(lang, v), NOT_A_NUMBER);
                assert_eq!(signed_integer(lang, v), NOT_A_NUMBER);
                assert_eq!(percent(lang, v, 1), NOT_A_NUMBER);
                assert_eq!(signed_percent_points(lang, v, 1), NOT_A_NUMBER);
                assert_eq!(euros(lang, v), NOT_A_NUMBER);
                assert_eq!(signed_euros(lang, v), NOT_A_NUMBER);
                assert_eq!(input_value(lang, v, 0.1), NOT_A_NUMBER);
            }
        }
    }

    #[test]
    fn a_percent_that_overflows_is_a_dash() {
        assert_eq!(percent(Fi, f64::MAX, 0), NOT_A_NUMBER);
        assert_eq!(percent(En, -f64::MAX, 0), NOT_A_NUMBER);
    }

    #[test]
    fn absurd_decimals_are_capped() {
        assert_eq!(
            number(En, 1.0, usize::MAX),
            format!("1.{}", "0".repeat(MAX_DECIMALS))
        );
    }

    #[test]
    fn percents() {
        assert_eq!(percent(Fi, 0.77, 0), fi("77_%"));
        assert_eq!(percent(En, 0.77, 0), "77%");
        assert_eq!(percent(Fi, 0.1234, 1), fi("12,3_%"));
        assert_eq!(percent(En, -0.05, 0), "\u{2212}5%");
        assert_eq!(percent(Fi, -0.05, 0), fi("~5_%"));
        assert_eq!(percent(En, 0.0, 0), "0%");
        assert_eq!(percent(Fi, 12.5, 0), fi("1_250_%"));
        // 0.575 × 100 is 57.49999999999999 in floating point; people expect 58.
        assert_eq!(percent(En, 0.575, 0), "58%");
        assert_eq!(percent(Fi, 0.07, 1), fi("7,0_%"));
    }

    #[test]
    fn percentage_points() {
        assert_eq!(signed_percent_points(Fi, 2.5, 1), fi("+2,5_%-yks."));
        assert_eq!(signed_percent_points(En, 2.5, 1), "+2.5\u{a0}pp");
        assert_eq!(signed_percent_points(Fi, -2.5, 1), fi("~2,5_%-yks."));
        assert_eq!(signed_percent_points(En, -2.5, 1), "\u{2212}2.5\u{a0}pp");
        assert_eq!(signed_percent_points(Fi, 0.0, 1), fi("0,0_%-yks."));
        assert_eq!(signed_percent_points(En, 0.04, 1), "0.0\u{a0}pp");
        assert_eq!(signed_percent_points(En, 0.05, 1), "+0.1\u{a0}pp");
    }

    #[test]
    fn euro_amounts() {
        assert_eq!(euros(Fi, 1234.0), fi("1_234_€"));
        assert_eq!(euros(En, 1234.0), "€1,234");
        assert_eq!(euros(Fi, -1234.4), fi("~1_234_€"));
        assert_eq!(euros(En, -1234.5), "\u{2212}€1,235");
        assert_eq!(euros(Fi, 0.0), fi("0_€"));
        assert_eq!(euros(En, 999.5), "€1,000");
        assert_eq!(signed_euros(Fi, 1234.0), fi("+1_234_€"));
        assert_eq!(signed_euros(En, 1234.0), "+€1,234");
        assert_eq!(signed_euros(Fi, -5.0), fi("~5_€"));
        assert_eq!(signed_euros(En, -5.0), "\u{2212}€5");
        assert_eq!(signed_euros(Fi, 0.3), fi("0_€"));
        assert_eq!(signed_euros(En, 0.0), "€0");
    }

    #[test]
    fn signed_changes_in_each_unit() {
        assert_eq!(signed_change(Fi, Unit::Points, 0.1, 3), fi("+0,1_pistettä"));
        assert_eq!(
            signed_change(En, Unit::Points, -0.1, 3),
            "\u{2212}0.1\u{a0}points"
        );
        assert_eq!(signed_change(Fi, Unit::Percent, 0.5, 3), fi("+0,5_%-yks."));
        assert_eq!(signed_change(En, Unit::Percent, 1.0, 3), "+1\u{a0}pp");
        assert_eq!(signed_change(Fi, Unit::Periods, 1.0, 3), fi("+1_vuosi"));
        assert_eq!(signed_change(Fi, Unit::Periods, -1.0, 3), fi("~1_vuosi"));
        assert_eq!(signed_change(En, Unit::Periods, 2.0, 3), "+2\u{a0}years");
        assert_eq!(
            signed_change(En, Unit::Periods, -1.0, 3),
            "\u{2212}1\u{a0}year"
        );
        assert_eq!(
            signed_change(Fi, Unit::Customers, 100.0, 3),
            fi("+100_asiakasta")
        );
        assert_eq!(
            signed_change(En, Unit::Customers, 1000.0, 3),
            "+1,000\u{a0}customers"
        );
        assert_eq!(signed_change(Fi, Unit::Euros, 10.0, 3), fi("+10_€"));
        assert_eq!(
            signed_change(En, Unit::PerMonth, 0.5, 3),
            "+0.5\u{a0}/ month"
        );
        assert_eq!(signed_change(Fi, Unit::Points, 0.0, 3), fi("0_pistettä"));
        assert_eq!(signed_change(Fi, Unit::Points, f64::NAN, 3), NOT_A_NUMBER);
    }

    #[test]
    fn quantities_in_each_unit() {
        assert_eq!(quantity(Fi, Unit::Points, 7.5, 2), fi("7,5_pistettä"));
        assert_eq!(quantity(En, Unit::Points, 7.0, 2), "7\u{a0}points");
        assert_eq!(quantity(Fi, Unit::Percent, 15.0, 2), fi("15_%"));
        assert_eq!(quantity(En, Unit::Percent, 12.5, 2), "12.5%");
        assert_eq!(quantity(Fi, Unit::Euros, 500.0, 2), fi("500_€"));
        assert_eq!(quantity(En, Unit::Euros, 1234.0, 2), "€1,234");
        assert_eq!(quantity(Fi, Unit::Periods, 1.0, 0), fi("1_vuosi"));
        assert_eq!(quantity(En, Unit::Periods, 3.0, 0), "3\u{a0}years");
        assert_eq!(
            quantity(Fi, Unit::Customers, 10_000.0, 0),
            fi("10_000_asiakasta")
        );
        assert_eq!(quantity(En, Unit::PerYear, 1.25, 2), "1.25\u{a0}/ year");
    }

    #[test]
    fn signed_integers() {
        assert_eq!(signed_integer(Fi, 1234.0), fi("+1_234"));
        assert_eq!(signed_integer(En, 1234.0), "+1,234");
        assert_eq!(signed_integer(Fi, -56.2), fi("~56"));
        assert_eq!(signed_integer(En, -56.5), "\u{2212}57");
        assert_eq!(signed_integer(Fi, 0.0), "0");
    }

    #[test]
    fn trimmed_numbers() {
        assert_eq!(number_trimmed(Fi, 1.5, 2), "1,5");
        assert_eq!(number_trimmed(En, 10.0, 2), "10");
        assert_eq!(number_trimmed(Fi, 10_000_000.0, 2), fi("10_000_000"));
        assert_eq!(number_trimmed(En, 0.125, 2), "0.13");
        assert_eq!(number_trimmed(Fi, -0.001, 2), "0");
    }

    #[test]
    fn input_values() {
        assert_eq!(input_value(Fi, 7.0, 0.1), "7");
        assert_eq!(input_value(En, 7.0, 0.1), "7");
        assert_eq!(input_value(Fi, 7.5, 0.1), "7,5");
        assert_eq!(input_value(En, 7.5, 0.5), "7.5");
        assert_eq!(input_value(Fi, 7.25, 0.5), "7,3");
        assert_eq!(input_value(En, 7.25, 0.25), "7.25");
        assert_eq!(input_value(Fi, 7.4, 1.0), "7");
        assert_eq!(input_value(Fi, 10_000.0, 100.0), fi("10_000"));
        assert_eq!(input_value(En, 10_000.0, 100.0), "10000");
        assert_eq!(input_value(Fi, -1234.5, 0.1), fi("~1_234,5"));
        assert_eq!(input_value(En, -1234.5, 0.1), "\u{2212}1234.5");
        assert_eq!(input_value(En, 1e12, 1000.0), "1000000000000");
        // No usable step: up to six decimals, trailing zeros dropped.
        assert_eq!(input_value(En, 1.5, 0.0), "1.5");
        assert_eq!(input_value(Fi, 0.1234567, f64::NAN), "0,123457");
    }

    #[test]
    fn plain_numbers_for_attributes() {
        assert_eq!(plain(7.0), "7");
        assert_eq!(plain(7.5), "7.5");
        assert_eq!(plain(0.1), "0.1");
        assert_eq!(plain(0.1 + 0.2), "0.3");
        assert_eq!(plain(-0.25), "-0.25");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(10_000_000.0), "10000000");
        assert_eq!(plain(1_000_000_000.0), "1000000000");
        assert_eq!(plain(1234.5678), "1234.5678");
        assert_eq!(plain(f64::NAN), NOT_A_NUMBER);
        // What Rust's own Display prints for every slider bound and step, and reads back.
        for id in crate::model::InputId::ALL {
            let spec = id.spec();
            for v in [spec.min, spec.max, spec.step, spec.default] {
                assert_eq!(plain(v), v.to_string(), "{id:?}");
                assert_eq!(plain(v).parse::<f64>(), Ok(v), "{id:?}");
            }
        }
    }

    #[test]
    fn step_decimals_follow_the_step() {
        assert_eq!(step_decimals(0.1), 1);
        assert_eq!(step_decimals(0.5), 1);
        assert_eq!(step_decimals(0.25), 2);
        assert_eq!(step_decimals(0.001), 3);
        assert_eq!(step_decimals(1.0), 0);
        assert_eq!(step_decimals(100.0), 0);
        assert_eq!(step_decimals(1e300), 0);
        assert_eq!(step_decimals(-1.0), FREE_INPUT_DECIMALS);
    }

    proptest! {
        #[test]
        fn never_panics_and_never_signs_zero(
            v in any::<f64>(),
            decimals in 0usize..30,
            fi in any::<bool>(),
        ) {
            let lang = if fi { Fi } else { En };
            for text in [
                number(lang, v, decimals),
                signed_integer(lang, v),
                percent(lang, v, decimals),
                signed_percent_points(lang, v, decimals),
                euros(lang, v),
                signed_euros(lang, v),
                input_value(lang, v, 0.1),
            ] {
                let all_zero = text.chars().filter(char::is_ascii_digit).all(|c| c == '0');
                let signed = text.starts_with(['-', '+', '\u{2212}']);
                prop_assert!(!(all_zero && signed), "{:?} -> {:?}", v, text);
                prop_assert!(v.is_finite() || text == NOT_A_NUMBER);
            }
        }

        /// The integer expansion agrees with core's exact float formatting (the reference it
        /// replaces in the wasm), for every double, subnormals and extremes included.
        #[test]
        fn significant_digits_match_core_formatting(v in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
            let sci = format!("{:.*e}", SIGNIFICANT_DIGITS - 1, v.abs());
            let (mantissa, exp) = sci.split_once('e').unwrap();
            let expected: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
            let expected_int_len = exp.parse::<i64>().unwrap() + 1;
            prop_assert_eq!(significant_digits(v), (expected, expected_int_len), "{:e}", v);
        }

        /// Finnish output reads back: no-break spaces and U+2212 are what the parser expects.
        #[test]
        fn finnish_numbers_read_back(v in -1e12f64..1e12, decimals in 0usize..4) {
            let text = number(Fi, v, decimals);
            let back = crate::input::parse_number(Fi, &text);
            prop_assert!(back.is_ok(), "{:?}", text);
            let tolerance = 0.5 * 10f64.powi(-(decimals as i32)) + v.abs() * 1e-14;
            prop_assert!((back.unwrap() - v).abs() <= tolerance, "{} -> {:?}", v, text);
        }
    }

    #[test]
    fn units() {
        let all = [
            Unit::Points,
            Unit::PerYear,
            Unit::PerMonth,
            Unit::Percent,
            Unit::Customers,
            Unit::Euros,
            Unit::Periods,
            Unit::People,
            Unit::Times,
            Unit::PercentPerPoint,
        ];
        for u in all {
            for lang in Lang::ALL {
                let label = unit(lang, u);
                assert!(!label.is_empty() && label.trim() == label, "{u:?} {lang:?}");
            }
        }
        assert_eq!(unit(Fi, Unit::PerYear), "/ vuosi");
        assert_eq!(unit(En, Unit::PerYear), "/ year");
        assert_eq!(unit(Fi, Unit::Points), "pistettä");
        assert_eq!(unit(En, Unit::Percent), "%");
    }

    #[test]
    fn amounts_with_units() {
        assert_eq!(amount(Fi, 77.0, Unit::Percent), fi("77_%"));
        assert_eq!(amount(En, 77.0, Unit::Percent), "77%");
        assert_eq!(amount(Fi, 1.5, Unit::Times), "1,5×");
        assert_eq!(amount(En, 2.25, Unit::Times), "2.25×");
        assert_eq!(amount(Fi, 15.0, Unit::People), fi("15_henkilöä"));
        assert_eq!(amount(En, 5.0, Unit::PercentPerPoint), "5% per point");
        assert_eq!(amount(Fi, 5.0, Unit::PercentPerPoint), fi("5_% / piste"));
        assert_eq!(amount(En, 0.5, Unit::Points), "0.5\u{a0}points");
        assert_eq!(amount(En, 1234.0, Unit::Euros), "€1,234");
        assert_eq!(amount(Fi, 33.33333, Unit::Percent), fi("33,333_%"));
    }

    #[test]
    fn signed_trimmed_numbers() {
        assert_eq!(signed_number_trimmed(Fi, 2.0, 1), "+2");
        assert_eq!(signed_number_trimmed(Fi, -1.5, 1), fi("~1,5"));
        assert_eq!(signed_number_trimmed(En, -1.5, 1), "\u{2212}1.5");
        assert_eq!(signed_number_trimmed(En, 0.04, 1), "0");
    }

    #[test]
    fn dates() {
        assert_eq!(date(Fi, 2026, 11, 23), "23.11.2026");
        assert_eq!(date(En, 2026, 11, 23), "November 23, 2026");
        assert_eq!(date(En, 2027, 1, 5), "January 5, 2027");
        assert_eq!(date(Fi, 2027, 1, 5), "5.1.2027");
        assert_eq!(date(En, 2026, 0, 1), "2026-00-01");
        assert_eq!(date(Fi, 2026, 13, 1), "2026-13-01");
    }
}
