//! The article format as an editor or CMS writes it: serde types that mirror the
//! JSON field for field, and the functions that parse JSON text into them.
//!
//! Nothing here decides whether an article makes sense; that is
//! [`crate::model::validate_article`]'s job. Fields that the format requires are
//! still `Option` here so that a missing one is reported together with every
//! other problem instead of stopping the parse at the first.

mod parse;
mod v1;

#[cfg(target_arch = "wasm32")]
pub use parse::parse_js_value;
pub use parse::{parse_json_str, ParseError};
pub use v1::*;

/// The only format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// The JSON Schema of the format, generated from [`ArticleDoc`]
/// (`schema/article-v1.schema.json` is this text).
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(ArticleDoc);
    schema.insert("title".into(), "interactive-article format v1".into());
    // A schema of plain maps and strings always serialises.
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
