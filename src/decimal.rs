//! Exact conversions between doubles and decimal digits, in integer arithmetic: a double's
//! digits ([`rounded_digits`]), the shortest text that reads back as it ([`shortest`],
//! [`exponential`]) and reading decimal text ([`read`]). A leaf (std only), shared by the
//! formatting, the number fields and the share formats.
//!
//! They stand in for core's float formatting (`Display`, `{:e}`, `{:.1}`: Grisu and Dragon)
//! and parsing (`str::parse::<f64>`: dec2flt, with its 10 KB table of powers of five), which
//! cost about 22 KB of gzipped wasm together, and give the same results: the tests check them
//! bit for bit against core.

use std::cmp::Ordering;

/// An unsigned integer in base 10⁹ limbs, least significant first: just enough bignum to
/// expand a double exactly and to compare a decimal with a double.
#[derive(Clone)]
struct Limbs(Vec<u32>);

const LIMB: u64 = 1_000_000_000;

impl Limbs {
    fn new(n: u64) -> Limbs {
        Limbs(vec![
            (n % LIMB) as u32,
            (n / LIMB % LIMB) as u32,
            (n / LIMB / LIMB) as u32,
        ])
    }

    /// The number written by `digits` (0–9, most significant first).
    fn from_digits(digits: &[u8]) -> Limbs {
        Limbs(
            digits
                .rchunks(9)
                .map(|chunk| chunk.iter().fold(0, |n, &d| n * 10 + u32::from(d)))
                .collect(),
        )
    }

    /// Multiplies by `base^power`, `chunk` powers at a time (`base^chunk` times a limb, plus the
    /// carry, must fit in a u64).
    fn times_pow(mut self, base: u64, chunk: u64, mut power: u64) -> Limbs {
        while power > 0 {
            let step = power.min(chunk);
            power -= step;
            let factor = base.pow(step as u32);
            let mut carry = 0u64;
            for limb in &mut self.0 {
                let x = u64::from(*limb) * factor + carry;
                *limb = (x % LIMB) as u32;
                carry = x / LIMB;
            }
            while carry > 0 {
                self.0.push((carry % LIMB) as u32);
                carry /= LIMB;
            }
        }
        self
    }

    fn times_pow2(self, power: u64) -> Limbs {
        self.times_pow(2, 32, power)
    }

    fn times_pow10(self, power: u64) -> Limbs {
        self.times_pow(10, 9, power)
    }

    /// The limbs without the leading (most significant) zero ones.
    fn significant(&self) -> &[u32] {
        let len = self.0.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
        &self.0[..len]
    }

    fn compare(&self, other: &Limbs) -> Ordering {
        let (a, b) = (self.significant(), other.significant());
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }

    /// The decimal digits, most significant first, without leading zeros (at least one).
    fn digits(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len() * 9);
        for limb in self.0.iter().rev() {
            let mut chunk = [0u8; 9];
            let mut x = *limb;
            for d in chunk.iter_mut().rev() {
                *d = (x % 10) as u8;
                x /= 10;
            }
            out.extend_from_slice(&chunk);
        }
        drop_leading_zeros(&mut out);
        out
    }
}

/// A finite double's magnitude as `m × 2^e`.
fn decode(bits: u64) -> (u64, i64) {
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// The exact decimal digits of a finite `v.abs()`, without leading or trailing zeros (`[0]`
/// for zero), and how many of them come before the decimal point (zero or negative below
/// 0.1): `m × 2^e` has the digits of `m × 2^e` (e ≥ 0), or of `m × 5^-e` with the point `-e`
/// places from the right (e < 0).
fn exact_digits(v: f64) -> (Vec<u8>, i64) {
    let (mantissa, exp) = decode(v.to_bits());
    if mantissa == 0 {
        return (vec![0], 1);
    }
    let (mut digits, point) = if exp >= 0 {
        (Limbs::new(mantissa).times_pow2(exp as u64).digits(), 0)
    } else {
        let n = Limbs::new(mantissa).times_pow(5, 13, exp.unsigned_abs());
        (n.digits(), -exp)
    };
    let int_len = digits.len() as i64 - point;
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, int_len)
}

