//! The article format as an editor or CMS writes it: types that mirror the
//! JSON field for field (`v1.rs`; their serde derives name the fields for
//! the schema), every limit, pattern and vocabulary of the format declared
//! once (`limits.rs`), and the functions that read JSON text into the types
//! (`parse.rs`, with a reader of its own, `json.rs`).
//!
//! Nothing here decides whether an article makes sense; that is
//! [`crate::model::validate_article`]'s job. Fields that the format requires are
//! still `Option` here so that a missing one is reported together with every
//! other problem instead of stopping the parse at the first.

mod json;
mod limits;
mod parse;
mod v1;

pub use limits::*;
#[cfg(target_arch = "wasm32")]
pub use parse::{js_value_json, parse_js_value, text_of, utf8_of, TextCopy, COPY_SLICE};
pub use parse::{
    parse_json, parse_json_str, Input, ParseError, ParseSteps, Parsed, LONE_SURROGATE,
};
pub use v1::*;

/// The only format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// The JSON Schema of format v1 as shipped in `schema/article-v1.schema.json`,
/// generated from the types above (`make schema` writes it).
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(ArticleDoc);
    schema.insert("title".into(), "interactive-article format v1".into());
    // A schema of plain structs always serialises; were it not to, an empty
    // text fails the test that compares it with the shipped file.
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
