//! JSON text (or, in the browser, a JS object) into [`ArticleDoc`].
//!
//! Parsing stops at the first syntax or type error, so the error carries one
//! path. Everything that can be checked on well-typed data is left to
//! validation, which reports all problems at once.

use super::ArticleDoc;

/// Why a document could not be read as an [`ArticleDoc`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// JSON path of the value that failed, e.g. `sections[2].paragraphs`; empty
    /// for the document as a whole.
    pub path: String,
    /// What was wrong, in plain words.
    pub message: String,
}

fn deserialize_with_path<'de, D>(deserializer: D) -> Result<ArticleDoc, ParseError>
where
    D: serde::Deserializer<'de>,
    D::Error: std::fmt::Display,
{
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        ParseError {
            // serde_path_to_error writes the root as "." and an unknown place as "?".
            path: if path == "." || path == "?" {
                String::new()
            } else {
                path
            },
            message: err.into_inner().to_string(),
        }
    })
}

/// Parses JSON text. Natively this uses serde_json; in the browser it uses the
/// engine's own `JSON.parse`, which is faster and costs no wasm bytes.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_json_str(text: &str) -> Result<ArticleDoc, ParseError> {
    // serde would read a struct from an array too; the format says object.
    if !text.trim_start().starts_with('{') {
        return Err(not_an_object());
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let doc = deserialize_with_path(&mut deserializer)?;
    deserializer.end().map_err(|err| ParseError {
        path: String::new(),
        message: err.to_string(),
    })?;
    Ok(doc)
}

/// Parses JSON text. Natively this uses serde_json; in the browser it uses the
/// engine's own `JSON.parse`, which is faster and costs no wasm bytes.
#[cfg(target_arch = "wasm32")]
pub fn parse_json_str(text: &str) -> Result<ArticleDoc, ParseError> {
    let value = js_sys::JSON::parse(text).map_err(|err| ParseError {
        path: String::new(),
        message: js_error_message(&err, "not valid JSON"),
    })?;
    parse_js_value(value)
}

/// Reads an article from a JS value (a plain object as `JSON.parse` makes it).
#[cfg(target_arch = "wasm32")]
pub fn parse_js_value(value: wasm_bindgen::JsValue) -> Result<ArticleDoc, ParseError> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(not_an_object());
    }
    deserialize_with_path(serde_wasm_bindgen::Deserializer::from(value))
}

#[cfg(target_arch = "wasm32")]
fn js_error_message(err: &wasm_bindgen::JsValue, fallback: &str) -> String {
    use wasm_bindgen::JsCast;
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| fallback.into())
}

fn not_an_object() -> ParseError {
    ParseError {
        path: String::new(),
        message: "the article must be a JSON object ({ ... })".into(),
    }
}
