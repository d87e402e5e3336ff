//! A small JSON reader and writer, just enough for the saved-state document.
//!
//! `serde_json` would add about 21 KB gzip to a wasm already at its size budget (measured on the
//! release build), so this is hand-written. It reads RFC 8259 JSON and never panics: input is
//! bounded by the caller (the document size limit) and nesting by [`MAX_DEPTH`], so recursion
//! cannot exhaust the stack. Objects keep their keys in order and keep duplicates, so the
//! document reader can report a duplicated key instead of silently picking one.

use crate::format::decimal;
use std::fmt::Write;

/// Deeper nesting than this is refused; the document needs four levels.
pub const MAX_DEPTH: usize = 32;

/// A parsed JSON value. Numbers are `f64`; one too large for it (`1e309`) is kept as infinite,
/// so the reader of the value can say which field it was instead of refusing the whole file.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Members in the order written, duplicates included.
    Object(Vec<(String, Value)>),
}

/// Why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text ends in the middle of a value: most likely a file cut short.
    Truncated,
    /// Something that is not JSON, at this line and column (both from 1, columns in characters).
    Syntax { line: usize, column: usize },
}

/// Parses a whole text as one JSON value; a leading byte order mark is skipped.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = p.value(0)?;
    p.skip_space();
    if p.pos < p.bytes.len() {
        return Err(p.error());
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    /// The error for the current position: truncated at the end, a syntax error elsewhere.
    fn error(&self) -> JsonError {
        if self.pos >= self.bytes.len() {
            return JsonError::Truncated;
        }
        let before = self.text.get(..self.pos).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        JsonError::Syntax { line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        for &b in word.as_bytes() {
            self.expect(b)?;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.skip_space();
        match self.peek() {
            None => Err(JsonError::Truncated),
            Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => Err(self.error()),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error()),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error());
            }
            let key = self.string()?;
            self.skip_space();
            self.expect(b':')?;
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, read by the standard parser, which
    /// rounds correctly and saturates to infinity on overflow.
    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error()),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        let text = self.text;
        match text.get(start..self.pos).and_then(decimal::read) {
            Some(n) => Ok(Value::Number(n)),
            // The grammar above is a subset of what `read` reads; this is only for safety.
            _ => {
                self.pos = start;
                Err(self.error())
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|h| u32::from_str_radix(h, 16).ok()) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None if self.pos + 4 > self.bytes.len() => Err(JsonError::Truncated),
            None => Err(self.error()),
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character in one go.
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The run ends at an ASCII byte or the end, so it is on a character boundary.
            out.push_str(self.text.get(start..self.pos).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.peek().ok_or(JsonError::Truncated)?;
                    self.pos += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let c = self.unicode_escape()?;
                            out.push(c);
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.error());
                        }
                    }
                }
                None => return Err(JsonError::Truncated),
                Some(_) => return Err(self.error()),
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first)
            && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u")
        {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(first).unwrap_or('\u{fffd}'))
    }
}

impl Value {
    /// The member `key` of an object: the first, if it occurs more than once.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Pretty-printed with two-space indents, members in order. A non-finite number (which
    /// JSON cannot hold) is written as `null`.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, indent: usize) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // The shortest text that reads back as the same f64, and never an exponent.
            Value::Number(n) if n.is_finite() => out.push_str(&decimal::shortest(n + 0.0)),
            Value::Number(_) => out.push_str("null"),
            Value::String(s) => write_string(out, s),
            Value::Array(items) => write_list(out, indent, '[', ']', items, |out, item, indent| {
                item.write(out, indent)
            }),
            Value::Object(members) => {
                write_list(out, indent, '{', '}', members, |out, (k, v), indent| {
                    write_string(out, k);
                    out.push_str(": ");
                    v.write(out, indent);
                })
            }
        }
    }
}

