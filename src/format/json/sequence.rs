//! Arrays and objects: the separators between their items and where serde
//! says they go wrong, the paths serde_path_to_error gives their errors,
//! and values the format does not know, skipped as serde_json skips them.

use super::{Read, Reader, Segment, Syntax};
use crate::format::ParseError;

/// A field of a format struct: its name in the JSON, and whether serde's
/// derive fills it with its default when an array gives no value for it
/// (`#[serde(default)]`; the others are then an "invalid length").
pub struct Field {
    pub name: &'static str,
    pub default: bool,
}

impl Reader<'_> {
    /// Whether an array has another item (serde_json's `has_next_element`).
    pub(super) fn has_next_element(&mut self, first: &mut bool) -> Read<bool> {
        let Some(peek) = self.parse_whitespace() else {
            return Err(self.peek_error(Syntax::EofWhileParsingList));
        };
        if peek == b']' {
            Ok(false)
        } else if std::mem::take(first) {
            Ok(true)
        } else if peek == b',' {
            self.eat_char();
            match self.parse_whitespace() {
                Some(b']') => Err(self.peek_error(Syntax::TrailingComma)),
                Some(_) => Ok(true),
                None => Err(self.peek_error(Syntax::EofWhileParsingValue)),
            }
        } else {
            Err(self.peek_error(Syntax::ExpectedListCommaOrEnd))
        }
    }

    /// After an array's last item read.
    pub(super) fn end_seq(&mut self) -> Read<()> {
        match self.parse_whitespace() {
            Some(b']') => {
                self.eat_char();
                Ok(())
            }
            Some(b',') => {
                self.eat_char();
                match self.parse_whitespace() {
                    Some(b']') => Err(self.peek_error(Syntax::TrailingComma)),
                    _ => Err(self.peek_error(Syntax::TrailingCharacters)),
                }
            }
            Some(_) => Err(self.peek_error(Syntax::TrailingCharacters)),
            None => Err(self.peek_error(Syntax::EofWhileParsingList)),
        }
    }

    /// Item `index` of an array, read by `read` at its own path.
    pub(super) fn element<T>(
        &mut self,
        index: usize,
        read: impl FnOnce(&mut Self) -> Read<T>,
    ) -> Read<T> {
        self.path.push(Segment::Index(index));
        let value = read(self)?;
        self.path.pop();
        Ok(value)
    }

    /// An array, each item read by `read`.
    pub(super) fn read_seq<T>(
        &mut self,
        mut read: impl FnMut(&mut Self) -> Read<T>,
    ) -> Read<Vec<T>> {
        if self.value_start()? != b'[' {
            return Err(self.peek_invalid_type("a sequence"));
        }
        self.eat_char();
        let mut items = Vec::new();
        let mut first = true;
        while self.has_next_element(&mut first)? {
            items.push(self.element(items.len(), &mut read)?);
        }
        self.end_seq()?;
        Ok(items)
    }

    /// A format struct called `name` with `fields`: an object (or, as serde
    /// reads structs, an array of its fields in order). `set` reads field
    /// number `i` into the struct. Fields it does not have are skipped and
    /// kept in [`Reader::unknown_fields`].
    pub(super) fn read_struct(
        &mut self,
        name: &str,
        fields: &[Field],
        set: &mut dyn FnMut(&mut Self, usize) -> Read<()>,
    ) -> Read<()> {
        let expected = format!("struct {name}");
        match self.value_start()? {
            b'[' => {
                self.eat_char();
                let mut first = true;
                for (index, field) in fields.iter().enumerate() {
                    if self.has_next_element(&mut first)? {
                        self.element(index, |reader| set(reader, index))?;
                    } else if !field.default {
                        let count = fields.len();
                        let plural = if count == 1 { "" } else { "s" };
                        return Err(self.data_error(format!(
                            "invalid length {index}, expected {expected} with {count} element{plural}"
                        )));
                    }
                }
                self.end_seq()
            }
            b'{' => {
                self.eat_char();
                self.read_fields(fields, set)
            }
            _ => Err(self.peek_invalid_type(&expected)),
        }
    }

    /// An object's members, its `{` read.
    fn read_fields(
        &mut self,
        fields: &[Field],
        set: &mut dyn FnMut(&mut Self, usize) -> Read<()>,
    ) -> Read<()> {
        let mut seen = vec![false; fields.len()];
        let mut first = true;
        while let Some(field) = self.next_member(fields, &mut seen, &mut first)? {
            match field {
                Some(index) => set(self, index)?,
                None => self.skip_unknown_member()?,
            }
            self.path.pop();
        }
        Ok(())
    }

    /// An object's next member up to its value: `Some` with the number of
    /// its field in `fields` (`None` for a field they do not have), its key
    /// pushed on the path; or `None` past the `}` that ends the members.
    /// `seen` marks the fields read, for a duplicate.
    pub(super) fn next_member(
        &mut self,
        fields: &[Field],
        seen: &mut [bool],
        first: &mut bool,
    ) -> Read<Option<Option<usize>>> {
        let Some(key) = self.next_key(first)? else {
            // The `}` that ended the members.
            self.eat_char();
            return Ok(None);
        };
        let field = fields.iter().position(|field| field.name == key);
        if let Some(seen) = field.and_then(|index| seen.get_mut(index)) {
            if std::mem::replace(seen, true) {
                return Err(self.data_error(format!("duplicate field `{key}`")));
            }
        }
        self.parse_object_colon()?;
        self.path.push(Segment::Key(key));
        Ok(Some(field))
    }

    /// The value of a member whose field the format does not have: kept in
    /// [`Reader::unknown_fields`] with its path, and skipped.
    pub(super) fn skip_unknown_member(&mut self) -> Read<()> {
        let path = self.path_text();
        let name = match self.path.last() {
            Some(Segment::Key(key)) => key.as_str(),
            _ => "",
        };
        let message = format!("unknown field `{name}`: format v1 has no such field (misspelt?)");
        self.unknown_fields.push(ParseError { path, message });
        self.ignore_value()
    }

    /// An object's next key, or `None` at its `}`. Until the key is read,
    /// an error's path ends in `?`.
    fn next_key(&mut self, first: &mut bool) -> Read<Option<String>> {
        self.path.push(Segment::Unknown);
        let Some(peek) = self.parse_whitespace() else {
            return Err(self.peek_error(Syntax::EofWhileParsingObject));
        };
        if peek == b'}' {
            self.path.pop();
            return Ok(None);
        }
        if std::mem::take(first) {
            if peek != b'"' {
                return Err(self.peek_error(Syntax::KeyMustBeAString));
            }
        } else if peek == b',' {
            self.eat_char();
            match self.parse_whitespace() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.peek_error(Syntax::TrailingComma)),
                Some(_) => return Err(self.peek_error(Syntax::KeyMustBeAString)),
                None => return Err(self.peek_error(Syntax::EofWhileParsingValue)),
            }
        } else {
            return Err(self.peek_error(Syntax::ExpectedObjectCommaOrEnd));
        }
        self.eat_char();
        let key = self.parse_str()?;
        self.path.pop();
        Ok(Some(key))
    }

    fn parse_object_colon(&mut self) -> Read<()> {
        match self.parse_whitespace() {
            Some(b':') => {
                self.eat_char();
                Ok(())
            }
            Some(_) => Err(self.peek_error(Syntax::ExpectedColon)),
            None => Err(self.peek_error(Syntax::EofWhileParsingObject)),
        }
    }

    /// Skips a value of any shape, however deeply nested, without recursion
    /// (serde_json's `ignore_value`).
    fn ignore_value(&mut self) -> Read<()> {
        let mut open: Vec<u8> = Vec::new();
        let mut enclosing = None;
        loop {
            let Some(peek) = self.parse_whitespace() else {
                return Err(self.peek_error(Syntax::EofWhileParsingValue));
            };
            let frame = match peek {
                b'n' | b't' | b'f' => {
                    self.eat_char();
                    let rest: &[u8] = match peek {
                        b'n' => b"ull",
                        b't' => b"rue",
                        _ => b"alse",
                    };
                    self.parse_ident(rest)?;
                    None
                }
                b'-' => {
                    self.eat_char();
                    self.ignore_integer()?;
                    None
                }
                b'0'..=b'9' => {
                    self.ignore_integer()?;
                    None
                }
                b'"' => {
                    self.eat_char();
                    self.ignore_str()?;
                    None
                }
                frame @ (b'[' | b'{') => {
                    open.extend(enclosing.take());
                    self.eat_char();
                    Some(frame)
                }
                _ => return Err(self.peek_error(Syntax::ExpectedSomeValue)),
            };
            let (mut accept_comma, mut frame) = match frame {
                Some(frame) => (false, frame),
                None => match enclosing.take().or_else(|| open.pop()) {
                    Some(frame) => (true, frame),
                    None => return Ok(()),
                },
            };
            loop {
                match self.parse_whitespace() {
                    Some(b',') if accept_comma => {
                        self.eat_char();
                        break;
                    }
                    Some(b']') if frame == b'[' => {}
                    Some(b'}') if frame == b'{' => {}
                    Some(_) if accept_comma => {
                        return Err(self.peek_error(if frame == b'[' {
                            Syntax::ExpectedListCommaOrEnd
                        } else {
                            Syntax::ExpectedObjectCommaOrEnd
                        }))
                    }
                    Some(_) => break,
                    None => {
                        return Err(self.peek_error(if frame == b'[' {
                            Syntax::EofWhileParsingList
                        } else {
                            Syntax::EofWhileParsingObject
                        }))
                    }
                }
                self.eat_char();
                frame = match open.pop() {
                    Some(frame) => frame,
                    None => return Ok(()),
                };
                accept_comma = true;
            }
            if frame == b'{' {
                match self.parse_whitespace() {
                    Some(b'"') => self.eat_char(),
                    Some(_) => return Err(self.peek_error(Syntax::KeyMustBeAString)),
                    None => return Err(self.peek_error(Syntax::EofWhileParsingObject)),
                }
                self.ignore_str()?;
                match self.parse_whitespace() {
                    Some(b':') => self.eat_char(),
                    Some(_) => return Err(self.peek_error(Syntax::ExpectedColon)),
                    None => return Err(self.peek_error(Syntax::EofWhileParsingObject)),
                }
            }
            enclosing = Some(frame);
        }
    }

    fn ignore_integer(&mut self) -> Read<()> {
        match self.next_char_or_null() {
            b'0' => {
                // There can be only one leading '0'.
                if let b'0'..=b'9' = self.peek_or_null() {
                    return Err(self.peek_error(Syntax::InvalidNumber));
                }
            }
            b'1'..=b'9' => {
                while let b'0'..=b'9' = self.peek_or_null() {
                    self.eat_char();
                }
            }
            _ => return Err(self.error(Syntax::InvalidNumber)),
        }
        match self.peek_or_null() {
            b'.' => self.ignore_decimal(),
            b'e' | b'E' => self.ignore_exponent(),
            _ => Ok(()),
        }
    }

    fn ignore_decimal(&mut self) -> Read<()> {
        self.eat_char();
        let mut digits = false;
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat_char();
            digits = true;
        }
        if !digits {
            return Err(self.peek_error(Syntax::InvalidNumber));
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.ignore_exponent(),
            _ => Ok(()),
        }
    }

    fn ignore_exponent(&mut self) -> Read<()> {
        self.eat_char();
        if let b'+' | b'-' = self.peek_or_null() {
            self.eat_char();
        }
        // A digit must follow.
        match self.next_char_or_null() {
            b'0'..=b'9' => {}
            _ => return Err(self.error(Syntax::InvalidNumber)),
        }
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat_char();
        }
        Ok(())
    }
}
