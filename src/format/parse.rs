//! JSON text (or, in the browser, a JS object) into [`ArticleDoc`].
//!
//! One code path for every target and every kind of input, so the browser
//! judges an article exactly as `interactive-article validate` does: JSON text
//! is read by the reader in `json.rs` everywhere, and a JS object is first
//! turned back into JSON text by the engine's `JSON.stringify`.
//!
//! Reading stops at the first syntax or type error, so that error carries one
//! path. Fields the format does not know are collected on the way, every one
//! with its path, instead of stopping at the first (a misspelt `colapsed`
//! would otherwise be silently ignored or hide the next typo). A key written
//! twice in one object is an error too: `JSON.parse` would keep the last one
//! without a word. Everything that can be checked on well-typed data is left
//! to validation, which reports all problems at once.

use super::{json, ArticleDoc};

/// One thing that kept a document from being read as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// JSON path of the value that failed, e.g. `sections[2].paragraphs`; empty
    /// for the document as a whole.
    pub path: String,
    /// What was wrong, in plain words.
    pub message: String,
}

/// A document that could be read, and the fields in it that format v1 does
/// not have (each one a problem, reported with validation's).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The document, with unknown fields left out.
    pub doc: ArticleDoc,
    /// Every unknown field, in document order.
    pub unknown_fields: Vec<ParseError>,
}

/// Where the JSON text came from, which decides whether a line and column
/// help the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Text the editor wrote: syntax errors say where (line and column).
    Text,
    /// Text made from a JS object by `JSON.stringify`: it has no lines the
    /// editor ever saw, so every message relies on its path alone.
    Object,
}

/// Reads JSON text as an article document: the document and its unknown
/// fields, or every unknown field found before the error that stopped reading
/// followed by that error.
pub fn parse_json_str(text: &str) -> Result<Parsed, Vec<ParseError>> {
    parse_json(text, Input::Text)
}

/// [`parse_json_str`] for text of the given origin.
pub fn parse_json(text: &str, input: Input) -> Result<Parsed, Vec<ParseError>> {
    let mut steps = ParseSteps::new(input);
    loop {
        if let Some(parsed) = steps.step(text) {
            return parsed;
        }
    }
}

/// [`parse_json`] a step at a time (a member of the document, or an item of
/// its sections, claims or sources), for a caller that spreads a long
/// article's reading over tasks. `parse_json` takes the same steps in one
/// go, so both read a text alike.
pub struct ParseSteps {
    input: Input,
    /// Past a byte-order mark, once the text has been looked at.
    start: Option<usize>,
    steps: json::ArticleSteps,
}

impl ParseSteps {
    /// Nothing read yet, of text from `input`.
    pub fn new(input: Input) -> Self {
        ParseSteps {
            input,
            start: None,
            steps: json::ArticleSteps::new(),
        }
    }

    /// Reads the next step of `text`, which must be the same text at every
    /// step: `None` while there is more, then what [`parse_json`] returns.
    pub fn step(&mut self, text: &str) -> Option<Result<Parsed, Vec<ParseError>>> {
        let start = match self.start {
            Some(start) => start,
            None => {
                // Editors on Windows save UTF-8 with a byte-order mark; it
                // is not content.
                let start = if text.starts_with('\u{feff}') {
                    '\u{feff}'.len_utf8()
                } else {
                    0
                };
                // serde would read a struct from an array too; the format
                // says object.
                if !text
                    .get(start..)
                    .unwrap_or_default()
                    .trim_start()
                    .starts_with('{')
                {
                    return Some(Err(vec![not_an_object()]));
                }
                *self.start.insert(start)
            }
        };
        let (doc, mut unknown_fields) = self.steps.step(text.get(start..).unwrap_or_default())?;
        Some(match doc {
            Ok(doc) => Ok(Parsed {
                doc,
                unknown_fields,
            }),
            Err(stop) => {
                unknown_fields.push(stopped_reading(stop, self.input));
                Err(unknown_fields)
            }
        })
    }
}