/// Removes the leading zeros of `digits`, keeping at least one digit.
pub(super) fn drop_leading_zeros(digits: &mut Vec<u8>) {
    let zeros = digits
        .iter()
        .take_while(|&&d| d == 0)
        .count()
        .min(digits.len().saturating_sub(1));
    digits.drain(..zeros);
}

/// Adds one unit in the last place of `digits`; on a carry out of the first digit (`99` →
/// `100`), the digits become `10…0` of the same length and it returns `true`.
pub(super) fn increment(digits: &mut [u8]) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return false;
        }
    }
    if let Some(first) = digits.first_mut() {
        *first = 1;
    }
    true
}

/// Exact digits rounded to `n` of them (at least one), a tie to even (as `{:.N$e}` does) or
/// up; and whether they were rounded up. Fewer digits are padded with zeros.
fn round_to(exact: &[u8], int_len: i64, n: usize, ties_to_even: bool) -> (Vec<u8>, i64, bool) {
    let n = n.max(1);
    let mut digits = exact.to_vec();
    let mut int_len = int_len;
    let mut up = false;
    if digits.len() > n {
        let rest = digits.split_off(n);
        let above_half = rest[0] > 5 || (rest[0] == 5 && rest[1..].iter().any(|&d| d != 0));
        let tie = rest[0] == 5 && !above_half;
        let odd = digits[n - 1] % 2 == 1;
        up = above_half || (tie && (odd || !ties_to_even));
        if up && increment(&mut digits) {
            int_len += 1;
        }
    } else {
        digits.resize(n, 0);
    }
    (digits, int_len, up)
}

/// The decimal digits of a finite `v.abs()` rounded to `n` significant digits (half to even,
/// as an exact decimal expansion would be), trailing zeros kept, and how many of them come
/// before the decimal point (zero or negative for values below 0.1; 1 for zero).
pub fn rounded_digits(v: f64, n: usize) -> (Vec<u8>, i64) {
    let (exact, int_len) = exact_digits(v);
    let (digits, int_len, _) = round_to(&exact, int_len, n, true);
    (digits, int_len)
}

/// The double nearest to `0.d₁d₂… × 10^int_len` (ties to even), `digits` being 0–9 without
/// leading zeros. Saturates to infinity and to zero, as `str::parse` does.
fn to_f64(digits: &[u8], int_len: i64) -> f64 {
    let digits = match digits.iter().rposition(|&d| d != 0) {
        Some(last) => &digits[..=last],
        None => return 0.0,
    };
    // Below 10^-324 (under half the smallest double) or from 10^309 on: nothing to compute.
    if int_len <= -324 {
        return 0.0;
    }
    if int_len > 309 {
        return f64::INFINITY;
    }
    // The value is w × 10^exp, w the first (at most 19) digits: exactly so if no digit is left.
    let used = digits.len().min(19);
    let w = digits[..used]
        .iter()
        .fold(0u64, |w, &d| w * 10 + u64::from(d));
    let exp = int_len - used as i64;
    // Clinger's fast path: w and 10^|exp| are both exact doubles, so one correctly rounded
    // multiplication or division gives the nearest double.
    if used == digits.len() && w <= 1 << 53 && (-22..=22).contains(&exp) {
        let power = 10f64.powi(exp.abs() as i32);
        return if exp < 0 {
            w as f64 / power
        } else {
            w as f64 * power
        };
    }
    // Otherwise start from an estimate a few units in the last place off (1e-300 first, so
    // that no partial product underflows) and walk to the nearest double by exact comparison.
    let estimate = if exp < -300 {
        w as f64 * 1e-300 * 10f64.powi(exp as i32 + 300)
    } else {
        w as f64 * 10f64.powi(exp as i32)
    };
    let exact = Exact {
        digits: Limbs::from_digits(digits),
        exp: int_len - digits.len() as i64,
    };
    f64::from_bits(exact.nearest(estimate.to_bits().min(INFINITY_BITS)))
}

const INFINITY_BITS: u64 = 0x7ff0_0000_0000_0000;

/// A positive decimal `digits × 10^exp`, exactly.
struct Exact {
    digits: Limbs,
    exp: i64,
}

