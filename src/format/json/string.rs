//! Strings, as serde_json reads them from `&str` input: escapes decoded, a
//! control character or half a surrogate pair refused, where serde_json
//! refuses them.

use super::{Read, Reader, Syntax};

impl<'t> Reader<'t> {
    /// The rest of a string whose opening quote has been read.
    pub(super) fn parse_str(&mut self) -> Read<String> {
        let mut text = Vec::new();
        loop {
            // Plain text up to the next quote, backslash or control
            // character is copied in one go: byte by byte, a long paragraph
            // grew its buffer a few dozen times, which was most of the time
            // a long article took to read.
            let run = self.plain_run();
            text.extend_from_slice(run);
            let Some(byte) = self.next_char() else {
                return Err(self.error(Syntax::EofWhileParsingString));
            };
            match byte {
                b'"' => break,
                b'\\' => self.parse_escape(&mut text)?,
                0..=0x1f => return Err(self.error(Syntax::ControlCharacterWhileParsingString)),
                _ => text.push(byte),
            }
        }
        // The input is text, and every escape was checked on the way.
        Ok(String::from_utf8(text).unwrap_or_default())
    }

    /// The bytes from here to the next quote, backslash or control
    /// character (or the end), read.
    fn plain_run(&mut self) -> &'t [u8] {
        let rest = self.bytes.get(self.index..).unwrap_or_default();
        let length = rest
            .iter()
            .position(|byte| matches!(byte, b'"' | b'\\' | 0..=0x1f))
            .unwrap_or(rest.len());
        self.index += length;
        rest.get(..length).unwrap_or_default()
    }

    /// The rest of a string whose value is not kept.
    pub(super) fn ignore_str(&mut self) -> Read<()> {
        loop {
            self.plain_run();
            let Some(byte) = self.next_char() else {
                return Err(self.error(Syntax::EofWhileParsingString));
            };
            match byte {
                b'"' => return Ok(()),
                b'\\' => match self.next_char() {
                    None => return Err(self.error(Syntax::EofWhileParsingString)),
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                    // Any four hex digits: whether they make a character
                    // only matters for a string that is kept.
                    Some(b'u') => {
                        self.decode_hex_escape()?;
                    }
                    Some(_) => return Err(self.error(Syntax::InvalidEscape)),
                },
                // Here serde_json points at the character itself, where
                // `parse_str` points past it.
                0..=0x1f => {
                    return Err(
                        self.stop_at(self.index - 1, Syntax::ControlCharacterWhileParsingString)
                    )
                }
                _ => {}
            }
        }
    }

    /// An escape whose backslash has been read.
    fn parse_escape(&mut self, text: &mut Vec<u8>) -> Read<()> {
        let Some(byte) = self.next_char() else {
            return Err(self.error(Syntax::EofWhileParsingString));
        };
        let unescaped = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => b'\x08',
            b'f' => b'\x0c',
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => return self.parse_unicode_escape(text),
            _ => return Err(self.error(Syntax::InvalidEscape)),
        };
        text.push(unescaped);
        Ok(())
    }

    /// A `\u` escape whose `\u` has been read: one character, or a
    /// surrogate pair as two escapes.
    fn parse_unicode_escape(&mut self, text: &mut Vec<u8>) -> Read<()> {
        let first = self.decode_hex_escape()?;
        if (0xDC00..=0xDFFF).contains(&first) {
            // serde_json's name for it, although this is a trailing half.
            return Err(self.error(Syntax::LoneLeadingSurrogateInHexEscape));
        }
        let code = if (0xD800..=0xDBFF).contains(&first) {
            // A leading half: the trailing half must follow as `\u…`.
            for expected in [b'\\', b'u'] {
                match self.peek() {
                    None => return Err(self.error(Syntax::EofWhileParsingString)),
                    Some(byte) if byte == expected => self.eat_char(),
                    Some(_) => {
                        self.eat_char();
                        return Err(self.error(Syntax::UnexpectedEndOfHexEscape));
                    }
                }
            }
            let second = self.decode_hex_escape()?;
            if !(0xDC00..=0xDFFF).contains(&second) {
                return Err(self.error(Syntax::LoneLeadingSurrogateInHexEscape));
            }
            ((u32::from(first - 0xD800) << 10) | u32::from(second - 0xDC00)) + 0x1_0000
        } else {
            u32::from(first)
        };
        let character = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut buffer = [0; 4];
        text.extend_from_slice(character.encode_utf8(&mut buffer).as_bytes());
        Ok(())
    }

    /// Four hex digits.
    fn decode_hex_escape(&mut self) -> Read<u16> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(Syntax::EofWhileParsingString));
        };
        self.index += 4;
        let mut value = 0u16;
        for digit in digits {
            let Some(nibble) = char::from(*digit).to_digit(16) else {
                return Err(self.error(Syntax::InvalidEscape));
            };
            value = value * 16 + nibble as u16;
        }
        Ok(value)
    }
}