/// The problem that stopped reading, with a line and column only where they
/// help: for syntax errors in text the editor wrote. A type error is found
/// by its path.
fn stopped_reading(stop: json::Stop, input: Input) -> ParseError {
    // The root is "." in a path as serde_path_to_error wrote it, and a key
    // that could not be read "?".
    let path = match stop.path.as_str() {
        "." | "?" => String::new(),
        _ => stop.path,
    };
    // serde_json named half a surrogate pair in terms of its own parser
    // ("unexpected end of hex escape", or "leading" for a trailing half).
    let message = if LONE_SURROGATE_MESSAGES.contains(&stop.message.as_str()) {
        LONE_SURROGATE.to_owned()
    } else {
        stop.message
    };
    let message = match (stop.position, input) {
        (Some((line, column)), Input::Text) => {
            format!("{message} at line {line} column {column}")
        }
        _ => message,
    };
    ParseError { path, message }
}

/// What serde_json said of a `\uD800`–`\uDFFF` escape without its other half.
const LONE_SURROGATE_MESSAGES: [&str; 2] = [
    "lone leading surrogate in hex escape",
    "unexpected end of hex escape",
];

/// What the editor is told instead: JavaScript strings may hold half a
/// surrogate pair, but it is not a character and cannot be shown.
pub const LONE_SURROGATE: &str =
    "half of a surrogate pair (a lone \\uD800-\\uDFFF escape) is not a character";

/// Reads an article from a JS value: JSON text in a string, or an object (a
/// plain object as `JSON.parse` makes it, or one a script built). An object
/// goes through `JSON.stringify` and then the same reader as text, so it is
/// judged exactly as its JSON would be; what `JSON.stringify` drops
/// (functions, `undefined`) was never JSON.
#[cfg(target_arch = "wasm32")]
pub fn parse_js_value(value: wasm_bindgen::JsValue) -> Result<Parsed, Vec<ParseError>> {
    let (json, input) = js_value_json(value)?;
    parse_json(&text_of(&json)?, input)
}

/// The JSON text [`parse_js_value`] reads from a JS value, still a JS
/// string, and where it came from; or why the value holds none. JS strings
/// do not change, so a caller may read it later (in a task of its own) and
/// still have the article as it was when it was given: an object is written
/// out now.
#[cfg(target_arch = "wasm32")]
pub fn js_value_json(
    value: wasm_bindgen::JsValue,
) -> Result<(js_sys::JsString, Input), Vec<ParseError>> {
    use wasm_bindgen::JsCast;
    if let Some(text) = value.dyn_ref::<js_sys::JsString>() {
        return Ok((text.clone(), Input::Text));
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(vec![not_an_object()]);
    }
    let text = js_sys::JSON::stringify(&value).map_err(|err| {
        vec![ParseError {
            path: String::new(),
            message: format!(
                "the article object cannot be written as JSON: {}",
                js_error_message(&err)
            ),
        }]
    })?;
    // An object whose `toJSON` returns nothing stringifies to `undefined`.
    let text = wasm_bindgen::JsValue::from(text);
    text.dyn_into::<js_sys::JsString>()
        .map(|text| (text, Input::Object))
        .map_err(|_| vec![not_an_object()])
}

/// A JS string's text, for the reader, copied in one go.
#[cfg(target_arch = "wasm32")]
pub fn text_of(json: &js_sys::JsString) -> Result<String, Vec<ParseError>> {
    let copy = utf8_of(json);
    whole(json, copy.contains('\u{FFFD}'), copy)
}

/// `copy`, the copy of `json`, unless `json` holds half of a surrogate pair.
/// Copying a JS string into Rust turns such a half into U+FFFD without a
/// word; as an escape in the text it is refused, so here too. The check
/// reads the string a unit at a time across the JS boundary (a tenth of a
/// second for a long article), so it runs only when the copy holds a
/// U+FFFD (`replaced`).
#[cfg(target_arch = "wasm32")]
fn whole(json: &js_sys::JsString, replaced: bool, copy: String) -> Result<String, Vec<ParseError>> {
    if replaced && !json.is_valid_utf16() {
        return Err(vec![ParseError {
            path: String::new(),
            message: "the article text holds half of a surrogate pair (a lone UTF-16 \\uD800-\\uDFFF unit), which is not a character".into(),
        }]);
    }
    Ok(copy)
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The host's `TextEncoder` (browsers, Node and workers all have one).
    type TextEncoder;
    #[wasm_bindgen::prelude::wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen::prelude::wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &js_sys::JsString) -> js_sys::Uint8Array;
}