impl Exact {
    /// How the decimal compares with the point halfway between the double `bits` and the next
    /// one up: `(2m + 1) × 2^(e - 1)`.
    fn cmp_above(&self, bits: u64) -> Ordering {
        let (m, e) = decode(bits);
        let (mut lhs, mut rhs) = (self.digits.clone(), Limbs::new(2 * m + 1));
        if self.exp >= 0 {
            lhs = lhs.times_pow10(self.exp as u64);
        } else {
            rhs = rhs.times_pow10(self.exp.unsigned_abs());
        }
        let e = e - 1;
        if e >= 0 {
            rhs = rhs.times_pow2(e as u64);
        } else {
            lhs = lhs.times_pow2(e.unsigned_abs());
        }
        lhs.compare(&rhs)
    }

    /// The bits of the nearest double (ties to the even one, past the largest to infinity),
    /// walking from the `start` bits one double at a time: the walk only ever goes one way.
    fn nearest(&self, start: u64) -> u64 {
        let mut bits = start;
        loop {
            let odd = bits & 1 == 1;
            if bits < INFINITY_BITS {
                match self.cmp_above(bits) {
                    Ordering::Greater => {
                        bits += 1;
                        continue;
                    }
                    Ordering::Equal if odd => {
                        bits += 1;
                        continue;
                    }
                    _ => {}
                }
            }
            if bits > 0 {
                match self.cmp_above(bits - 1) {
                    Ordering::Less => {
                        bits -= 1;
                        continue;
                    }
                    Ordering::Equal if odd => {
                        bits -= 1;
                        continue;
                    }
                    _ => {}
                }
            }
            return bits;
        }
    }
}

/// Reads decimal text as the nearest double (ties to even): `[+|-]digits[.digits][e[+|-]digits]`
/// (`e` or `E`; `5.` and `.5` too). The same value as `str::parse::<f64>`, which it replaces,
/// including infinity on overflow and a signed zero; `None` for anything else, including the
/// `inf` and `NaN` that `parse` reads.
pub fn read(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut i) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    // Significant digits (leading zeros dropped) and where the decimal point falls among them.
    let mut digits = Vec::new();
    let mut int_len = 0i64;
    let (mut seen_digit, mut seen_point) = (false, false);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if b != b'0' || !digits.is_empty() {
                    digits.push(b - b'0');
                    if !seen_point {
                        int_len += 1;
                    }
                } else if seen_point {
                    int_len -= 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        let (exp_negative, start) = match bytes.get(i + 1) {
            Some(b'-') => (true, i + 2),
            Some(b'+') => (false, i + 2),
            _ => (false, i + 1),
        };
        let exp_digits = bytes.get(start..)?;
        if exp_digits.is_empty() || !exp_digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // Saturates: past a million, the value is zero or infinite whatever the digits.
        let exp = exp_digits
            .iter()
            .fold(0i64, |e, &d| (e * 10 + i64::from(d - b'0')).min(1_000_000));
        int_len += if exp_negative { -exp } else { exp };
    } else if i != bytes.len() {
        return None;
    }
    let magnitude = to_f64(&digits, int_len);
    Some(if negative { -magnitude } else { magnitude })
}

/// The shortest digits that read back as a finite, non-zero `v.abs()` (the nearest to it of
/// that length), and how many come before the decimal point.
fn shortest_digits(v: f64) -> (Vec<u8>, i64) {
    let v = v.abs();
    let (exact, int_len) = exact_digits(v);
    for n in 1..exact.len() {
        // Between two that read back and are equally near, core's `Display` takes the upper.
        let (near, near_len, up) = round_to(&exact, int_len, n, false);
        if to_f64(&near, near_len) == v {
            return (near, near_len);
        }
        // Just above a power of two the doubles below are twice as dense, so the only digits
        // of this length that read back may lie on the far side of `v`.
        let (mut far, mut far_len) = (exact[..n].to_vec(), int_len);
        if !up && increment(&mut far) {
            far_len += 1;
        }
        if to_f64(&far, far_len) == v {
            return (far, far_len);
        }
    }
    (exact, int_len)
}

