//! JSON as a serde data format, hand-written: the document's serde types
//! ([`super::document`]) are read and written through it.
//!
//! Hand-written because it is the smallest and says the most. Measured on the release wasm
//! with the same serde types (gzip -9; BENCHMARKS.md has every candidate): with this format the
//! wasm is 207.6 KB, 0.2 KB less than with the earlier hand-written reader that had no serde;
//! serde_json makes it 14.4 KB larger (6.8 KB without `float_roundtrip`, but then numbers no
//! longer read back exactly), the browser's own `JSON.parse` with serde-wasm-bindgen 10.0 KB
//! (and the JavaScript 0.7 KB). serde-wasm-bindgen words its errors, and serde's `invalid type:
//! floating point …` brings core's float formatting into the wasm; serde_json brings its own
//! parser and number formatting. This format's errors are a position and nothing else, so no
//! message code is linked, and its numbers go through [`decimal`], which the number fields need
//! anyway. It also keeps what the document's reader promises and the others cannot: a
//! duplicated key is seen (`JSON.parse` keeps the last, silently), `1e309` reaches its field to
//! be refused there (serde_json refuses the whole file), and every syntax error has its line and
//! column (V8's "Unexpected token" has none).
//!
//! It reads RFC 8259 JSON and never panics: input is bounded by the caller (the document size
//! limit) and nesting by [`MAX_DEPTH`], so recursion cannot exhaust the stack. Members reach the
//! visitor in the order written, duplicates included. A number too large for an `f64` (`1e309`)
//! is read as infinite, so the reader of the value can say which field it was instead of
//! refusing the whole file. Every number is read and written as an `f64`, as JavaScript reads
//! JSON, in the shortest form that reads back exactly.

use crate::decimal;
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, Impossible, Serialize};
use std::fmt::{self, Write};

/// Deeper nesting than this is refused; the document needs four levels.
pub const MAX_DEPTH: usize = 32;

/// Why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text ends in the middle of a value: most likely a file cut short.
    Truncated,
    /// Something that is not JSON, at this line and column (both from 1, columns in characters).
    Syntax { line: usize, column: usize },
}

/// Reads a whole text as one `T`; a leading byte order mark is skipped.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut p).and_then(|value| {
        p.skip_space();
        if p.pos < p.bytes.len() {
            return Err(p.error());
        }
        Ok(value)
    });
    value.map_err(|Error(at)| p.json_error(at))
}

/// `value` pretty-printed with two-space indents, members in order, and a final newline.
pub fn write<T: Serialize>(value: &T) -> String {
    let mut w = Writer {
        out: String::new(),
        indent: 0,
    };
    // The document's types hold nothing this format refuses.
    let _ = value.serialize(&mut w);
    w.out.push('\n');
    w.out
}

/// An error while reading or writing: the byte offset where the text stops being JSON, or
/// `None` for a value a visitor refused, which `deserialize_any` places at the value's start.
/// It carries no message, so no formatting code is linked for one.
#[derive(Debug)]
struct Error(Option<usize>);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("not JSON")
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Error {
        Error(None)
    }
}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Error {
        Error(None)
    }
}