/// A JS string as UTF-8, in a buffer of exactly its size. wasm-bindgen's
/// own copy reserves three bytes a character once it meets one outside
/// ASCII, and shrinks the buffer after: for a long article that reserve
/// was the wasm memory's high-water mark (22.8 MB for a 7.6 MB text), and
/// wasm memory never shrinks. Half a surrogate pair becomes U+FFFD either
/// way.
#[cfg(target_arch = "wasm32")]
pub fn utf8_of(text: &js_sys::JsString) -> String {
    let bytes = TextEncoder::new().encode(text).to_vec();
    String::from_utf8(bytes).unwrap_or_else(|_| String::from(text))
}

/// How many UTF-16 units [`TextCopy::step`] encodes at a time: a
/// millisecond's work or two.
#[cfg(target_arch = "wasm32")]
pub const COPY_SLICE: u32 = 1 << 18;

/// A JS string's text copied into the module a slice at a time, so that a
/// long article's copy can be spread over tasks; it ends as [`text_of`]
/// ends, with the same text or the same refusal. The slices are encoded as
/// UTF-8 on the JS side first, which gives the text's exact size: the
/// module's buffer is then made once, of that size (wasm memory never
/// shrinks, and a buffer grown as it fills would peak at twice the text).
#[cfg(target_arch = "wasm32")]
pub struct TextCopy {
    json: js_sys::JsString,
    /// The slices encoded so far, in order.
    encoded: std::collections::VecDeque<js_sys::Uint8Array>,
    /// How many UTF-16 units of `json` they hold.
    units: u32,
    /// How many bytes they hold.
    bytes: usize,
    /// The text copied so far, once every slice is encoded: of their size.
    copy: Option<String>,
    /// Whether a slice copied so far holds a U+FFFD (see [`whole`]). Each
    /// slice is checked, and made a `String`, as it is copied: the whole
    /// text at the end took one step of a third of the copy's time.
    replaced: bool,
}

#[cfg(target_arch = "wasm32")]
impl TextCopy {
    /// Nothing copied yet.
    pub fn new(json: js_sys::JsString) -> Self {
        TextCopy {
            json,
            encoded: std::collections::VecDeque::new(),
            units: 0,
            bytes: 0,
            copy: None,
            replaced: false,
        }
    }

    /// Encodes the next slice; once all are, copies the next into the
    /// module; after the last, the text, or why it is refused.
    pub fn step(&mut self) -> Option<Result<String, Vec<ParseError>>> {
        let units = self.json.length();
        if self.units < units {
            let mut end = self.units.saturating_add(COPY_SLICE).min(units);
            // Never between the two halves of a surrogate pair, which would
            // each become U+FFFD: the high half waits for the next slice.
            let high_half = 0xD800..0xDC00;
            if end < units && high_half.contains(&(self.json.char_code_at(end - 1) as u32)) {
                end -= 1;
            }
            let slice = TextEncoder::new().encode(&self.json.slice(self.units, end));
            self.bytes += slice.length() as usize;
            self.encoded.push_back(slice);
            self.units = end;
            return None;
        }
        let bytes = self.bytes;
        let copy = self
            .copy
            .get_or_insert_with(|| String::with_capacity(bytes));
        if let Some(slice) = self.encoded.pop_front() {
            // The encoder writes UTF-8 (half a surrogate pair as U+FFFD),
            // and a slice never ends inside a character, so this check
            // never fails.
            let text = String::from_utf8(slice.to_vec()).unwrap_or_default();
            self.replaced |= text.contains('\u{FFFD}');
            copy.push_str(&text);
            return None;
        }
        Some(whole(&self.json, self.replaced, std::mem::take(copy)))
    }
}

#[cfg(target_arch = "wasm32")]
fn js_error_message(err: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "it holds a value JSON cannot represent".into())
}

fn not_an_object() -> ParseError {
    ParseError {
        path: String::new(),
        message: "the article must be a JSON object ({ ... })".into(),
    }
}
