//! The JSON reader: article text into [`ArticleDoc`](super::ArticleDoc),
//! written for this format instead of serde_json with serde's derives (about
//! 25 KB of the wasm, brotli; BENCHMARKS.md).
//!
//! It says what that stack said, word for word and at the same line and
//! column: each step below is serde_json's (1.0.154, `de.rs` and `read.rs`),
//! each path is serde_path_to_error's, each unknown field is serde_ignored's,
//! and each type error is serde's derive's, numbers included: computed as
//! serde_json computes them (approximately, past 19 digits) and written as it
//! writes them in a message ("invalid type: floating point `1e+300`").
//! `tests/json_reader.rs` holds it to that stack, kept as the oracle
//! natively, over every fixture and thousands of mutations of them; the CLI
//! and the browser both read with this one, so they judge an article alike
//! by construction.
//!
//! A document's types nest four deep, so serde_json's limit of 128 nested
//! arrays and objects is never reached by them; values the format does not
//! know are skipped without recursion, as serde_json skips them.

mod read_doc;

pub use read_doc::ArticleSteps;

use super::ParseError;

/// Why reading stopped.
#[derive(Debug)]
pub struct Stop {
    /// What went wrong, in serde_json's or serde's words, without a position.
    pub message: String,
    /// Line and column (serde_json's: the column counts bytes from the line's
    /// start) of a syntax error or an early end; `None` for a value of the
    /// wrong type or size, which its path finds.
    pub position: Option<(usize, usize)>,
    /// Where, as serde_path_to_error writes it: `sections[2].paragraphs`,
    /// `.` for the document, `?` for a key not yet read.
    pub path: String,
}

/// One step of a path.
enum Segment {
    Key(String),
    Index(usize),
    /// A key that could not be read (serde_path_to_error's `?`).
    Unknown,
}

/// The syntax errors, in serde_json's words.
#[derive(Clone, Copy)]
enum Syntax {
    EofWhileParsingList,
    EofWhileParsingObject,
    EofWhileParsingString,
    EofWhileParsingValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedSomeIdent,
    ExpectedSomeValue,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacterWhileParsingString,
    KeyMustBeAString,
    LoneLeadingSurrogateInHexEscape,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
}

impl Syntax {
    fn message(self) -> &'static str {
        match self {
            Syntax::EofWhileParsingList => "EOF while parsing a list",
            Syntax::EofWhileParsingObject => "EOF while parsing an object",
            Syntax::EofWhileParsingString => "EOF while parsing a string",
            Syntax::EofWhileParsingValue => "EOF while parsing a value",
            Syntax::ExpectedColon => "expected `:`",
            Syntax::ExpectedListCommaOrEnd => "expected `,` or `]`",
            Syntax::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            Syntax::ExpectedSomeIdent => "expected ident",
            Syntax::ExpectedSomeValue => "expected value",
            Syntax::InvalidEscape => "invalid escape",
            Syntax::InvalidNumber => "invalid number",
            Syntax::NumberOutOfRange => "number out of range",
            Syntax::ControlCharacterWhileParsingString => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Syntax::KeyMustBeAString => "key must be a string",
            Syntax::LoneLeadingSurrogateInHexEscape => "lone leading surrogate in hex escape",
            Syntax::TrailingComma => "trailing comma",
            Syntax::TrailingCharacters => "trailing characters",
            Syntax::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
        }
    }
}

/// A number as serde_json reads it.
#[derive(Clone, Copy)]
enum Number {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

/// What a value turned out to be, for a type error (serde's `Unexpected`).
enum Unexpected {
    Number(Number),
    Bool(bool),
    Str(String),
    Null,
    Sequence,
    Map,
}

impl std::fmt::Display for Unexpected {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unexpected::Number(Number::Unsigned(n)) => write!(formatter, "integer `{n}`"),
            Unexpected::Number(Number::Signed(n)) => write!(formatter, "integer `{n}`"),
            Unexpected::Number(Number::Float(f)) => {
                write!(formatter, "floating point `{}`", number::float_text(*f))
            }
            Unexpected::Bool(b) => write!(formatter, "boolean `{b}`"),
            Unexpected::Str(s) => write!(formatter, "string {s:?}"),
            Unexpected::Null => formatter.write_str("null"),
            Unexpected::Sequence => formatter.write_str("sequence"),
            Unexpected::Map => formatter.write_str("map"),
        }
    }
}

/// Reads JSON text, keeping where it is in the text and in the document.
pub struct Reader<'t> {
    bytes: &'t [u8],
    index: usize,
    /// The path of the value being read (see [`Stop::path`]).
    path: Vec<Segment>,
    /// Every field format v1 does not have, met so far, in document order.
    pub unknown_fields: Vec<ParseError>,
}

type Read<T> = Result<T, Stop>;