/// The reader: serde's `Deserializer` over a text, a byte offset into it, and how deep it is.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    /// The error for the current position.
    fn error(&self) -> Error {
        Error(Some(self.pos))
    }

    /// Truncated at the end, a syntax error with its line and column elsewhere.
    fn json_error(&self, at: Option<usize>) -> JsonError {
        let at = at.unwrap_or(self.pos);
        if at >= self.bytes.len() {
            return JsonError::Truncated;
        }
        let before = self.text.get(..at).unwrap_or("");
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

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        for &b in word.as_bytes() {
            self.expect(b)?;
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, read by [`decimal::read`], which
    /// rounds correctly and saturates to infinity on overflow.
    fn number(&mut self) -> Result<f64, Error> {
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
        // The grammar above is a subset of what `read` reads; the error is only for safety.
        let text = self.text;
        text.get(start..self.pos)
            .and_then(decimal::read)
            .ok_or(Error(Some(start)))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|h| u32::from_str_radix(h, 16).ok()) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            // Cut short within the four digits: the end, so the file reads as truncated.
            None if self.pos + 4 > self.bytes.len() => Err(Error(Some(self.bytes.len()))),
            None => Err(self.error()),
        }
    }

    /// After the opening quote: the string's text, up to and including its closing quote.
    fn string(&mut self) -> Result<String, Error> {
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
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error()),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                _ => return Err(self.error()),
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, Error> {
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

    /// The next value as far as one token goes: a whole scalar, or the bracket that opens a
    /// list or an object (not yet read). Not generic, so it is in the wasm once, not once per
    /// type read.
    fn token(&mut self) -> Result<Token, Error> {
        Ok(match self.peek() {
            Some(b @ (b'{' | b'[')) if self.depth < MAX_DEPTH => Token::Open(b),
            Some(b'"') => {
                self.pos += 1;
                Token::Text(self.string()?)
            }
            Some(b't') => self.literal("true").map(|()| Token::Bool(true))?,
            Some(b'f') => self.literal("false").map(|()| Token::Bool(false))?,
            Some(b'n') => self.literal("null").map(|()| Token::Null)?,
            Some(b'-' | b'0'..=b'9') => Token::Number(self.number()?),
            _ => return Err(self.error()),
        })
    }

    /// A list or an object, handed to `visit` to read its items; after them, its closing
    /// bracket.
    fn nested<T>(
        &mut self,
        close: u8,
        visit: impl FnOnce(&mut Items<'_, '_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.pos += 1;
        self.depth += 1;
        let mut items = Items {
            p: self,
            close,
            first: true,
            closed: false,
        };
        let value = visit(&mut items)?;
        if !items.closed {
            return Err(self.error());
        }
        self.depth -= 1;
        Ok(value)
    }
}

/// The start of a value, as [`Parser::token`] reads it.
enum Token {
    Open(u8),
    Text(String),
    Number(f64),
    Bool(bool),
    Null,
}

impl<'de> de::Deserializer<'de> for &mut Parser<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_space();
        let start = self.pos;
        let value = match self.token()? {
            Token::Open(b'{') => self.nested(b'}', |items| visitor.visit_map(items)),
            Token::Open(_) => self.nested(b']', |items| visitor.visit_seq(items)),
            Token::Text(text) => visitor.visit_string(text),
            Token::Number(n) => visitor.visit_f64(n),
            Token::Bool(b) => visitor.visit_bool(b),
            Token::Null => visitor.visit_unit(),
        };
        value.map_err(|Error(at)| Error(at.or(Some(start))))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// The items of a list or the members of an object, as serde asks for them.
struct Items<'p, 'a> {
    p: &'p mut Parser<'a>,
    close: u8,
    first: bool,
    /// Whether the closing bracket has been read.
    closed: bool,
}

impl Items<'_, '_> {
    /// Whether another item follows (its comma read); at the closing bracket, reads it.
    fn more(&mut self) -> Result<bool, Error> {
        if self.closed {
            return Ok(false);
        }
        self.p.skip_space();
        let first = std::mem::replace(&mut self.first, false);
        match self.p.peek() {
            Some(c) if c == self.close => {
                self.p.pos += 1;
                self.closed = true;
                Ok(false)
            }
            _ if first => Ok(true),
            Some(b',') => {
                self.p.pos += 1;
                Ok(true)
            }
            _ => Err(self.p.error()),
        }
    }
}

impl<'de> SeqAccess<'de> for &mut Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        if !self.more()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.p).map(Some)
    }
}

impl<'de> MapAccess<'de> for &mut Items<'_, '_> {
    type Error = Error;

    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        if !self.more()? {
            return Ok(None);
        }
        self.p.skip_space();
        if self.p.peek() != Some(b'"') {
            return Err(self.p.error());
        }
        seed.deserialize(&mut *self.p).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Error> {
        self.p.skip_space();
        self.p.expect(b':')?;
        seed.deserialize(&mut *self.p)
    }
}

/// The writer: serde's `Serializer` into a text, and the indent of the current line.
struct Writer {
    out: String,
    indent: usize,
}

impl Writer {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", c as u32);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    fn open(&mut self, bracket: char) -> Result<Compound<'_>, Error> {
        self.out.push(bracket);
        self.indent += 1;
        Ok(Compound {
            w: self,
            empty: true,
        })
    }
}