/// The shortest text that reads back as `v`, written as `Display` writes a float: `.` and
/// `-`, never an exponent (`0.1`, `1234567`, `-0.000025`); `inf`, `-inf` and `NaN` for the
/// rest.
pub fn shortest(v: f64) -> String {
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_nan() {
        return "NaN".to_owned();
    }
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let (digits, int_len) = if v == 0.0 {
        (vec![0], 1)
    } else {
        shortest_digits(v)
    };
    let digit = |d: &u8| char::from(b'0' + d);
    let mut out = String::from(sign);
    if int_len <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', int_len.unsigned_abs() as usize));
        out.extend(digits.iter().map(digit));
    } else {
        let int_len = int_len as usize;
        out.extend(digits.iter().take(int_len).map(digit));
        out.extend(std::iter::repeat_n(
            '0',
            int_len.saturating_sub(digits.len()),
        ));
        if digits.len() > int_len {
            out.push('.');
            out.extend(digits[int_len..].iter().map(digit));
        }
    }
    out
}

/// A finite `v` with `significant` digits and an exponent, as `{:.N$e}` writes it with
/// N = `significant` − 1: `1.0000000000000000e-300`, `-2.5e3`, `0.0e0`.
pub fn exponential(v: f64, significant: usize) -> String {
    let (digits, int_len) = rounded_digits(v, significant);
    let exp = if v == 0.0 { 0 } else { int_len - 1 };
    let mut out = String::from(if v.is_sign_negative() { "-" } else { "" });
    let mut digits = digits.iter().map(|d| char::from(b'0' + d));
    out.extend(digits.next());
    if significant > 1 {
        out.push('.');
        out.extend(digits);
    }
    out.push('e');
    // An i32 (|exp| ≤ 324) formats with the code already in the wasm, an i64 would add its own.
    out.push_str(&(exp as i32).to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `read` against core's parser, bit for bit (including which texts are refused).
    fn same_as_core(text: &str) -> Result<(), TestCaseError> {
        let core = text.parse::<f64>().ok().map(f64::to_bits);
        prop_assert_eq!(read(text).map(f64::to_bits), core, "{:?}", text);
        Ok(())
    }

    fn finite() -> impl Strategy<Value = f64> {
        any::<u64>()
            .prop_map(f64::from_bits)
            .prop_filter("finite", |v| v.is_finite())
    }

    /// The exact decimal halfway between the positive double `bits` and the next one up.
    fn halfway(bits: u64) -> String {
        let (m, e) = decode(bits);
        let n = Limbs::new(2 * m + 1);
        let e = e - 1;
        if e >= 0 {
            String::from_iter(
                n.times_pow2(e as u64)
                    .digits()
                    .iter()
                    .map(|d| d.to_string()),
            )
        } else {
            let digits = n.times_pow(5, 13, e.unsigned_abs()).digits();
            let text = String::from_iter(digits.iter().map(|d| d.to_string()));
            format!("{text}e{e}")
        }
    }

    #[test]
    fn reads_like_core_at_the_edges() {
        for text in [
            "0",
            "-0",
            "+0.000",
            "0e999999999999999999999",
            "7.5",
            "-7,5",
            ".5",
            "5.",
            "-.5e-3",
            "1e22",
            "1e23",
            "9007199254740993",
            "9007199254740992.5",
            "123456789012345678901234567890e-50",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "179769313486231580793728971405301e276",
            "179769313486231580793728971405300e276",
            "1e-400",
            "1e400",
            "1e99999999999999999999",
            "1e-99999999999999999999",
            "0.1000000000000000055511151231257827021181583404541015625",
            "0.1000000000000000055511151231257827021181583404541015624",
            "0.1000000000000000055511151231257827021181583404541015626",
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1e5x",
            "1.2.3",
            "1..2",
            "--1",
            " 1",
            "1 ",
            "0x10",
        ] {
            same_as_core(text).unwrap_or_else(|e| panic!("{e}"));
        }
        let ones = "1".repeat(64);
        same_as_core(&ones).unwrap();
        same_as_core(&format!("0.{ones}e-300")).unwrap();
        for text in ["inf", "-infinity", "NaN"] {
            assert_eq!(read(text), None, "{text} is not a decimal");
        }
    }

    #[test]
    fn every_power_of_two_reads_and_writes_like_core() {
        for e in -1074..=1023 {
            let v = f64::from_bits(if e >= -1022 {
                ((e + 1023) as u64) << 52
            } else {
                1 << (e + 1074)
            });
            assert_eq!(shortest(v), v.to_string(), "2^{e}");
            same_as_core(&v.to_string()).unwrap();
            same_as_core(&format!("{v:e}")).unwrap();
            same_as_core(&halfway(v.to_bits())).unwrap();
            same_as_core(&halfway(v.to_bits() - 1)).unwrap();
        }
    }

    /// Exactly 1234567890123456.25, halfway between two 17-digit decimals.
    const TIE: f64 = 4_938_271_560_493_825.0 / 4.0;

    #[test]
    fn shortest_and_exponential_at_the_edges() {
        for v in [
            0.0,
            -0.0,
            0.1,
            0.1 + 0.2,
            1.0 / 3.0,
            -2.5e-5,
            1e21,
            1e23,
            1234567.0,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            -f64::MAX,
            9007199254740993.0,
            TIE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ] {
            assert_eq!(shortest(v), v.to_string(), "{v:e}");
            if v.is_finite() {
                assert_eq!(exponential(v, 17), format!("{v:.16e}"));
                assert_eq!(exponential(v, 1), format!("{v:.0e}"));
            }
        }
        // A tie at the 17th digit goes to the even one, as core's exact formatting does.
        assert_eq!(exponential(TIE, 17), "1.2345678901234562e15");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn reads_decimal_text_like_core(
            text in "[-+]?[0-9]{0,25}(\\.[0-9]{0,25})?([eE][-+]?[0-9]{1,3})?",
        ) {
            same_as_core(&text)?;
        }

        /// Short mantissas and small exponents: Clinger's fast path, and just past it.
        #[test]
        fn reads_typed_numbers_like_core(
            digits in "[0-9]{1,20}",
            point in 0usize..20,
            exp in -30i32..30,
        ) {
            let point = point.min(digits.len());
            same_as_core(&format!("{}.{}e{exp}", &digits[..point], &digits[point..]))?;
        }

        #[test]
        fn reads_back_what_core_writes(v in finite()) {
            same_as_core(&v.to_string())?;
            same_as_core(&format!("{v:e}"))?;
            same_as_core(&format!("{v:.20e}"))?;
            same_as_core(&format!("{v:.3e}"))?;
        }

        /// Exactly halfway between two doubles, and a hair either side: where rounding is hardest.
        #[test]
        fn reads_halfway_cases_like_core(v in finite()) {
            let bits = v.abs().to_bits();
            prop_assume!(bits < f64::MAX.to_bits());
            let text = halfway(bits);
            same_as_core(&text)?;
            let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
            let exp: i64 = exp.parse().unwrap();
            // mantissa × 10^exp ± 10^(exp - 1)
            same_as_core(&format!("{mantissa}1e{}", exp - 1))?;
            let mut below = mantissa.as_bytes().to_vec();
            let last_nonzero = below.iter().rposition(|&b| b != b'0').unwrap();
            below[last_nonzero] -= 1;
            below[last_nonzero + 1..].fill(b'9');
            below.push(b'9');
            same_as_core(&format!("{}e{}", String::from_utf8(below).unwrap(), exp - 1))?;
        }

        #[test]
        fn shortest_is_core_display(v in finite()) {
            prop_assert_eq!(shortest(v), v.to_string());
        }

        #[test]
        fn shortest_is_core_display_for_typed_numbers(n in -10_000_000_000i64..10_000_000_000, decimals in 0i32..8) {
            let v = n as f64 / 10f64.powi(decimals);
            prop_assert_eq!(shortest(v), v.to_string());
        }

        #[test]
        fn exponential_is_core_exact_formatting(v in finite(), significant in 1usize..25) {
            prop_assert_eq!(exponential(v, significant), format!("{v:.*e}", significant - 1));
        }
    }
}