fn write_list<T>(
    out: &mut String,
    indent: usize,
    open: char,
    close: char,
    items: &[T],
    mut each: impl FnMut(&mut String, &T, usize),
) {
    out.push(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, indent + 1);
        each(out, item, indent + 1);
    }
    if !items.is_empty() {
        newline(out, indent);
    }
    out.push(close);
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn obj(members: &[(&str, Value)]) -> Value {
        Value::Object(
            members
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" { "a": [1, -2.5, 3e2, 0.125E-1], "b": "x\"\\\/\n\u00e4\ud83d\ude00", "c": true, "d": false, "e": null, "f": {} , "g": []} "#)
            .unwrap();
        assert_eq!(
            v,
            obj(&[
                (
                    "a",
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(-2.5),
                        Value::Number(300.0),
                        Value::Number(0.0125)
                    ])
                ),
                ("b", Value::String("x\"\\/\nä😀".into())),
                ("c", Value::Bool(true)),
                ("d", Value::Bool(false)),
                ("e", Value::Null),
                ("f", Value::Object(vec![])),
                ("g", Value::Array(vec![])),
            ])
        );
    }

    #[test]
    fn keeps_duplicates_in_order_and_get_finds_the_first() {
        let v = parse(r#"{"p": 1, "p": 2}"#).unwrap();
        assert_eq!(v.get("p"), Some(&Value::Number(1.0)));
        assert!(matches!(&v, Value::Object(m) if m.len() == 2));
    }

    #[test]
    fn huge_numbers_are_kept_as_infinite_for_the_field_to_refuse() {
        assert_eq!(parse("1e309"), Ok(Value::Number(f64::INFINITY)));
        assert_eq!(parse("-1e309"), Ok(Value::Number(f64::NEG_INFINITY)));
        assert_eq!(parse("-0"), Ok(Value::Number(-0.0)));
    }

    #[test]
    fn truncated_text_is_told_apart_from_bad_text() {
        for cut in [
            "",
            " ",
            "{",
            r#"{"a""#,
            r#"{"a":"#,
            r#"{"a":1"#,
            r#"{"a":1,"#,
            "[1,",
            r#""ab"#,
            r#""\"#,
            r#""\u00"#,
            "tr",
            "-",
            "1.",
            "1e",
        ] {
            assert_eq!(parse(cut), Err(JsonError::Truncated), "{cut:?}");
        }
        for (bad, line, column) in [
            ("{a:1}", 1, 2),
            ("[1 2]", 1, 4),
            ("NaN", 1, 1),
            ("{\"a\": 01}", 1, 8),
            ("{\n  \"ä\": x}", 2, 8),
            ("[1]]", 1, 4),
            ("\"\u{1}\"", 1, 2),
            (r#""\x""#, 1, 3),
            ("+1", 1, 1),
            (".5", 1, 1),
        ] {
            assert_eq!(
                parse(bad),
                Err(JsonError::Syntax { line, column }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(
            parse(r#""\ud800x\udc00""#),
            Ok(Value::String("\u{fffd}x\u{fffd}".into()))
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        let deep = "[".repeat(100_000);
        assert!(matches!(parse(&deep), Err(JsonError::Syntax { .. })));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn writes_readable_json_that_reads_back() {
        let v = obj(&[
            ("version", Value::Number(1.0)),
            ("name", Value::String("<b>\"x\"</b>\u{1}\t".into())),
            (
                "list",
                Value::Array(vec![Value::Number(-0.0), Value::Number(0.1 + 0.2)]),
            ),
            ("empty", Value::Object(vec![])),
        ]);
        let text = v.to_pretty();
        assert_eq!(
            text,
            "{\n  \"version\": 1,\n  \"name\": \"<b>\\\"x\\\"</b>\\u0001\\t\",\n  \"list\": [\n    0,\n    0.30000000000000004\n  ],\n  \"empty\": {}\n}\n"
        );
        let back = parse(&text).unwrap();
        assert_eq!(back.get("name"), v.get("name"));
        assert_eq!(parse(&Value::Number(f64::NAN).to_pretty()), Ok(Value::Null));
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<f64>()
                .prop_filter("finite", |n| n.is_finite())
                .prop_map(|n| Value::Number(n + 0.0)),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..6).prop_map(Value::Object),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_round_trips(v in value()) {
            prop_assert_eq!(parse(&v.to_pretty()), Ok(v));
        }

        #[test]
        fn any_text_parses_or_errors_without_panicking(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn any_prefix_of_a_document_is_truncated_or_parses(v in value(), cut in any::<prop::sample::Index>()) {
            let text = v.to_pretty();
            let end = cut.index(text.len() + 1);
            if let Some(prefix) = text.get(..end) {
                let _ = parse(prefix);
            }
        }

        #[test]
        fn any_json_like_text_never_panics(text in r#"[\[\]{}",:0-9eE.+\-truefalsn \\u]{0,64}"#) {
            let _ = parse(&text);
        }
    }
}