/// A list or an object being written.
struct Compound<'w> {
    w: &'w mut Writer,
    empty: bool,
}

impl Compound<'_> {
    /// Starts an item: its comma and its line.
    fn item(&mut self) {
        if !self.empty {
            self.w.out.push(',');
        }
        self.empty = false;
        self.w.newline();
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }

    fn close(self, bracket: char) -> Result<(), Error> {
        self.w.indent -= 1;
        if !self.empty {
            self.w.newline();
        }
        self.w.out.push(bracket);
        Ok(())
    }
}

impl<'w> ser::Serializer for &'w mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w>;
    type SerializeTuple = Compound<'w>;
    type SerializeTupleStruct = Compound<'w>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Compound<'w>;
    type SerializeStruct = Compound<'w>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }

    /// The shortest text that reads back as the same `f64`, never an exponent; a non-finite
    /// number, which JSON cannot hold, as `null`.
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            self.out.push_str(&decimal::shortest(v + 0.0));
        } else {
            self.out.push_str("null");
        }
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(Error(None))
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(Error(None))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w>, Error> {
        self.open('[')
    }

    fn serialize_tuple(self, _: usize) -> Result<Compound<'w>, Error> {
        self.open('[')
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>, Error> {
        self.open('[')
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(None))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'w>, Error> {
        self.open('{')
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>, Error> {
        self.open('{')
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error(None))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.item();
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    /// The key as written by its type: the document's keys are all strings.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.item();
        self.value(key)?;
        self.w.out.push_str(": ");
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.item();
        self.w.string(key);
        self.w.out.push_str(": ");
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::{Deserialize, Deserializer};

    /// Any JSON value, members in order with duplicates: what the format hands a visitor.
    #[derive(Clone, Debug, PartialEq)]
    enum Json {
        Null,
        Bool(bool),
        Number(f64),
        String(String),
        Array(Vec<Json>),
        Object(Vec<(String, Json)>),
    }

    impl<'de> Deserialize<'de> for Json {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Json;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("JSON")
                }
                fn visit_unit<E>(self) -> Result<Json, E> {
                    Ok(Json::Null)
                }
                fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
                    Ok(Json::Bool(b))
                }
                fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
                    Ok(Json::Number(n))
                }
                fn visit_str<E>(self, s: &str) -> Result<Json, E> {
                    Ok(Json::String(s.to_owned()))
                }
                fn visit_string<E>(self, s: String) -> Result<Json, E> {
                    Ok(Json::String(s))
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                    let mut items = Vec::new();
                    while let Some(item) = seq.next_element()? {
                        items.push(item);
                    }
                    Ok(Json::Array(items))
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                    let mut members = Vec::new();
                    while let Some(member) = map.next_entry()? {
                        members.push(member);
                    }
                    Ok(Json::Object(members))
                }
            }
            d.deserialize_any(V)
        }
    }

    impl Serialize for Json {
        fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Json::Null => s.serialize_unit(),
                Json::Bool(b) => s.serialize_bool(*b),
                Json::Number(n) => s.serialize_f64(*n),
                Json::String(text) => s.serialize_str(text),
                Json::Array(items) => s.collect_seq(items),
                Json::Object(members) => s.collect_map(members.iter().map(|(k, v)| (k, v))),
            }
        }
    }

    fn obj(members: &[(&str, Json)]) -> Json {
        Json::Object(
            members
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = read::<Json>(r#" { "a": [1, -2.5, 3e2, 0.125E-1], "b": "x\"\\\/\n\u00e4\ud83d\ude00", "c": true, "d": false, "e": null, "f": {} , "g": []} "#)
            .unwrap();
        assert_eq!(
            v,
            obj(&[
                (
                    "a",
                    Json::Array(vec![
                        Json::Number(1.0),
                        Json::Number(-2.5),
                        Json::Number(300.0),
                        Json::Number(0.0125)
                    ])
                ),
                ("b", Json::String("x\"\\/\nä😀".into())),
                ("c", Json::Bool(true)),
                ("d", Json::Bool(false)),
                ("e", Json::Null),
                ("f", Json::Object(vec![])),
                ("g", Json::Array(vec![])),
            ])
        );
        assert_eq!(read::<Json>("\u{feff}7"), Ok(Json::Number(7.0)));
    }

    #[test]
    fn keeps_duplicates_in_order() {
        assert_eq!(
            read::<Json>(r#"{"p": 1, "p": 2}"#),
            Ok(obj(&[("p", Json::Number(1.0)), ("p", Json::Number(2.0))]))
        );
    }

    #[test]
    fn huge_numbers_are_kept_as_infinite_for_the_field_to_refuse() {
        assert_eq!(read::<Json>("1e309"), Ok(Json::Number(f64::INFINITY)));
        assert_eq!(read::<Json>("-1e309"), Ok(Json::Number(f64::NEG_INFINITY)));
        assert_eq!(read::<Json>("-0"), Ok(Json::Number(-0.0)));
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
            assert_eq!(read::<Json>(cut), Err(JsonError::Truncated), "{cut:?}");
        }
        for (bad, line, column) in [
            ("{a:1}", 1, 2),
            ("[1 2]", 1, 4),
            ("NaN", 1, 1),
            ("{\"a\": 01}", 1, 8),
            ("{\n  \"ä\": x}", 2, 8),
            ("[1]]", 1, 4),
            ("[1,]", 1, 4),
            ("{\"a\": 1,}", 1, 9),
            ("[,1]", 1, 2),
            ("\"\u{1}\"", 1, 2),
            (r#""\x""#, 1, 3),
            ("+1", 1, 1),
            (".5", 1, 1),
        ] {
            assert_eq!(
                read::<Json>(bad),
                Err(JsonError::Syntax { line, column }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_value_the_type_refuses_is_an_error_at_its_start() {
        assert_eq!(
            read::<Vec<bool>>("[true,\n  7]"),
            Err(JsonError::Syntax { line: 2, column: 3 })
        );
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(
            read::<Json>(r#""\ud800x\udc00""#),
            Ok(Json::String("\u{fffd}x\u{fffd}".into()))
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        let deep = "[".repeat(100_000);
        assert!(matches!(read::<Json>(&deep), Err(JsonError::Syntax { .. })));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(read::<Json>(&ok).is_ok());
    }

    #[test]
    fn writes_readable_json_that_reads_back() {
        let v = obj(&[
            ("version", Json::Number(1.0)),
            ("name", Json::String("<b>\"x\"</b>\u{1}\t".into())),
            (
                "list",
                Json::Array(vec![Json::Number(-0.0), Json::Number(0.1 + 0.2)]),
            ),
            ("empty", Json::Object(vec![])),
        ]);
        let text = write(&v);
        assert_eq!(
            text,
            "{\n  \"version\": 1,\n  \"name\": \"<b>\\\"x\\\"</b>\\u0001\\t\",\n  \"list\": [\n    0,\n    0.30000000000000004\n  ],\n  \"empty\": {}\n}\n"
        );
        assert_eq!(read::<Json>(&text), Ok(v));
        assert_eq!(read::<Json>(&write(&f64::NAN)), Ok(Json::Null));
        assert_eq!(
            write(&(7u64, -3i32, 'x', ())),
            "[\n  7,\n  -3,\n  \"x\",\n  null\n]\n"
        );
    }

    fn value() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<f64>()
                .prop_filter("finite", |n| n.is_finite())
                .prop_map(|n| Json::Number(n + 0.0)),
            any::<String>().prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                prop::collection::vec((any::<String>(), inner), 0..6).prop_map(Json::Object),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_round_trips(v in value()) {
            prop_assert_eq!(read::<Json>(&write(&v)), Ok(v));
        }

        #[test]
        fn any_text_parses_or_errors_without_panicking(text in any::<String>()) {
            let _ = read::<Json>(&text);
        }

        #[test]
        fn any_prefix_of_a_document_is_truncated_or_parses(v in value(), cut in any::<prop::sample::Index>()) {
            let text = write(&v);
            let end = cut.index(text.len() + 1);
            if let Some(prefix) = text.get(..end) {
                let _ = read::<Json>(prefix);
            }
        }

        #[test]
        fn any_json_like_text_never_panics(text in r#"[\[\]{}",:0-9eE.+\-truefalsn \\u]{0,64}"#) {
            let _ = read::<Json>(&text);
        }
    }
}
