//! The server renderer for JavaScript (Node, edge workers, the editor
//! page): `render` and `validate`, and the authoring dialect's
//! `importMarkdown` and `exportMarkdown`, compiled to wasm by `make server` (feature `server`, never
//! in the browser's wasm). They run the code the `interactive-article` CLI
//! runs, so they return its bytes: `render(text, options)` what `render`
//! prints, `validate(text)` what `validate --format json` says of the text.
//!
//! Values cross to and from JS through serde-wasm-bindgen. The article stays
//! JSON text, as the CLI reads it from its file: the text is what the
//! output embeds, and what the problems' paths and positions refer to.

use crate::format::parse_js_value;
use crate::model::{load_article, Problem, Problems};
use crate::prerender::{RenderRequest, RequestError};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What `validate(text)` returns: `interactive-article validate --format
/// json`'s entry for a file, without the file.
#[derive(Serialize)]
struct Report<'a> {
    valid: bool,
    problems: &'a [Problem],
}

/// The article in `article_json` rendered as `options` ask: what
/// `interactive-article render` prints for the same article and options.
/// `options` is an object whose keys are the CLI's render options in
/// camelCase (`{ page: true, headingLevel: 2, url: "…" }`; `template` holds
/// a template's text), in the order the attributes are to be written.
///
/// Throws a `TypeError` for an unknown option or a value it does not take
/// (said as the CLI says it), and an `Error` whose `problems` are
/// `validate`'s for an article with problems.
#[wasm_bindgen]
pub fn render(article_json: JsValue, options: JsValue) -> Result<String, JsValue> {
    let text = article_text(&article_json)?;
    let request = read_request(options).map_err(|message| js_sys::TypeError::new(&message))?;
    request.render(&text).map_err(article_error)
}

/// Every problem of the article in `text`, each with its JSON path, as
/// `{ valid, problems: [{ path, message }] }`: what `interactive-article
/// validate --format json` says of a file with this text.
#[wasm_bindgen]
pub fn validate(text: JsValue) -> Result<JsValue, JsValue> {
    let text = article_text(&text)?;
    let problems = load_article(&text).err().unwrap_or_default();
    let report = Report {
        valid: problems.is_empty(),
        problems: &problems.0,
    };
    Ok(serde_wasm_bindgen::to_value(&report)?)
}

/// The article written in the authoring dialect (`text`), as
/// `{ json, problems: [{ path, message, line, column }] }`: its version-1
/// JSON text (`null` when the text cannot be read) and every problem at its
/// line and column, as `interactive-article validate --format json` lists
/// them for a `.md` file.
#[wasm_bindgen(js_name = importMarkdown)]
pub fn import_markdown(text: &str) -> Result<JsValue, JsValue> {
    Ok(serde_wasm_bindgen::to_value(&crate::dialect::import(text))?)
}

/// A plain-text article in the seed's shape (title, standfirst, short lines
/// as headings, a "Related Articles" list, a closing discussion prompt)
/// written in the authoring dialect, ready for claims to be marked: what
/// `interactive-article import --plain --markdown` prints.
#[wasm_bindgen(js_name = importPlain)]
pub fn import_plain(text: &str) -> String {
    crate::dialect::import_plain(text)
}

/// The article in `article_json` (version-1 JSON text) written in the
/// authoring dialect: what `interactive-article export --markdown` prints.
/// Throws an `Error` whose `problems` are the JSON reader's when the text
/// is not a JSON object.
#[wasm_bindgen(js_name = exportMarkdown)]
pub fn export_markdown(article_json: &str) -> Result<String, JsValue> {
    crate::dialect::export(article_json).map_err(|problems| article_error(Problems(problems)))
}

/// `text` (the dialect) with the words from UTF-16 offset `start` to `end`
/// (a textarea's `selectionStart` and `selectionEnd`) marked as the claim
/// `claim`, `{ id?, status, sources?: [...], explanation? }`: the text the
/// editor page puts back, with the mark written for the editor. Throws an
/// `Error` saying why a selection cannot be marked.
#[wasm_bindgen(js_name = markClaim)]
pub fn mark_claim(text: &str, start: u32, end: u32, claim: JsValue) -> Result<String, JsValue> {
    let claim: crate::dialect::NewClaim = serde_wasm_bindgen::from_value(claim).map_err(|_| {
        js_sys::TypeError::new("the claim must be { id?, status, sources?, explanation? }")
    })?;
    let bytes = |offset| crate::dialect::byte_offset(text, offset);
    crate::dialect::mark_claim(text, bytes(start)..bytes(end), &claim)
        .map_err(|message| js_sys::Error::new(&message).into())
}

/// The article's JSON text. A JS string holding half a surrogate pair has
/// no UTF-8 text: it is refused as `mount` refuses it (`parse_js_value`),
/// rather than read with U+FFFD in its place.
fn article_text(value: &JsValue) -> Result<String, JsValue> {
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(js_sys::TypeError::new(
            "the article must be its JSON text, a string (JSON.stringify an object first)",
        )
        .into());
    };
    if !text.is_valid_utf16() {
        return Err(article_error(Problems::from(
            parse_js_value(value.clone()).err().unwrap_or_default(),
        )));
    }
    Ok(crate::format::utf8_of(text))
}

/// The `Error` for an article with problems: one line per problem, as the
/// CLI prints them, and the list itself as its `problems`.
fn article_error(problems: Problems) -> JsValue {
    let lines: Vec<String> = problems.iter().map(Problem::to_string).collect();
    let error = js_sys::Error::new(&format!("the article has problems:\n{}", lines.join("\n")));
    let list = serde_wasm_bindgen::to_value(&problems.0).unwrap_or(JsValue::UNDEFINED);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("problems"), &list);
    error.into()
}

/// The render `options` ask for (none when `undefined` or `null`), or what
/// is wrong with them, naming options by their keys.
fn read_request(options: JsValue) -> Result<RenderRequest, String> {
    let mut request = RenderRequest::default();
    if options.is_undefined() || options.is_null() {
        return Ok(request);
    }
    let entries: serde_json::Map<String, Value> = serde_wasm_bindgen::from_value(options)
        .map_err(|_| String::from("the options must be an object of option names and values"))?;
    let spell = |name: &str| name.to_owned();
    for (name, value) in &entries {
        let switch = RenderRequest::takes(name) == Some(None);
        let text = match value {
            Value::Null => continue,
            Value::Bool(false) if switch => continue,
            Value::Bool(true) if switch => None,
            _ if switch => {
                return Err(format!("{name} must be true or false"));
            }
            Value::String(text) => Some(text.clone()),
            Value::Bool(_) | Value::Number(_) => Some(value.to_string()),
            Value::Array(_) | Value::Object(_) => {
                return Err(format!("{name} must be a string, a number or a boolean"));
            }
        };
        request
            .set(name, text.as_deref())
            .map_err(|err| err.describe(spell))?;
    }
    request
        .check()
        .map_err(|err: RequestError| err.describe(spell))?;
    Ok(request)
}