impl<'t> Reader<'t> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn eat_char(&mut self) {
        self.index += 1;
    }

    fn next_char(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        Some(byte)
    }

    fn next_char_or_null(&mut self) -> u8 {
        self.next_char().unwrap_or(0)
    }

    /// The path being read, as serde_path_to_error writes it.
    fn path_text(&self) -> String {
        if self.path.is_empty() {
            return ".".into();
        }
        let mut text = String::new();
        for segment in &self.path {
            match segment {
                Segment::Index(index) => text.push_str(&format!("[{index}]")),
                Segment::Key(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                Segment::Unknown => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push('?');
                }
            }
        }
        text
    }

    /// serde_json's line and column of byte `index`.
    fn position_of(&self, index: usize) -> (usize, usize) {
        let before = self.bytes.get(..index).unwrap_or(self.bytes);
        let start_of_line = before
            .iter()
            .rposition(|byte| *byte == b'\n')
            .map_or(0, |newline| newline + 1);
        let lines = before
            .get(..start_of_line)
            .unwrap_or_default()
            .iter()
            .filter(|byte| **byte == b'\n')
            .count();
        (1 + lines, index - start_of_line)
    }

    fn stop_at(&self, index: usize, syntax: Syntax) -> Stop {
        Stop {
            message: syntax.message().into(),
            position: Some(self.position_of(index)),
            path: self.path_text(),
        }
    }

    /// A syntax error at the byte just read (serde_json's `error`).
    fn error(&self, syntax: Syntax) -> Stop {
        self.stop_at(self.index, syntax)
    }

    /// A syntax error at the byte about to be read (serde_json's
    /// `peek_error`).
    fn peek_error(&self, syntax: Syntax) -> Stop {
        self.stop_at((self.index + 1).min(self.bytes.len()), syntax)
    }

    /// A value of the wrong type or size (serde's data errors).
    fn data_error(&self, message: String) -> Stop {
        Stop {
            message,
            position: None,
            path: self.path_text(),
        }
    }

    fn invalid_type(&self, unexpected: Unexpected, expected: &str) -> Stop {
        self.data_error(format!("invalid type: {unexpected}, expected {expected}"))
    }

    fn invalid_value(&self, unexpected: Unexpected, expected: &str) -> Stop {
        self.data_error(format!("invalid value: {unexpected}, expected {expected}"))
    }

    /// The next byte that is not JSON white space, not consumed.
    fn parse_whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.eat_char();
        }
        self.peek()
    }

    /// The next byte that is not white space, where a value must start.
    fn value_start(&mut self) -> Read<u8> {
        self.parse_whitespace()
            .ok_or_else(|| self.peek_error(Syntax::EofWhileParsingValue))
    }

    /// After the document: white space only.
    pub fn end(&mut self) -> Read<()> {
        match self.parse_whitespace() {
            Some(_) => Err(self.peek_error(Syntax::TrailingCharacters)),
            None => Ok(()),
        }
    }

    fn parse_ident(&mut self, ident: &[u8]) -> Read<()> {
        for expected in ident {
            match self.next_char() {
                None => return Err(self.error(Syntax::EofWhileParsingValue)),
                Some(next) if next != *expected => {
                    return Err(self.error(Syntax::ExpectedSomeIdent))
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// The error for a value that is not what `expected` names, after
    /// reading enough of it to say what it is (serde_json's
    /// `peek_invalid_type`).
    fn peek_invalid_type(&mut self, expected: &str) -> Stop {
        let unexpected = match self.peek_or_null() {
            b'n' => {
                self.eat_char();
                if let Err(stop) = self.parse_ident(b"ull") {
                    return stop;
                }
                Unexpected::Null
            }
            b't' => {
                self.eat_char();
                if let Err(stop) = self.parse_ident(b"rue") {
                    return stop;
                }
                Unexpected::Bool(true)
            }
            b'f' => {
                self.eat_char();
                if let Err(stop) = self.parse_ident(b"alse") {
                    return stop;
                }
                Unexpected::Bool(false)
            }
            b'-' => {
                self.eat_char();
                match self.parse_integer(false) {
                    Ok(number) => Unexpected::Number(number),
                    Err(stop) => return stop,
                }
            }
            b'0'..=b'9' => match self.parse_integer(true) {
                Ok(number) => Unexpected::Number(number),
                Err(stop) => return stop,
            },
            b'"' => {
                self.eat_char();
                match self.parse_str() {
                    Ok(text) => Unexpected::Str(text),
                    Err(stop) => return stop,
                }
            }
            b'[' => Unexpected::Sequence,
            b'{' => Unexpected::Map,
            _ => return self.peek_error(Syntax::ExpectedSomeValue),
        };
        self.invalid_type(unexpected, expected)
    }

    /// A string value.
    fn read_string(&mut self) -> Read<String> {
        if self.value_start()? == b'"' {
            self.eat_char();
            self.parse_str()
        } else {
            Err(self.peek_invalid_type("a string"))
        }
    }

    /// A boolean value.
    fn read_bool(&mut self) -> Read<bool> {
        match self.value_start()? {
            b't' => {
                self.eat_char();
                self.parse_ident(b"rue").map(|()| true)
            }
            b'f' => {
                self.eat_char();
                self.parse_ident(b"alse").map(|()| false)
            }
            _ => Err(self.peek_invalid_type("a boolean")),
        }
    }

    /// An unsigned 32-bit number.
    fn read_u32(&mut self) -> Read<u32> {
        let number = match self.value_start()? {
            b'-' => {
                self.eat_char();
                self.parse_integer(false)?
            }
            b'0'..=b'9' => self.parse_integer(true)?,
            _ => return Err(self.peek_invalid_type("u32")),
        };
        match number {
            Number::Unsigned(n) => {
                u32::try_from(n).map_err(|_| self.invalid_value(Unexpected::Number(number), "u32"))
            }
            Number::Signed(n) => {
                u32::try_from(n).map_err(|_| self.invalid_value(Unexpected::Number(number), "u32"))
            }
            Number::Float(_) => Err(self.invalid_type(Unexpected::Number(number), "u32")),
        }
    }

    /// `null` for an absent value: whether it was there (and is consumed).
    fn read_null(&mut self) -> Read<bool> {
        if self.parse_whitespace() == Some(b'n') {
            self.eat_char();
            self.parse_ident(b"ull")?;
            return Ok(true);
        }
        Ok(false)
    }
}

mod number;
mod sequence;
mod string;
